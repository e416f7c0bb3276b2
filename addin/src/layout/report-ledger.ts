// The 进展 ledger: one row per task, with 状态 / 进展情况 / 存在问题 / 下步计划 typed by the lead unit.
import {
  ReportStateSchema,
  TASK_STATUS_LABELS,
  parseStatus,
  reportCodec,
  textCellFromExcel,
  type ReportInput,
  type ReportState,
  type ReportValue,
} from '@plansync/shared';
import { PROGRESS_COLUMNS } from './columns';
import type { LedgerSpec } from './ledger';

export const PROGRESS_SHEET = '进展';

export const reportLedger: LedgerSpec<ReportValue, ReportState, ReportInput> = {
  sheet: PROGRESS_SHEET,
  codec: reportCodec,
  columns: PROGRESS_COLUMNS,
  stateSchema: ReportStateSchema,
  subjects: (plan) => plan.tasks.map((t) => ({ key: String(t.number), info: [t.title, t.leadUnit] })),
  // Codes become labels; whatever does not parse stays as typed so the person sees their own text.
  show: ([status = '', ...texts], lang) => {
    const parsed = parseStatus(status);
    return [parsed.ok && parsed.value ? TASK_STATUS_LABELS[parsed.value][lang] : status, ...texts];
  },
  fromExcel: (cells, formats) => cells.map((cell, i) => textCellFromExcel(cell, formats[i])),
  describe: (v, lang) =>
    v
      ? `${TASK_STATUS_LABELS[v.status][lang]}${v.progress ? ` · ${v.progress.slice(0, 30)}` : ''}`
      : lang === 'zh'
        ? '（空）'
        : '(blank)',
  formula: () => '',
  stateOf: (task, value, stamp) => ({ task: Number(task), ...value, ...stamp }),
};
