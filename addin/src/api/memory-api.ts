// An in-memory server for one plan, keeping the API contract with the worker's own write rules (shared
// `checkBatch`/`applyBatch`) and its idempotency rule, for the add-in's tests and benchmark (the playground
// talks to the real worker). Refusals come back as the worker answers them: REFUSAL_REPLIES' status and code.
import {
  DEFAULT_SCHEDULE,
  PlanProgressSchema,
  diffPlans,
  readPlan,
  ReportingScheduleSchema,
  assessPlan,
  taskOfTarget,
  resolveSchedule,
  type ReportingSchedule,
  PushResultSchema,
  REFUSAL_REPLIES,
  applyBatch,
  checkBatch,
  fingerprint,
  refuse,
  type BatchRefusal,
  type FigureState,
  type HistoryEntry,
  type Lang,
  type Plan,
  type PlanProgress,
  type ProgressBatch,
  type PushResult,
  type ReportState,
  type Writer,
} from '@plansync/shared';
import type { ApiClient, PlanImportBody } from './client';
import { ApiRequestError, NetworkError } from './errors';

export interface MemoryApi extends ApiClient {
  /** The current figure of each written target, by target id. */
  readonly figures: ReadonlyMap<string, FigureState>;
  /** The current report of each written task, by task number. */
  readonly reports: ReadonlyMap<number, ReportState>;
  /** Every push as received, with its key. */
  pushes: { key: string; batch: ProgressBatch }[];
  /** Make the next push fail like a dropped connection, after (`afterApply`) or before the server applied it. */
  dropNextPush(afterApply: boolean): void;
  /** Writes a figure as another writer (the admin fixing a value, say), through the same rules as a push. */
  writeAs(writer: Writer, targetId: string, value: number, note?: string): FigureState;
  /** A client of the same server holding another writer's token. */
  as(writer: Writer): ApiClient;
}

