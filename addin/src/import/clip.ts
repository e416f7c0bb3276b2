// A selection clipped to the sheet's used range: selecting whole columns (A:F) must not read a million rows.
import { parseAddress, rangeAddress } from '../layout/address';

const LAST_ROW = 1_048_575;
const LAST_COL = 16_383;

/** Zero-based corners of an A1 address, whole columns (`A:F`) and whole rows (`3:40`) included. */
function corners(address: string) {
  const local = address.split('!').pop()!.replace(/\$/g, '');
  const columns = /^([A-Z]+):([A-Z]+)$/.exec(local);
  if (columns) {
    const [first, last] = [parseAddress(`${columns[1]}1`).col, parseAddress(`${columns[2]}1`).col];
    return { row: 0, col: first, lastRow: LAST_ROW, lastCol: last };
  }
  const rows = /^(\d+):(\d+)$/.exec(local);
  if (rows) return { row: Number(rows[1]) - 1, col: 0, lastRow: Number(rows[2]) - 1, lastCol: LAST_COL };
  return parseAddress(local);
}

/**
 * The part of `selection` inside `used` (both as Office.js reports `address`, sheet prefix allowed), as `B2:F40`;
 * null when they do not meet.
 * @example clipToUsed('Sheet1!A:F', 'Sheet1!A1:H40') // 'A1:F40'
 */
export function clipToUsed(selection: string, used: string): string | null {
  const a = corners(selection);
  const b = corners(used);
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const lastRow = Math.min(a.lastRow, b.lastRow);
  const lastCol = Math.min(a.lastCol, b.lastCol);
  return row > lastRow || col > lastCol ? null : rangeAddress(row, col, lastRow, lastCol);
}
