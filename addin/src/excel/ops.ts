// Pure descriptions of workbook writes, sized and packed into syncs that stay under Excel on the web's 5 MB limit.
import type { CellValue } from '@plansync/shared';
import { parseAddress, rangeAddress } from '../layout/address';

/** Excel on the web refuses requests over 5 MB; leave room for Office.js's own envelope around our data. */
export const SYNC_BUDGET_BYTES = 4 * 1024 * 1024;

export interface CellStyle {
  bold?: boolean;
  wrap?: boolean;
  width?: number;
  hidden?: boolean;
  locked?: boolean;
  top?: boolean;
}

export type WriteOp =
  | { kind: 'addSheet'; sheet: string }
  | { kind: 'unprotect' | 'protect' | 'activate'; sheet: string }
  | { kind: 'freeze'; sheet: string; rows: number }
  | { kind: 'tableToRange'; table: string }
  | { kind: 'clearSheet'; sheet: string; validation: boolean }
  | { kind: 'values'; sheet: string; address: string; values: CellValue[][] }
  | { kind: 'numberFormat'; sheet: string; address: string; formats: string[][] }
  | { kind: 'fill'; sheet: string; address: string; color: string | null }
  | { kind: 'style'; sheet: string; address: string; style: CellStyle }
  | { kind: 'table'; sheet: string; address: string; name: string; style: string }
  | {
      kind: 'validation';
      sheet: string;
      address: string;
      /** `custom`: a formula; `list`: the choices; `source`: choices listed in a range (`=$L$2:$L$30`: no 255-character cap). */
      rule: { custom: string } | { list: string[] } | { source: string };
      message: string;
    }
  | { kind: 'dataBar'; sheet: string; address: string }
  | { kind: 'select'; sheet: string; address: string };

/** Bytes the op adds to a request, measured as its JSON (what Office.js sends is the same data, similarly encoded). */
export function opBytes(op: WriteOp): number {
  return utf8Length(JSON.stringify(op));
}

// Counts UTF-8 bytes without encoding: the packer sizes megabytes of JSON and needs no copy of it.
function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x800 && (c < 0xd800 || c > 0xdfff)) bytes += 2;
    else if (c >= 0x80 && c < 0x800) bytes += 1;
  }
  return bytes;
}

/** Splits 2-D writes larger than `budget` into row slices that each fit. */
export function splitOp(op: WriteOp, budget: number, bytes = opBytes(op)): WriteOp[] {
  if (op.kind !== 'values' && op.kind !== 'numberFormat') return [op];
  const grid: unknown[][] = op.kind === 'values' ? op.values : op.formats;
  if (bytes <= budget || grid.length < 2) return [op];
  const { row, col, lastCol } = parseAddress(op.address);
  const perSlice = Math.max(1, Math.floor(grid.length / Math.ceil(bytes / budget)));
  const slices: WriteOp[] = [];
  for (let start = 0; start < grid.length; start += perSlice) {
    const rows = grid.slice(start, start + perSlice);
    const address = rangeAddress(row + start, col, row + start + rows.length - 1, lastCol);
    slices.push(
      op.kind === 'values'
        ? { ...op, address, values: rows as CellValue[][] }
        : { ...op, address, formats: rows as string[][] },
    );
  }
  return slices.flatMap((s) => splitOp(s, budget));
}

/** Groups ops, in order, into as few syncs as the budget allows. */
export function packOps(ops: readonly WriteOp[], budget = SYNC_BUDGET_BYTES): WriteOp[][] {
  const groups: WriteOp[][] = [];
  let current: WriteOp[] = [];
  let size = 0;
  const sized = ops.flatMap((o) => {
    const bytes = opBytes(o);
    return bytes <= budget
      ? [{ op: o, bytes }]
      : splitOp(o, budget, bytes).map((part) => ({ op: part, bytes: opBytes(part) }));
  });
  for (const { op, bytes } of sized) {
    if (current.length && size + bytes > budget) {
      groups.push(current);
      [current, size] = [[], 0];
    }
    current.push(op);
    size += bytes;
  }
  if (current.length) groups.push(current);
  return groups;
}