/** @example const api = memoryApi(seedPlan(), editorOf('市委组织部')); await api.push(plan.id, batch, 'k1'); */
export function memoryApi(plan: Plan, me: Writer, lang: Lang = 'zh'): MemoryApi {
  let progress: PlanProgress = { planId: plan.id, figures: [], reports: [] };
  const replies = new Map<string, { fingerprint: string; result: PushResult }>();
  const pushes: MemoryApi['pushes'] = [];
  let drop: boolean | null = null;
  let schedule: ReportingSchedule | null = null;
  const history: HistoryEntry[] = [];
  let seq = 0;

  /** The shared version rule with the server's stamps: a clock one second per batch, sequential ids. */
  const apply = (batch: ProgressBatch, writer: Writer): PushResult => {
    const outcome = applyBatch({
      progress,
      batch,
      writer,
      batchId: `b${++seq}`,
      writtenAt: new Date(Date.UTC(2026, 2, 1, 0, 0, seq)).toISOString(),
      newWriteId: () => `w${++seq}`,
      lang,
    });
    if (!outcome.ok) throw refusalError(outcome.refusal, lang);
    progress = outcome.progress;
    history.push(...outcome.history);
    return PushResultSchema.parse(outcome.result);
  };
  const known = (planId: string) => {
    if (planId !== plan.id) throw new ApiRequestError(404, 'not_found', `找不到工作要点 ${planId}`, { planId });
  };

  const summary = () => ({
    id: plan.id,
    title: plan.title,
    year: plan.year,
    tasks: plan.tasks.length,
    targets: plan.tasks.reduce((n, t) => n + t.targets.length, 0),
    updatedAt: '2026-03-01T00:00:00.000Z',
  });
  // An import as the worker answers it, without its id matching: a text's ids are its positions, JSON's as given.
  const preview = (writer: Writer, planId: string, body: PlanImportBody) => {
    if (writer.role !== 'admin') throw new ApiRequestError(403, 'forbidden', '只有管理员可以导入计划。', null);
    const reading = 'text' in body ? readPlan(body.text, { id: planId }) : { plan: body.plan, warnings: [] };
    const keys = {
      targetIds: progress.figures.map((f) => f.targetId),
      taskNumbers: progress.reports.map((r) => r.task),
    };
    const diff = diffPlans(planId === plan.id ? plan : null, reading.plan, keys);
    return { ...reading, diff };
  };

  const client = (writer: Writer): ApiClient => ({
    me: async () => ({ ...writer, label: null }),
    plans: async () => [summary()],
    plan: async (planId) => {
      known(planId);
      return plan;
    },
    progress: async (planId) => {
      known(planId);
      return PlanProgressSchema.parse(progress);
    },
    push: async (planId, batch, key) => {
      known(planId);
      pushes.push({ key, batch });
      const refusal = checkBatch(plan, batch, writer, lang);
      if (refusal) throw refusalError(refusal, lang);
      const dropping = drop;
      drop = null;
      if (dropping === false) throw new NetworkError('connection reset');
      // Keys are scoped to the token that sent them, as the worker scopes them.
      const scopedKey = `${writer.tokenId}\n${key}`;
      const print = await fingerprint(batch);
      const earlier = replies.get(scopedKey);
      if (earlier && earlier.fingerprint !== print) throw refusalError(refuse('key_reused'), lang);
      const result = earlier ? { ...earlier.result, replayed: true } : apply(batch, writer);
      if (!earlier) replies.set(scopedKey, { fingerprint: print, result });
      if (dropping === true) throw new NetworkError('connection reset after the server applied the batch');
      return result;
    },
    previewImport: async (planId, body) => preview(writer, planId, body),
    importPlan: async (planId, body) => {
      const next = preview(writer, planId, body).plan;
      if (planId !== plan.id) progress = { planId, figures: [], reports: [] };
      plan = next;
      return summary();
    },
    schedule: async (planId) => {
      known(planId);
      return scheduleReply();
    },
    setSchedule: async (planId, input) => {
      known(planId);
      if (writer.role !== 'admin') throw new ApiRequestError(403, 'forbidden', '此操作仅限管理员。', null);
      schedule = ReportingScheduleSchema.parse(input);
      return scheduleReply();
    },
    assessment: async (planId, asOf) => {
      known(planId);
      return assessPlan(plan, progress, asOf, schedule ?? undefined);
    },
    // Pages count entries rather than pushes, and the cursor is the next entry's index: the same contract, simpler.
    history: async (planId, { target, task, limit = 50, cursor }) => {
      known(planId);
      const of = (e: HistoryEntry) =>
        target !== undefined
          ? e.kind === 'figure' && e.targetId === target
          : task === undefined || (e.kind === 'figure' ? taskOfTarget(e.targetId) : e.task) === task;
      const start = Number(cursor ?? 0);
      const matching = history.filter(of);
      const end = start + limit;
      return { planId, entries: matching.slice(start, end), cursor: end < matching.length ? String(end) : null };
    },
  });
  const scheduleReply = () => {
    const set = schedule ?? DEFAULT_SCHEDULE;
    return { planId: plan.id, schedule: set, isDefault: schedule === null, resolved: resolveSchedule(plan.year, set) };
  };

  return {
    ...client(me),
    as: client,
    get figures() {
      return new Map(progress.figures.map((state) => [state.targetId, state]));
    },
    get reports() {
      return new Map(progress.reports.map((state) => [state.task, state]));
    },
    pushes,
    dropNextPush: (afterApply) => void (drop = afterApply),
    writeAs: (writer, targetId, value, note) => {
      const baseVersion = progress.figures.find((f) => f.targetId === targetId)?.version ?? 0;
      apply({ figures: [{ targetId, value, baseVersion, ...(note ? { note } : {}) }] }, writer);
      return progress.figures.find((f) => f.targetId === targetId)!;
    },
  };
}

/** A refusal as the client sees the worker's answer to it. */
function refusalError({ reason, message, issues }: BatchRefusal, lang: Lang): ApiRequestError {
  const { status, code } = REFUSAL_REPLIES[reason];
  return new ApiRequestError(status, code, message[lang], issues.length > 0 ? issues : null);
}
