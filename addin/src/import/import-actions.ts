// 导入计划 as plain async steps over the Excel host and the API (issue 13): source → dry run → 计划草稿 → 发布.
import {
  PLAN_ID_PATTERN,
  planFromTable,
  readDraft,
  type DryRunResult,
  type Plan,
  type PlanDiff,
  type PlanSummary,
} from '@plansync/shared';
import type { ApiClient } from '../api/client';
import { markDraftErrors, readDraftGrid, writeDraft, type DraftWritten } from '../excel/draft-sheet';
import { readSelectedTable } from '../excel/selection';
import type { ExcelHost } from '../excel/types';
import { IMPORT_ERRORS, ImportError } from './import-error';
import { readPlanFile, type PlanFile } from './read-file';

/** Where an import stands after a step; the pane shows it. */
export type ImportStep =
  | { kind: 'draft'; written: DraftWritten }
  | { kind: 'errors'; count: number }
  | { kind: 'confirm'; diff: PlanDiff; title: string }
  | { kind: 'published'; plan: PlanSummary };

export interface ImportActions {
  fromText(planId: string, text: string): Promise<ImportStep>;
  fromFile(planId: string, file: PlanFile): Promise<ImportStep>;
  /** The selected range of the workbook, read as a 任务分解表. */
  fromSelection(planId: string): Promise<ImportStep>;
  /**
   * Reads 计划草稿 in one sync and checks it: errors are marked on their cells and nothing is sent; else the dry
   * run's diff is returned to confirm for a re-import, and a new plan is published at once.
   */
  publish(): Promise<ImportStep>;
  /** Publishes the plan `publish` checked. */
  confirm(): Promise<ImportStep>;
}

/** @example const steps = createImportActions(host, () => api); await steps.fromText('p-2015', text); */
export function createImportActions(host: ExcelHost, api: () => ApiClient): ImportActions {
  /** Ids a target typed without 编号 must not take: retired ones and those holding figures. */
  let reserved: string[] = [];
  let marked = false;
  let checked: Plan | null = null;

  const toDraft = async (preview: DryRunResult, extraWarnings: DryRunResult['warnings'] = []) => {
    reserved = [...(preview.plan.retiredTargets ?? []).map((t) => t.id), ...preview.diff.orphanedFigures];
    marked = false;
    checked = null;
    const written = await writeDraft(host, preview.plan, [...extraWarnings, ...preview.warnings]);
    return { kind: 'draft', written } as const;
  };
  const publishChecked = async (plan: Plan): Promise<ImportStep> => {
    const summary = await api().importPlan(plan.id, { plan, ids: 'given' });
    checked = null;
    return { kind: 'published', plan: summary };
  };

  const fromText = async (planId: string, text: string) => {
    checkId(planId);
    if (!text.trim()) throw new ImportError(IMPORT_ERRORS.emptyText);
    return toDraft(await api().previewImport(planId, { text }));
  };
  return {
    fromText,
    fromFile: async (planId, file) => {
      checkId(planId);
      return fromText(planId, await readPlanFile(file));
    },
    async fromSelection(planId) {
      checkId(planId);
      const { cells } = await readSelectedTable(host);
      const table = planFromTable(cells, { id: planId });
      // The table's ids are positions: the server matches them to the stored plan's, as for a text.
      return toDraft(await api().previewImport(planId, { plan: table.plan, ids: 'match' }), table.warnings);
    },
    async publish() {
      const grid = await readDraftGrid(host);
      const { plan, errors } = readDraft(grid, { reservedTargetIds: reserved });
      if (!plan || marked) await markDraftErrors(host, grid, errors);
      marked = errors.length > 0;
      if (!plan) return { kind: 'errors', count: errors.length };
      const preview = await api().previewImport(plan.id, { plan, ids: 'given' });
      if (preview.diff.isNew) return publishChecked(preview.plan);
      checked = preview.plan;
      return { kind: 'confirm', diff: preview.diff, title: plan.title };
    },
    async confirm() {
      if (!checked) return this.publish();
      return publishChecked(checked);
    },
  };
}

function checkId(planId: string): void {
  if (!PLAN_ID_PATTERN.test(planId)) throw new ImportError(IMPORT_ERRORS.planId);
}
