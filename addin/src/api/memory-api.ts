// An in-memory server that keeps the API contract's version and idempotency rules, for the add-in's tests and
// benchmark (the real worker is tested in its own workspace; the playground talks to it).
import {
  PlanProgressSchema,
  canWrite,
  type Issue,
  PushResultSchema,
  type FigureState,
  type Plan,
  type ProgressBatch,
  type PushResult,
  type ReportState,
  type Writer,
} from '@plansync/shared';
import type { ApiClient } from './client';
import { ApiRequestError, NetworkError } from './errors';

export interface MemoryApi extends ApiClient {
  figures: Map<string, FigureState>;
  reports: Map<number, ReportState>;
  /** Every push as received, with its key. */
  pushes: { key: string; batch: ProgressBatch }[];
  /** Make the next push fail like a dropped connection, after (`afterApply`) or before the server applied it. */
  dropNextPush(afterApply: boolean): void;
  /** Writes a figure as another writer (the admin fixing a value, say). */
  writeAs(writer: Writer, targetId: string, value: number, note?: string): FigureState;
}

export function memoryApi(plans: Plan[], me: Writer): MemoryApi {
  const figures = new Map<string, FigureState>();
  const reports = new Map<number, ReportState>();
  const replies = new Map<string, PushResult>();
  const pushes: MemoryApi['pushes'] = [];
  let drop: boolean | null = null;
  let seq = 0;
  const stamp = (writer: Writer, version: number) => ({
    version,
    writer,
    writtenAt: new Date(Date.UTC(2026, 2, 1, 0, 0, ++seq)).toISOString(),
    writeId: `w${seq}`,
    batchId: `b${seq}`,
  });
  const find = (id: string) => {
    const plan = plans.find((p) => p.id === id);
    if (!plan) throw new Error(`no plan ${id}`);
    return plan;
  };
  const apply = (batch: ProgressBatch): PushResult => {
    const result: PushResult = { batchId: `b${++seq}`, applied: [], conflicts: [], replayed: false };
    for (const f of batch.figures ?? []) {
      const current = figures.get(f.targetId);
      if ((current?.version ?? 0) !== f.baseVersion)
        result.conflicts.push({ kind: 'figure', targetId: f.targetId, baseVersion: f.baseVersion, server: current! });
      else {
        const s = stamp(me, f.baseVersion + 1);
        figures.set(f.targetId, { targetId: f.targetId, value: f.value, note: f.note ?? null, ...s });
        result.applied.push({ kind: 'figure', targetId: f.targetId, ...s });
      }
    }
    for (const r of batch.reports ?? []) {
      const current = reports.get(r.task);
      if ((current?.version ?? 0) !== r.baseVersion)
        result.conflicts.push({ kind: 'report', task: r.task, baseVersion: r.baseVersion, server: current! });
      else {
        const s = stamp(me, r.baseVersion + 1);
        reports.set(r.task, {
          task: r.task,
          status: r.status,
          progress: r.progress,
          problems: r.problems ?? '',
          nextSteps: r.nextSteps ?? '',
          ...s,
        });
        result.applied.push({ kind: 'report', task: r.task, ...s });
      }
    }
    return PushResultSchema.parse(result);
  };
  return {
    figures,
    reports,
    pushes,
    dropNextPush: (afterApply) => void (drop = afterApply),
    writeAs: (writer, targetId, value, note) => {
      const state = {
        targetId,
        value,
        note: note ?? null,
        ...stamp(writer, (figures.get(targetId)?.version ?? 0) + 1),
      };
      figures.set(targetId, state);
      return state;
    },
    me: async () => me,
    plans: async () =>
      plans.map((p) => ({
        id: p.id,
        title: p.title,
        year: p.year,
        tasks: p.tasks.length,
        targets: p.tasks.reduce((n, t) => n + t.targets.length, 0),
        updatedAt: '2026-03-01T00:00:00.000Z',
      })),
    plan: async (id) => find(id),
    progress: async (id) =>
      PlanProgressSchema.parse({ planId: find(id).id, figures: [...figures.values()], reports: [...reports.values()] }),
    push: async (planId, batch, key) => {
      pushes.push({ key, batch });
      const refused = forbiddenEntries(find(planId), batch, me);
      if (refused.length) throw new ApiRequestError(403, 'forbidden', '无权填报部分条目', refused);
      const dropping = drop;
      drop = null;
      if (dropping === false) throw new NetworkError('connection reset');
      const reply = replies.get(key) ?? apply(batch);
      replies.set(key, reply);
      if (dropping === true) throw new NetworkError('connection reset after the server applied the batch');
      return pushes.filter((p) => p.key === key).length > 1 ? { ...reply, replayed: true } : reply;
    },
  };
}

/** The contract's 403 details: one issue per entry the writer may not write, naming the lead unit. */
function forbiddenEntries(plan: Plan, batch: ProgressBatch, writer: Writer): Issue[] {
  const lead = (task: number) => plan.tasks.find((t) => t.number === task)?.leadUnit ?? '';
  const check = (task: number, path: string, targetId?: string): Issue[] =>
    canWrite(writer, { leadUnit: lead(task) })
      ? []
      : [{ path, task, ...(targetId ? { targetId } : {}), message: `第 ${task} 项任务由“${lead(task)}”牵头填报` }];
  return [
    ...(batch.figures ?? []).flatMap((f, i) => check(Number(f.targetId.split('.')[0]), `figures.${i}`, f.targetId)),
    ...(batch.reports ?? []).flatMap((r, i) => check(r.task, `reports.${i}`)),
  ];
}
