// 插入计划 over existing sheets is all or nothing (issue 11): Excel applies a request's actions in order and keeps those
// before a failure, and a large rewrite spans requests, so hidden copies of our sheets are taken in the first write
// request, before anything is cleared, and deleted at the end of the last. Should any write fail, each half-written
// sheet is replaced by its copy (unsynced edits, versions and conflicts with it) and protected again; sheets the
// insert added are removed. Decision: copies rather than a journal in the document settings (a settings save is its
// own round trip and has a size limit) or staging sheets swapped in on success (every insert would delete the sheets
// a person's formulas point at; here that happens only to a sheet being restored after a failure).
import { WorkbookStateError } from '../api/errors';
import { rangeAddress } from '../layout/address';
import { TARGETS_SHEET, TARGETS_TABLE, figureLedger } from '../layout/figure-ledger';
import { TARGETS_TABLE_STYLE } from './ledger-ops';
import type { WriteOp } from './ops';
import type { XlContext } from './types';
import { writeOps } from './write-ops';

/** The hidden copy of one of our sheets while it is rewritten: a name nobody gives a sheet (Excel allows 31 chars). */
export const backupName = (sheet: string) => `plansync备份-${sheet}`;

/** What a rewrite touches, for its copies and a restore. */
export interface RewriteScope {
  /** Our sheets before the insert, in the order they are copied (and their copies deleted). */
  existing: readonly string[];
  /** Sheets the insert adds. */
  added: readonly string[];
  /** Data rows of the 指标 table before the insert, or null when there was none. */
  tableRows: number | null;
}

/** Ops that copy each existing sheet (queued first) and delete the copies (queued last). */
export function backupOps(scope: RewriteScope): { first: WriteOp[]; last: WriteOp[] } {
  return {
    first: scope.existing.map((sheet): WriteOp => ({ kind: 'copySheet', sheet, to: backupName(sheet) })),
    last: scope.existing.map((sheet): WriteOp => ({ kind: 'deleteSheet', sheet: backupName(sheet) })),
  };
}

/**
 * After a rewrite failed (or at the next insert, when copies were left by a restore that failed too): puts each copy
 * back in place of its sheet and protects our sheets again, in up to 3 syncs. Returns `completed` instead when the
 * copies were already being deleted (the rewrite had written everything; the rest are deleted). Throws a
 * WorkbookStateError when the restore itself fails: the copies stay, and the next 插入计划 restores them first.
 */
export async function restoreSheets(context: XlContext, scope: RewriteScope): Promise<'restored' | 'completed'> {
  try {
    return await restore(context, scope);
  } catch (error) {
    throw new WorkbookStateError('restore_failed', `sheets not restored: ${String(error)}`, backupName(TARGETS_SHEET));
  }
}

async function restore(context: XlContext, scope: RewriteScope): Promise<'restored' | 'completed'> {
  const all = context.workbook.worksheets;
  all.load('items/name');
  const table = context.workbook.tables.getItemOrNullObject(TARGETS_TABLE);
  table.load('isNullObject');
  await context.sync();
  const names = new Set(all.items.map((s) => s.name));
  const copied = scope.existing.filter((s) => names.has(backupName(s)));
  // Copies are made in order and deleted in the same order: if the first is gone while a later one stays, the
  // deleting had begun, so everything before it had been written.
  const deleting = copied.length > 0 && !copied.includes(scope.existing[0]!);
  if (deleting) {
    await writeOps(context, backupOps({ ...scope, existing: copied }).last);
    return 'completed';
  }
  const kept = scope.existing.filter((s) => names.has(s) && !copied.includes(s));
  const protections = kept.map((name) => {
    const protection = context.workbook.worksheets.getItem(name).protection;
    protection.load('protected');
    return [name, protection] as const;
  });
  if (protections.length) await context.sync();
  const ops: WriteOp[] = [
    ...scope.added.filter((s) => names.has(s)).map((sheet): WriteOp => ({ kind: 'deleteSheet', sheet })),
    ...copied.flatMap((sheet): WriteOp[] => [
      ...(names.has(sheet) ? [{ kind: 'deleteSheet', sheet } as const] : []),
      { kind: 'renameSheet', sheet: backupName(sheet), to: sheet },
    ]),
  ];
  // The copies were taken after the table became a range; the table comes back under its own name.
  if (scope.tableRows !== null && (copied.includes(TARGETS_SHEET) || table.isNullObject)) {
    ops.push({
      kind: 'table',
      sheet: TARGETS_SHEET,
      address: rangeAddress(0, 0, scope.tableRows, figureLedger.columns.length - 1),
      name: TARGETS_TABLE,
      style: TARGETS_TABLE_STYLE,
    });
  }
  const open = [...copied, ...protections.filter(([, p]) => !p.protected).map(([name]) => name)];
  ops.push(...open.map((sheet): WriteOp => ({ kind: 'protect', sheet })));
  await writeOps(context, ops);
  return 'restored';
}
