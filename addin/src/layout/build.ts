// Insert: the rows a ledger sheet should hold for a plan, carrying over every local edit and folding in the server.
import { byKey, isEdited, mergePulled, type Plan, type WriteStamp } from '@plansync/shared';
import type { Lang } from '../i18n/lang';
import { updateLedgerRow, freshRow, type LedgerRow, type LedgerSpec } from './ledger';

/**
 * One row per subject of the plan, in plan order. Rows already in the sheet keep their typed cells, versions and
 * conflicts; the server's newer states are merged like a pull. Rows the new plan no longer has but that hold an
 * unsynced edit stay at the end (read-only), so re-inserting never drops what someone typed.
 */
export function buildLedger<V, S extends WriteStamp & { version: number }, I>(
  spec: LedgerSpec<V, S, I>,
  plan: Plan,
  existing: readonly LedgerRow<V, S>[],
  server: readonly S[],
  writable: (leadUnit: string) => boolean,
  lang: Lang,
  factor?: number,
): LedgerRow<V, S>[] {
  const old = new Map(existing.map((r) => [r.key, r]));
  const rows = spec.subjects(plan, lang).map((subject) => {
    const fresh = freshRow(spec, subject, false);
    const kept = old.get(subject.key);
    old.delete(subject.key);
    const row = kept ? { ...kept, info: subject.info, leadUnit: fresh.leadUnit } : fresh;
    return { ...row, writable: writable(row.leadUnit) };
  });
  const updates = new Map(mergePulled(spec.codec, rows, byKey(spec.codec, server)).map((u) => [u.key, u]));
  const merged = rows.map((row) => {
    const update = updates.get(row.key);
    return update ? updateLedgerRow(spec, row, update, lang, factor) : row;
  });
  const orphans = [...old.values()]
    .filter((r) => r.conflict !== null || isEdited(spec.codec, r))
    .map((r) => ({ ...r, writable: false }));
  return [...merged, ...orphans];
}
