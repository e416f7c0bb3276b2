// Ledger rows → the 2-D cell values written to the sheet, with user text never turned into a formula.
import type { CellValue, WriteStamp } from '@plansync/shared';
import type { Lang } from '../i18n/lang';
import type { Column } from './columns';
import { sheetRowOf, type LedgerRow, type LedgerSpec } from './ledger';
import type { Judged } from './lights';
import { stateText } from './state-text';

/** Excel's limit on the characters of one cell (support.microsoft.com, "Excel specifications and limits"). */
export const CELL_CHARS = 32_767;

// Text Excel would not keep as typed: formula starters (= + - @), its own prefix character ('), and text it turns
// into a number, percentage, date, time or TRUE/FALSE (30, 1,200, 85%, 5-8, 2014/6/30, 5:30, 6月30日).
const NOT_KEPT = /^[=+\-@']|^\s*(?:[\d.,:/%\s-]|[年月日])+\s*$|^\s*(?:true|false)\s*$/i;

/**
 * Text as it must be written so that Excel stores exactly that text: with Excel's apostrophe prefix (which Excel
 * keeps out of the value) when Excel would otherwise read a formula, a number or a date, and cut to Excel's 32,767
 * characters with an ellipsis (the full text stays on the server). A note such as `-5人次以内` or `'含2名外籍`
 * arrives from the server as text and must read back as the same text.
 */
export function literal(value: CellValue): CellValue {
  if (typeof value !== 'string') return value;
  const text = value.length > CELL_CHARS ? `${value.slice(0, CELL_CHARS - 1)}…` : value;
  return NOT_KEPT.test(text) && /\S/.test(text) ? `'${text}` : text;
}

/** The header row. */
export function headerRow(columns: readonly Column[], lang: Lang): string[] {
  return columns.map((c) => c.header[lang]);
}

/** All cells of data row `index`. */
export function encodeRow<V, S extends WriteStamp, I>(
  spec: LedgerSpec<V, S, I>,
  row: LedgerRow<V, S>,
  index: number,
  lang: Lang,
): CellValue[] {
  const shown = spec.show(row.cells, lang);
  const synced = spec.codec.cells(row.synced);
  const counters = { info: 0, input: 0, synced: 0 };
  return spec.columns.map((column): CellValue => {
    switch (column.role) {
      case 'key':
        return literal(column.format === '@' ? row.key : Number(row.key));
      case 'info':
        return literal(row.info[counters.info++] ?? '');
      case 'input':
        return literal(shown[counters.input++] ?? '');
      case 'formula':
        return spec.formula(row.info, sheetRowOf(index) + 1);
      case 'judged':
        return column.id === 'light' ? literal(row.judged.light) : (row.judged[column.id as keyof Judged] ?? '');
      case 'state':
        return stateText(spec, row, lang);
      case 'writer':
        return literal(row.writer);
      case 'time':
        return literal(row.writtenAt);
      case 'version':
        return row.version || '';
      case 'writeId':
        return row.writeId;
      case 'synced':
        return literal(synced[counters.synced++] ?? '');
      case 'conflict':
        return row.conflict ? JSON.stringify(row.conflict) : '';
    }
  });
}
