// Compares typed cells with the last synced values and sorts the differences into sendable, invalid and held back.
import { problemText } from './cell';
import type { SubjectCodec } from './codec';
import type { CellIssue, LocalRow } from './row';

export interface Diff<I> {
  /** Entries ready to send, each against the version last seen. */
  inputs: I[];
  /** Edited cells that must not be sent. */
  invalid: CellIssue[];
  /** Edited rows held back because a conflict awaits the person's choice. */
  conflicted: string[];
}

/** Whether the typed cells differ from what was last synced (cells that do not parse count as edited). */
export function isEdited<V, S, I>(
  codec: SubjectCodec<V, S, I>,
  { parsed, synced }: Pick<LocalRow<V, S>, 'parsed' | 'synced'>,
): boolean {
  return !parsed.ok || !codec.equal(parsed.value, synced);
}

/**
 * The changes in `rows` as API inputs, with every problem found on the way.
 * @example diffRows(figureCodec, rows).inputs // [{ targetId: '4.1', value: 30, baseVersion: 2 }]
 */
export function diffRows<V, S, I>(codec: SubjectCodec<V, S, I>, rows: readonly LocalRow<V, S>[]): Diff<I> {
  const diff: Diff<I> = { inputs: [], invalid: [], conflicted: [] };
  const issue = (row: LocalRow<V, S>, field: number, problem: CellIssue['problem']) =>
    diff.invalid.push({ kind: codec.kind, key: row.key, field, problem });
  for (const row of rows) {
    const { parsed } = row;
    if (!parsed.ok) {
      for (const p of parsed.problems) issue(row, p.field, p.problem);
      continue;
    }
    if (codec.equal(parsed.value, row.synced)) continue;
    if (row.conflict) diff.conflicted.push(row.key);
    else if (!row.writable) issue(row, 0, { code: 'forbidden', text: problemText(row.cells[0]), limit: row.leadUnit });
    else if (parsed.value === null) issue(row, 0, { code: 'cleared', text: '' });
    else diff.inputs.push(codec.input(row.key, parsed.value, row.version));
  }
  return diff;
}
