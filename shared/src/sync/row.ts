// One ledger row as the sync logic sees it: what was typed, what was last synced, and any open conflict.
import type { CellProblem, CellValue } from './cell';
import type { ParsedRow } from './codec';

export interface LocalRow<V, S> {
  /** Target id (`"4.1"`) or task number as text. */
  key: string;
  /** The input cells, in the codec's field order: what is written back and shown, never parsed again. */
  cells: readonly CellValue[];
  /**
   * What `cells` hold, parsed once when the row was read (`typedCells`) or its cells rewritten; diff, merge,
   * marks and conflict texts all read this instead of parsing the cells again.
   */
  parsed: ParsedRow<V>;
  /** Server version of `synced`; 0 when never synced. */
  version: number;
  /** The write id the server acknowledged for `synced` (absent or '' when none), to tell a superseded write. */
  writeId?: string;
  /** The value as last synced, null when never written. */
  synced: V | null;
  /** A server state that clashed with an unsynced edit, kept until the person chooses. */
  conflict: S | null;
  /** Whether the current token may write this row (see `canWrite`). */
  writable: boolean;
  /** The row's lead unit, named when a write is refused. */
  leadUnit: string;
}

/** A cell that was edited but cannot be sent, and why. */
export interface CellIssue {
  kind: 'figure' | 'report';
  key: string;
  /** Index into the codec's `fields`. */
  field: number;
  problem: CellProblem;
}

/**
 * What to do to a row after a pull, a push or a choice:
 * - `update`: show the server's value in the cells and record it as synced;
 * - `keep`: record the server state as synced but leave the cells (they already agree, or the person kept theirs);
 * - `conflict`: leave cells and record, remember the server state until the person chooses.
 */
export interface RowUpdate<S> {
  key: string;
  action: 'update' | 'keep' | 'conflict';
  state: S;
}

/**
 * Input cells with their parse, to spread into a row: the one place cells are parsed, so `parsed` always says what
 * `cells` hold (`decodeRows` reads rows through it).
 * @example typedCells(figureCodec, [30, '']).parsed // { ok: true, value: { value: 30, note: null } }
 */
export function typedCells<V>(
  codec: { parse(cells: readonly CellValue[]): ParsedRow<V> },
  cells: readonly CellValue[],
): Pick<LocalRow<V, unknown>, 'cells' | 'parsed'> {
  return { cells, parsed: codec.parse(cells) };
}
