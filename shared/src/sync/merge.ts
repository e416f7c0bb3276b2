// Folds server states (from a pull, a push reply or a person's choice) into local rows without losing an unsynced edit.
import type { WriteStamp } from '../progress/schema';
import type { SubjectCodec } from './codec';
import type { LocalRow, RowUpdate } from './row';

/**
 * Pull: rows whose server state is newer than what they last synced. Untouched cells take the server value;
 * an unsynced edit meets a newer server value as a conflict, unless both say the same thing.
 * A row whose acknowledged write was superseded (the server holds another write at the same version: a repair
 * kept the other of two writes both accepted as version n, issue 10.3) meets it as a conflict, never replaced
 * unseen, unless the other write says the same thing.
 */
export function mergePulled<V, S extends { version: number; writeId: string }, I>(
  codec: SubjectCodec<V, S, I>,
  rows: readonly LocalRow<V, S>[],
  server: ReadonlyMap<string, S>,
): RowUpdate<S>[] {
  const updates: RowUpdate<S>[] = [];
  for (const row of rows) {
    const state = server.get(row.key);
    if (!state) continue;
    const superseded = state.version === row.version && !!row.writeId && state.writeId !== row.writeId;
    if (state.version <= row.version && !superseded) continue;
    if (row.conflict && row.conflict.version >= state.version && row.conflict.writeId === state.writeId) continue;
    const action = superseded ? settleSuperseded(codec, row, state) : settle(codec, row, state);
    updates.push({ key: row.key, action, state });
  }
  return updates;
}

/** Index server states by the key rows use. */
export function byKey<V, S, I>(codec: SubjectCodec<V, S, I>, states: readonly S[]): Map<string, S> {
  return new Map(states.map((s) => [codec.keyOf(s), s]));
}

/**
 * Push reply: applied entries become synced at their new version (the cells already show them); a conflict whose
 * server value equals what was sent (an earlier attempt landed) is taken as synced, any other stays a conflict.
 */
export function mergePushed<V, S, I>(
  codec: SubjectCodec<V, S, I>,
  rows: readonly LocalRow<V, S>[],
  applied: readonly (WriteStamp & { key: string })[],
  conflicts: readonly S[],
  stateOf: (key: string, value: V, stamp: WriteStamp) => S,
): RowUpdate<S>[] {
  const byRow = new Map(rows.map((r) => [r.key, r]));
  const updates: RowUpdate<S>[] = [];
  for (const { key, ...stamp } of applied) {
    const row = byRow.get(key);
    const parsed = row?.parsed;
    if (parsed?.ok && parsed.value !== null)
      updates.push({ key, action: 'keep', state: stateOf(key, parsed.value, stamp) });
  }
  for (const state of conflicts) {
    const row = byRow.get(codec.keyOf(state));
    if (row) updates.push({ key: row.key, action: settle(codec, row, state), state });
  }
  return updates;
}

/** The person's choice on a conflict: `theirs` shows the server value; `mine` keeps the cells to send over it next sync. */
export function resolveConflict<S>(key: string, conflict: S, choice: 'mine' | 'theirs'): RowUpdate<S> {
  return { key, action: choice === 'theirs' ? 'update' : 'keep', state: conflict };
}

// The row's own acknowledged value lost to another write: only an identical value is taken without asking.
function settleSuperseded<V, S, I>(
  codec: SubjectCodec<V, S, I>,
  row: LocalRow<V, S>,
  state: S,
): RowUpdate<S>['action'] {
  return codec.equal(row.synced, codec.valueOf(state)) ? 'keep' : 'conflict';
}

// Reads the row's one parse (LocalRow.parsed): a pull settles every row of a ledger.
function settle<V, S, I>(codec: SubjectCodec<V, S, I>, row: LocalRow<V, S>, state: S): RowUpdate<S>['action'] {
  const { parsed } = row;
  if (!parsed.ok) return 'conflict';
  if (codec.equal(parsed.value, row.synced)) return 'update';
  return codec.equal(parsed.value, codec.valueOf(state)) ? 'keep' : 'conflict';
}
