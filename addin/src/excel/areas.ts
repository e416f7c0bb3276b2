// Several areas in one fill or style op (`Worksheet.getRanges`, ExcelApi 1.9): a ledger's marks and lights are
// hundreds of short runs of rows, and each op costs about 700 bytes of object paths and actions in a real request
// whatever its size, so one op per colour instead of one per run keeps a sync's bytes from growing with the rows.
import type { WriteOp } from './ops';

/**
 * Characters of one `getRanges` address. Excel documents no limit, but refuses addresses of around 8,200 characters
 * with InvalidArgument (OfficeDev/office-js#5198); 2,000 keeps well clear of it and is still ~200 runs per op.
 */
export const MAX_AREAS_CHARS = 2000;

type AreaOp = Extract<WriteOp, { kind: 'fill' | 'style' }>;

const isAreaOp = (op: WriteOp): op is AreaOp => op.kind === 'fill' || op.kind === 'style';

/**
 * Joins fill and style ops that set the same thing on the same sheet into one op listing all their areas, in the
 * place of the first. Only for ops over cells that do not overlap (one op per run of rows), whose order does not matter.
 */
export function mergeAreas(ops: readonly WriteOp[]): WriteOp[] {
  const merged = new Map<string, { op: AreaOp; areas: string[] }>();
  const out: (WriteOp | { op: AreaOp; areas: string[] })[] = [];
  for (const op of ops) {
    if (!isAreaOp(op)) {
      out.push(op);
      continue;
    }
    const key = `${op.kind}\u0000${op.sheet}\u0000${JSON.stringify(op.kind === 'fill' ? op.color : op.style)}`;
    const found = merged.get(key);
    if (found) found.areas.push(op.address);
    else {
      const entry = { op, areas: [op.address] };
      merged.set(key, entry);
      out.push(entry);
    }
  }
  return out.map((o) => ('areas' in o ? { ...o.op, address: o.areas.join(',') } : o));
}

/**
 * Ops as this Excel can take them: with `areas` (ExcelApi 1.9), multi-area addresses cut to MAX_AREAS_CHARS; without
 * it, or for a style that hides columns (a RangeAreas has no `columnHidden`), one op per area.
 */
export function fitAreas(ops: readonly WriteOp[], areas: boolean): WriteOp[] {
  return ops.flatMap((op): WriteOp[] => {
    if (!isAreaOp(op) || !op.address.includes(',')) return [op];
    const parts = op.address.split(',');
    if (!areas || (op.kind === 'style' && op.style.hidden !== undefined)) {
      return parts.map((address) => ({ ...op, address }));
    }
    const chunks: string[][] = [[]];
    let length = 0;
    for (const part of parts) {
      if (length + part.length + 1 > MAX_AREAS_CHARS && chunks[chunks.length - 1]!.length) {
        chunks.push([]);
        length = 0;
      }
      chunks[chunks.length - 1]!.push(part);
      length += part.length + 1;
    }
    return chunks.map((chunk) => ({ ...op, address: chunk.join(',') }));
  });
}
