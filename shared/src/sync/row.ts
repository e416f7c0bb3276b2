// One ledger row as the sync logic sees it: what was typed, what was last synced, and any open conflict.
import type { CellProblem, CellValue } from './cell';

export interface LocalRow<V, S> {
  /** Target id (`"4.1"`) or task number as text. */
  key: string;
  /** The input cells, in the codec's field order. */
  cells: readonly CellValue[];
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
