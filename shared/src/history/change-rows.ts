// History entries → change rows a person reads (who, when, which period, which field, old → new): what the pane lists
// for a selected cell and what the 变更记录 sheet holds (issue 12.6).
import { taskOfTarget } from '../plan/target-id';
import {
  ROLE_LABELS,
  TASK_STATUS_LABELS,
  type FigureValue,
  type HistoryEntry,
  type ReportValue,
  type Writer,
} from '../progress/schema';
import { periodName } from '../assessment/periods';
import { formatFigure } from '../sync/cell';
import type { Lang, Localized } from '../text/localized';

/** The field of a figure (完成值, 备注) or of a report (状态, 进展情况, 存在问题, 下步计划) a row is about. */
export type ChangeField = 'value' | 'note' | 'status' | 'progress' | 'problems' | 'nextSteps';

/** The ledgers' own headers for each field, so a change reads like the column it happened in. */
export const CHANGE_FIELD_LABELS: Record<ChangeField, Localized> = {
  value: { zh: '完成值', en: 'Completed' },
  note: { zh: '备注', en: 'Note' },
  status: { zh: '状态', en: 'Status' },
  progress: { zh: '进展情况', en: 'Progress' },
  problems: { zh: '存在问题', en: 'Problems' },
  nextSteps: { zh: '下步计划', en: 'Next steps' },
};

/** One field of one accepted write, in words. */
export interface ChangeRow {
  /** ISO time of the write. */
  writtenAt: string;
  task: number;
  /** The target whose figure changed; null for the task's report. */
  targetId: string | null;
  field: ChangeField;
  /** The value before (empty when the field was blank or never written) and after, as the ledger shows them. */
  old: string;
  new: string;
  /** The period the write reports (`2014年6月`); empty for a write without one (the plan year's). */
  period: string;
  /** The unit that wrote, or the role of a token without one (管理员). */
  writer: string;
  version: number;
}

const FIGURE_FIELDS = ['value', 'note'] as const satisfies readonly ChangeField[];
const REPORT_FIELDS = ['status', 'progress', 'problems', 'nextSteps'] as const satisfies readonly ChangeField[];

/** Who wrote, as the ledgers show it: the unit, or the role for tokens without one. */
export function writerLabel(writer: Writer, lang: Lang): string {
  return writer.unit ?? ROLE_LABELS[writer.role][lang];
}

const figureText = (value: FigureValue | null, field: (typeof FIGURE_FIELDS)[number]) =>
  value === null ? '' : field === 'value' ? formatFigure(value.value) : (value.note ?? '');

const reportText = (value: ReportValue | null, field: (typeof REPORT_FIELDS)[number], lang: Lang) =>
  value === null ? '' : field === 'status' ? TASK_STATUS_LABELS[value.status][lang] : value[field];

/** One field of a figure or report as text before and after; `index` is its place among the ledger's input cells. */
export interface FieldChange {
  field: ChangeField;
  index: number;
  old: string;
  new: string;
}

/** Every field of a figure or of a report as text, old and new, in ledger order (changed or not). */
function fieldTexts(
  change:
    | { kind: 'figure'; old: FigureValue | null; new: FigureValue | null }
    | { kind: 'report'; old: ReportValue | null; new: ReportValue | null },
  lang: Lang,
): FieldChange[] {
  return change.kind === 'figure'
    ? FIGURE_FIELDS.map((field, index) => ({
        field,
        index,
        old: figureText(change.old, field),
        new: figureText(change.new, field),
      }))
    : REPORT_FIELDS.map((field, index) => ({
        field,
        index,
        old: reportText(change.old, field, lang),
        new: reportText(change.new, field, lang),
      }));
}

/**
 * The fields whose text differs between two values of a figure or report (a pull's changed cells, a history row).
 * @example fieldChanges({ kind: 'figure', old: { value: 20, note: null }, new: { value: 30, note: null } }, 'zh')
 *   → [{ field: 'value', index: 0, old: '20', new: '30' }]
 */
export function fieldChanges(change: Parameters<typeof fieldTexts>[0], lang: Lang): FieldChange[] {
  return fieldTexts(change, lang).filter((t) => t.old !== t.new);
}

/**
 * One row per field a write changed (a figure's 完成值 and 备注; a report's 状态 and three texts), newest write first,
 * fields in ledger order. A write that changed no field (the same figure sent again for a new period) still gets its
 * first field's row, so every accepted write shows.
 * @example changeRows([{ kind: 'figure', targetId: '4.1', old: null, new: { value: 30, note: null }, … }], 'zh')
 *   → [{ targetId: '4.1', task: 4, field: 'value', old: '', new: '30', writer: '市人社局', … }]
 */
export function changeRows(entries: readonly HistoryEntry[], lang: Lang): ChangeRow[] {
  const newestFirst = [...entries].sort((a, b) =>
    a.writtenAt === b.writtenAt ? b.version - a.version : a.writtenAt < b.writtenAt ? 1 : -1,
  );
  return newestFirst.flatMap((entry) => {
    const texts = fieldTexts(entry, lang);
    const changed = texts.filter((t) => t.old !== t.new);
    const base = {
      writtenAt: entry.writtenAt,
      task: entry.kind === 'figure' ? taskOfTarget(entry.targetId) : entry.task,
      targetId: entry.kind === 'figure' ? entry.targetId : null,
      period: entry.new.period ? periodName(entry.new.period)[lang] : '',
      writer: writerLabel(entry.writer, lang),
      version: entry.version,
    };
    return (changed.length ? changed : texts.slice(0, 1)).map(({ field, old, new: now }) => ({
      ...base,
      field,
      old,
      new: now,
    }));
  });
}
