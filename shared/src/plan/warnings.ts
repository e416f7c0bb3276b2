// What the parser could not read with confidence: plan warnings in the product's own words (issue 9, point 7).
import type { PlanWarning } from './schema';

/**
 * Warning kinds. `no_year`: no year in the title, dates or document number (the plan gets a fallback year);
 * `no_units`: a task names no responsible unit (its lead is empty: only admin may write it until one is set);
 * `unsure_number`: a number the parser read but does not trust, so it made no target of it;
 * `dropped_target`: a target that could not be built (e.g. an empty quote); `title_cut` / `text_cut`: text
 * shortened to what storage allows (KV metadata, Excel's cell limit).
 */
export type PlanWarningKind = 'no_year' | 'no_units' | 'unsure_number' | 'dropped_target' | 'title_cut' | 'text_cut';

const MESSAGES: Record<PlanWarningKind, (quote: string, detail: string) => PlanWarning['message']> = {
  no_year: (_, year) => ({
    zh: `未找到计划年度（标题、发文日期、文号中均无年份），暂按 ${year} 年处理，请核对。`,
    en: `No year found in the title, dates or document number; ${year} is assumed: please check.`,
  }),
  no_units: () => ({
    zh: '未找到责任单位：该任务暂无牵头单位，设置前只有管理员可以填报。',
    en: 'No responsible unit found: the task has no lead unit, so only an admin may report on it until one is set.',
  }),
  unsure_number: (quote) => ({
    zh: `“${quote}”中的数字无法确定，未作为指标，请核对。`,
    en: `The number in "${quote}" is uncertain and was not taken as a target: please check.`,
  }),
  dropped_target: (quote) => ({
    zh: `“${quote}”无法读成指标，已略过。`,
    en: `"${quote}" could not be read as a target and was skipped.`,
  }),
  title_cut: (_, limit) => ({
    zh: `标题过长，已截为前 ${limit} 字。`,
    en: `The title is too long and was cut to its first ${limit} characters.`,
  }),
  text_cut: (_, limit) => ({
    zh: `任务正文过长（超出 Excel 单元格上限），已截为前 ${limit} 字。`,
    en: `The task text exceeds Excel's cell limit and was cut to its first ${limit} characters.`,
  }),
};

/** Longest quote a warning carries: enough to find the place in the source. */
const MAX_QUOTE = 80;

/** A warning of `kind` about `task` (null: the whole plan); `detail` fills the message (a year, a limit). */
export function planWarning(kind: PlanWarningKind, task: number | null, quote = '', detail = ''): PlanWarning {
  const short = quote.length > MAX_QUOTE ? `${quote.slice(0, MAX_QUOTE)}…` : quote;
  return { task, kind, quote: short, message: MESSAGES[kind](short, detail) };
}
