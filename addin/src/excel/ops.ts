// Pure descriptions of workbook writes, sized and packed into syncs that stay under Excel on the web's 5 MB limit.
import type { CellValue } from '@plansync/shared';
import { parseAddress, rangeAddress } from '../layout/address';

/**
 * Excel on the web refuses requests over 5 MB (`RequestPayloadSizeLimitExceeded`); a packed sync stays under 4.5 MB
 * by the estimate below, which the real-client lane (`excel-fake/office-js/`) checks to be above the real bytes.
 */
export const SYNC_BUDGET_BYTES = 4_500_000;

export interface CellStyle {
  bold?: boolean;
  wrap?: boolean;
  width?: number;
  hidden?: boolean;
  locked?: boolean;
  top?: boolean;
}

export type WriteOp =
  /** `position`: the 0-based place among the sheets; at the end when absent. */
  | { kind: 'addSheet'; sheet: string; position?: number }
  | { kind: 'deleteSheet'; sheet: string }
  /** A hidden copy of `sheet` named `to` (`Worksheet.copy`, ExcelApi 1.7): what a failed rewrite is restored from. */
  | { kind: 'copySheet'; sheet: string; to: string }
  /** Names `sheet` `to` and shows it. */
  | { kind: 'renameSheet'; sheet: string; to: string }
  | { kind: 'unprotect' | 'protect' | 'activate'; sheet: string }
  | { kind: 'freeze'; sheet: string; rows: number }
  | { kind: 'tableToRange'; table: string }
  | { kind: 'clearSheet'; sheet: string; validation: boolean }
  | { kind: 'values'; sheet: string; address: string; values: CellValue[][] }
  /** One string: that format for every cell of the range (Excel's "single input copy"), a few bytes for a column. */
  | { kind: 'numberFormat'; sheet: string; address: string; formats: string[][] | string }
  /** Fills and styles may name several areas, `H2:H9,H12:H40` (see `fitAreas`). */
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
  /** Text conditional formats (ExcelApi 1.6): each cell beginning with `text` takes `fill`, whatever writes it later. */
  | { kind: 'textFills'; sheet: string; address: string; rules: { text: string; fill: string }[] }
  /** A clustered column chart of `source` (categories in its first column, a series per further column). */
  | { kind: 'chart'; sheet: string; source: string; name: string; title: string; from: string; to: string }
  | { kind: 'select'; sheet: string; address: string };

/**
 * Bytes Office.js puts in a request for one op beyond its data: object paths (range, format, fill …), instantiate,
 * keep-reference and set-property actions. Measured with the real client (`excel-web-16.00.js`) per op kind, with
 * each worksheet fetched once per request, and rounded up; a style pays per property it sets.
 */
const OP_OVERHEAD: Record<WriteOp['kind'], number> = {
  addSheet: 200,
  deleteSheet: 160,
  copySheet: 600,
  renameSheet: 400,
  unprotect: 120,
  protect: 220,
  activate: 120,
  freeze: 120,
  tableToRange: 560,
  clearSheet: 1500,
  values: 480,
  numberFormat: 480,
  fill: 760,
  style: 600,
  table: 700,
  validation: 950,
  dataBar: 960,
  textFills: 960,
  chart: 1200,
  select: 560,
};
const STYLE_PROPERTY_BYTES = 80;
/** Office.js splits a 2-D write over 1,500 cells into row chunks, each with its own paths and actions. */
const CHUNK_CELLS = 1500;
const CHUNK_BYTES = 950;

/** Bytes the op adds to a real request: its data as JSON plus what Office.js wraps around it (see OP_OVERHEAD). */
export function opBytes(op: WriteOp): number {
  const data = utf8Length(JSON.stringify(op));
  let extra = OP_OVERHEAD[op.kind];
  if (op.kind === 'style') extra += STYLE_PROPERTY_BYTES * Object.keys(op.style).length;
  // One conditional format per rule, each with its own object paths (add, textComparison, format, fill).
  if (op.kind === 'textFills') extra += OP_OVERHEAD.dataBar * (op.rules.length - 1);
  const grid = op.kind === 'values' ? op.values : op.kind === 'numberFormat' ? op.formats : null;
  if (Array.isArray(grid)) {
    const columns = grid[0]?.length ?? 1;
    if (grid.length * columns > CHUNK_CELLS) {
      extra += CHUNK_BYTES * Math.ceil(grid.length / Math.max(1, Math.round(CHUNK_CELLS / columns)));
    }
  }
  return data + extra;
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
  const grid = op.kind === 'values' ? op.values : op.formats;
  if (!Array.isArray(grid) || bytes <= budget || grid.length < 2) return [op];
  const { row, col, lastCol } = parseAddress(op.address);
  const perSlice = Math.max(1, Math.floor(grid.length / Math.ceil(bytes / budget)));
  const slices: WriteOp[] = [];
  for (let start = 0; start < grid.length; start += perSlice) {
    const rows = grid.slice(start, start + perSlice);
    const address = rangeAddress(row + start, col, row + start + rows.length - 1, lastCol);
    slices.push(
      op.kind === 'values' ? { ...op, address, values: rows } : { ...op, address, formats: rows as string[][] },
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
