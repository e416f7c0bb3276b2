// One fake sheet as an HTML table: column letters, row numbers, fills, locked cells; click a cell to type into it.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { FakeWorkbook } from '../excel-fake';
import { columnLetter, rangeAddress } from '../layout/address';
import { displayValue } from './display';

const useStyles = makeStyles({
  wrap: { overflow: 'auto', flexGrow: 1, border: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, tableLayout: 'fixed' },
  head: { background: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, textAlign: 'center', position: 'sticky', top: 0 },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 4px', verticalAlign: 'top', overflow: 'hidden', maxHeight: '4.5em' },
  locked: { color: tokens.colorNeutralForeground2 },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  editor: { width: '100%', boxSizing: 'border-box', font: 'inherit' },
});

export interface SheetViewProps {
  book: FakeWorkbook;
  sheet: string;
  onError(message: string): void;
}

export function SheetView({ book, sheet, onError }: SheetViewProps) {
  const styles = useStyles();
  const [editing, setEditing] = useState<{ address: string; text: string } | null>(null);
  const model = book.sheet(sheet);
  if (!model) return null;
  const used = model.usedBounds();
  const cols = Array.from({ length: used.lastCol + 1 }, (_, c) => c).filter((c) => !model.hiddenColumns.has(c));
  const commit = () => {
    if (!editing) return;
    setEditing(null);
    try {
      book.type(sheet, editing.address, editing.text);
    } catch (error) {
      onError(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <div className={styles.wrap}>
      <table className={styles.table} data-testid={`sheet-${sheet}`} aria-label={sheet}>
        <thead>
          <tr>
            <th className={styles.head} />
            {cols.map((c) => (
              <th key={c} className={styles.head} style={{ width: `${Math.round((model.widths.get(c) ?? 64) * 1.3)}px` }}>{columnLetter(c)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: used.lastRow + 1 }, (_, r) => (
            <tr key={r}>
              <th className={styles.head}>{r + 1}</th>
              {cols.map((c) => {
                const address = rangeAddress(r, c);
                const cell = model.cell(r, c);
                const locked = model.protected && (cell?.locked ?? true);
                const selected = book.selection?.sheet === sheet && book.selection.address === address;
                return (
                  <td
                    key={c}
                    data-testid={`cell-${address}`}
                    data-locked={locked}
                    className={`${styles.cell} ${locked ? styles.locked : ''} ${selected ? styles.selected : ''}`}
                    style={{ background: cell?.fill ?? undefined, fontWeight: cell?.bold ? 600 : undefined, whiteSpace: cell?.wrap ? 'pre-wrap' : 'nowrap' }}
                    onClick={() => !locked && editing?.address !== address && setEditing({ address, text: String(cell?.formula ?? cell?.value ?? '') })}
                  >
                    {editing?.address === address ? (
                      <input
                        autoFocus
                        data-testid="cell-editor"
                        aria-label={`${sheet}!${address}`}
                        className={styles.editor}
                        value={editing.text}
                        onChange={(e) => setEditing({ address, text: e.target.value })}
                        onBlur={commit}
                        onKeyDown={(e) => (e.key === 'Enter' ? commit() : e.key === 'Escape' ? setEditing(null) : undefined)}
                      />
                    ) : (
                      displayValue(book, sheet, r, c)
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
