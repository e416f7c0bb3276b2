// One cell of the playground's sheet: its shown value, fill and lock, or an editor while the person types.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { FakeCell } from '../excel-fake';

const useStyles = makeStyles({
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 4px',
    verticalAlign: 'top',
    overflow: 'hidden',
  },
  locked: { color: tokens.colorNeutralForeground2 },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  editor: { width: '100%', boxSizing: 'border-box', font: 'inherit' },
});

export interface SheetCellProps {
  address: string;
  cell: FakeCell | undefined;
  locked: boolean;
  selected: boolean;
  shown: string;
  /** Its fill as shown: a conditional format's when one applies, else its own (`FakeWorkbook.fillShown`). */
  fill: string | null;
  /** The text being typed, or null when not editing. */
  editing: string | null;
  onEdit(text: string | null): void;
  onCommit(): void;
  /** The cell was clicked: it becomes the selection (Excel raises onSelectionChanged); `extend`: shift-click. */
  onSelect(extend: boolean): void;
  /** A key was typed on a locked cell: Excel's protection prompt. */
  onLockedTyping(): void;
}

export function SheetCell(props: SheetCellProps) {
  const { address, cell, fill, locked, selected, shown, editing, onEdit, onCommit, onSelect, onLockedTyping } = props;
  const styles = useStyles();
  return (
    <td
      data-testid={`cell-${address}`}
      data-locked={locked}
      className={mergeClasses(styles.cell, locked && styles.locked, selected && styles.selected)}
      style={{
        background: fill ?? undefined,
        fontWeight: cell?.bold ? 600 : undefined,
        whiteSpace: cell?.wrap ? 'pre-wrap' : 'nowrap',
      }}
      tabIndex={locked ? 0 : undefined}
      onClick={(e) => {
        if (editing !== null) return;
        onSelect(e.shiftKey);
        // Shift-click selects a range, as in Excel, without starting to type.
        if (!locked && !e.shiftKey) onEdit(String(cell?.formula ?? cell?.value ?? ''));
      }}
      onKeyDown={(e) => locked && e.key.length === 1 && onLockedTyping()}
    >
      {editing === null ? (
        shown
      ) : (
        <input
          autoFocus
          data-testid="cell-editor"
          aria-label={address}
          className={styles.editor}
          value={editing}
          onChange={(e) => onEdit(e.target.value)}
          onBlur={onCommit}
          onKeyDown={(e) => (e.key === 'Enter' ? onCommit() : e.key === 'Escape' ? onEdit(null) : undefined)}
        />
      )}
    </td>
  );
}
