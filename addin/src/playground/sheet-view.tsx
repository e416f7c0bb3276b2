// One fake sheet as an HTML table with column letters and row numbers; a typed cell is stored like Excel stores it.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { FakeWorkbook } from '../excel-fake';
import type { Lang } from '../i18n/lang';
import { columnLetter, parseAddress, rangeAddress } from '../layout/address';
import { displayValue } from './display';
import { SheetCell } from './sheet-cell';
import { SheetCharts } from './sheet-charts';

const useStyles = makeStyles({
  wrap: { overflow: 'auto', flexGrow: 1, border: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, tableLayout: 'fixed' },
  head: {
    background: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    textAlign: 'center',
    position: 'sticky',
    top: 0,
  },
});

/** Excel's column widths are in points; on screen a point is about 1.3 px. */
const PX_PER_POINT = 1.3;
const ROW_HEADER_PX = 36;

export interface SheetViewProps {
  book: FakeWorkbook;
  sheet: string;
  lang: Lang;
  onError(message: string): void;
}

/** Excel's own prompt when a person types into a locked cell of a protected sheet. */
const PROTECTED_PROMPT = {
  zh: '您试图更改的单元格或图表位于受保护的工作表中。若要进行更改，请取消工作表保护。',
  en: "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet.",
};

export function SheetView({ book, sheet, lang, onError }: SheetViewProps) {
  const styles = useStyles();
  const [editing, setEditing] = useState<{ address: string; text: string } | null>(null);
  const model = book.sheet(sheet);
  if (!model) return null;
  const used = model.usedBounds();
  const cols = Array.from({ length: used.lastCol + 1 }, (_, c) => c).filter((c) => !model.hiddenColumns.has(c));
  const widthOf = (c: number) => Math.round((model.widths.get(c) ?? 64) * PX_PER_POINT);
  // The table keeps every column at its own width and scrolls sideways in a narrow window (1,000 px), as Excel
  // does, instead of squeezing the text of 指标 and 牵头单位 into one character per line.
  const tableWidth = ROW_HEADER_PX + cols.reduce((sum, c) => sum + widthOf(c), 0);
  const commit = () => {
    if (!editing) return;
    setEditing(null);
    try {
      book.type(sheet, editing.address, editing.text);
    } catch (error) {
      onError((error as { code?: string }).code === 'AccessDenied' ? PROTECTED_PROMPT[lang] : String(error));
    }
  };
  const selected = book.selection?.sheet === sheet ? parseAddress(book.selection.address) : null;
  return (
    <div className={styles.wrap}>
      <table
        className={styles.table}
        style={{ width: `${tableWidth}px` }}
        data-testid={`sheet-${sheet}`}
        aria-label={sheet}
      >
        <thead>
          <tr>
            <th className={styles.head} style={{ width: `${ROW_HEADER_PX}px` }} />
            {cols.map((c) => (
              <th key={c} className={styles.head} style={{ width: `${widthOf(c)}px` }}>
                {columnLetter(c)}
              </th>
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
                return (
                  <SheetCell
                    key={c}
                    address={address}
                    cell={cell}
                    locked={locked}
                    selected={selected !== null && inside(selected, r, c)}
                    shown={displayValue(book, sheet, r, c)}
                    fill={book.fillShown(sheet, r, c)}
                    editing={editing?.address === address ? editing.text : null}
                    onEdit={(text) => setEditing(text === null ? null : { address, text })}
                    onCommit={commit}
                    onSelect={(extend) =>
                      book.select(sheet, extend && selected ? rangeAddress(...spanning(selected, r, c)) : address)
                    }
                    onLockedTyping={() => onError(PROTECTED_PROMPT[lang])}
                  />
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <SheetCharts book={book} sheet={sheet} />
    </div>
  );
}

type Corners = ReturnType<typeof parseAddress>;
const inside = (b: Corners, r: number, c: number) => r >= b.row && r <= b.lastRow && c >= b.col && c <= b.lastCol;
/** The range from the selection's first cell to the shift-clicked one, whichever way round. */
const spanning = (b: Corners, r: number, c: number) =>
  [Math.min(b.row, r), Math.min(b.col, c), Math.max(b.row, r), Math.max(b.col, c)] as const;
