// Ledger rows → the 2-D cell values written to the sheet, with user text never turned into a formula.
import type { CellValue, WriteStamp } from '@plansync/shared';
import type { Lang } from '../i18n/lang';
import type { Column } from './columns';
import { sheetRowOf, type LedgerRow, type LedgerSpec } from './ledger';
import { stateText } from './state-text';

/**
 * Text that Excel would read as a formula gets the apostrophe prefix, which Excel keeps out of the value:
 * a note such as `=HYPERLINK(…)` arrives from the server as text and must stay text.
 */
export function literal(value: CellValue): CellValue {
  return typeof value === 'string' && /^[=]/.test(value) ? `'${value}` : value;
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
      case 'state':
        return stateText(spec, row, lang);
      case 'writer':
        return literal(row.writer);
      case 'time':
        return row.writtenAt;
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
