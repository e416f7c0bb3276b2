// One table of pushes and the answers the API contract gives them, run against the worker and the in-memory API
// alike (test fixture, exported as `@plansync/shared/write-rules/cases`, not from the package index).
import type { Issue } from '../api/error';
import { syntheticPlan } from '../plan/synthetic';
import type { Plan } from '../plan/schema';
import type { ProgressBatch, PushResult, Role } from '../progress/schema';

/** Who pushes: the admin, an editor of task 1's lead unit, an editor of task 2's lead unit, a viewer. */
export type CaseWriter = 'admin' | 'lead' | 'otherEditor' | 'viewer';

/** Two tasks: task 1 (targets 1.1–1.4) led by 市人社局, task 2 (targets 2.1–2.4) led by 市科技局. */
export const casePlan = (id: string): Plan => syntheticPlan(8, id);

export const CASE_WRITERS: Record<CaseWriter, { role: Role; unit: string | null }> = {
  admin: { role: 'admin', unit: null },
  lead: { role: 'editor', unit: '市人社局' },
  otherEditor: { role: 'editor', unit: '市科技局' },
  viewer: { role: 'viewer', unit: null },
};

export interface CasePush {
  as: CaseWriter;
  batch: ProgressBatch;
  /** Idempotency-Key; each push without one gets its own. */
  key?: string;
}

/**
 * What a client can tell of an answer: the subjects applied (`f:1.1@2` = target 1.1's figure now at version 2)
 * and in conflict with whether it was a replay, or the refusal's status, code and the paths of the entries at fault.
 */
export type CaseAnswer =
  { applied: string[]; conflicts: string[]; replayed: boolean } | { status: number; code: string; paths: string[] };

export interface WriteCase {
  name: string;
  /** Pushes that must succeed first. */
  before?: CasePush[];
  push: CasePush;
  answer: CaseAnswer;
}

export const answerOfResult = (result: PushResult): CaseAnswer => ({
  applied: result.applied.map((a) => `${a.kind === 'figure' ? `f:${a.targetId}` : `r:${a.task}`}@${a.version}`),
  conflicts: result.conflicts.map((c) => (c.kind === 'figure' ? `f:${c.targetId}` : `r:${c.task}`)),
  replayed: result.replayed,
});

export const answerOfRefusal = (status: number, code: string, details: unknown): CaseAnswer => ({
  status,
  code,
  paths: Array.isArray(details) ? (details as Issue[]).map((issue) => issue.path) : [],
});

const figure = (targetId: string, baseVersion = 0, value = 7) => ({ targetId, value, baseVersion });
const report = (task: number, baseVersion = 0) => ({
  task,
  status: 'in_progress' as const,
  progress: '推进中',
  baseVersion,
});
const adminWrote = (...targetIds: string[]): CasePush[] => [
  { as: 'admin', batch: { figures: targetIds.map((id) => figure(id)) } },
];

export const WRITE_CASES: WriteCase[] = [
  {
    name: 'first writes of the lead unit get version 1',
    push: { as: 'lead', batch: { figures: [figure('1.1')], reports: [report(1)] } },
    answer: { applied: ['f:1.1@1', 'r:1@1'], conflicts: [], replayed: false },
  },
  {
    name: 'a current baseVersion applies as the next version',
    before: adminWrote('1.1'),
    push: { as: 'lead', batch: { figures: [figure('1.1', 1)] } },
    answer: { applied: ['f:1.1@2'], conflicts: [], replayed: false },
  },
  {
    name: 'a stale baseVersion is a conflict and the other entries apply',
    before: adminWrote('1.1'),
    push: { as: 'lead', batch: { figures: [figure('1.1'), figure('1.2')] } },
    answer: { applied: ['f:1.2@1'], conflicts: ['f:1.1'], replayed: false },
  },
  {
    name: 'a batch of conflicts only applies nothing',
    before: adminWrote('1.1', '1.2'),
    push: { as: 'lead', batch: { figures: [figure('1.1'), figure('1.2')] } },
    answer: { applied: [], conflicts: ['f:1.1', 'f:1.2'], replayed: false },
  },
  {
    name: 'a baseVersion ahead of a subject never written is refused whole',
    push: { as: 'lead', batch: { figures: [figure('1.2'), figure('1.1', 3)] } },
    answer: { status: 400, code: 'invalid_request', paths: ['figures.1.baseVersion'] },
  },
  {
    name: 'an impossible baseVersion refuses a batch that also holds a conflict',
    before: adminWrote('1.1'),
    push: { as: 'lead', batch: { figures: [figure('1.1')], reports: [report(1, 2)] } },
    answer: { status: 400, code: 'invalid_request', paths: ['reports.0.baseVersion'] },
  },
  {
    name: "another unit's task is forbidden, every entry of it listed",
    push: { as: 'lead', batch: { figures: [figure('1.1'), figure('2.1')], reports: [report(2)] } },
    answer: { status: 403, code: 'forbidden', paths: ['figures.1', 'reports.0'] },
  },
  {
    name: 'a viewer may write nothing',
    push: { as: 'viewer', batch: { reports: [report(1)] } },
    answer: { status: 403, code: 'forbidden', paths: ['reports.0'] },
  },
  {
    name: 'the admin writes every task',
    push: { as: 'admin', batch: { figures: [figure('2.1'), figure('1.4')], reports: [report(2)] } },
    answer: { applied: ['f:2.1@1', 'f:1.4@1', 'r:2@1'], conflicts: [], replayed: false },
  },
  {
    name: 'unknown targets and tasks are invalid',
    push: { as: 'admin', batch: { figures: [figure('3.1'), figure('1.1')], reports: [report(7)] } },
    answer: { status: 400, code: 'invalid_request', paths: ['figures.0.targetId', 'reports.0.task'] },
  },
  {
    name: 'a subject twice in one batch is invalid',
    push: { as: 'lead', batch: { figures: [figure('1.1'), figure('1.1', 0, 8)], reports: [report(1), report(1)] } },
    answer: { status: 400, code: 'invalid_request', paths: ['figures.1.targetId', 'reports.1.task'] },
  },
  {
    name: 'invalid entries are answered before forbidden ones',
    push: { as: 'otherEditor', batch: { figures: [figure('1.1'), figure('9.1')] } },
    answer: { status: 400, code: 'invalid_request', paths: ['figures.1.targetId'] },
  },
  {
    name: 'the same batch under the same key is replayed, not applied twice',
    before: [{ as: 'lead', batch: { figures: [figure('1.1')] }, key: 'k1' }],
    push: { as: 'lead', batch: { figures: [figure('1.1')] }, key: 'k1' },
    answer: { applied: ['f:1.1@1'], conflicts: [], replayed: true },
  },
  {
    name: 'a key reused for a different batch is refused',
    before: [{ as: 'lead', batch: { figures: [figure('1.1')] }, key: 'k1' }],
    push: { as: 'lead', batch: { figures: [figure('1.1', 0, 8)] }, key: 'k1' },
    answer: { status: 422, code: 'invalid_request', paths: [] },
  },
];
