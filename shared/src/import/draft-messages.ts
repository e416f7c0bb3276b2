// Why a draft cell cannot be published, in words for the admin who typed it (Chinese first, English available).
import { PLAN_TITLE_MAX_CHARS } from '../plan/schema';

export interface DraftMessage {
  zh: string;
  en: string;
}

export const DRAFT_MESSAGES = {
  noBlocks: {
    zh: '找不到任务表头（序号、分组、工作任务…）或指标表头（编号、任务、指标…）：请勿删改表头行。',
    en: 'The task header (序号, 分组, 工作任务 …) or the target header (编号, 任务, 指标 …) is missing: keep the header rows.',
  },
  planId: {
    zh: '计划编号只能用小写字母、数字和连字符（-），以字母或数字开头，最多 64 个字符。',
    en: 'The plan id takes lowercase letters, digits and hyphens, starts with a letter or digit, at most 64 characters.',
  },
  noTitle: { zh: '请填写标题。', en: 'Fill in the title.' },
  titleTooLong: (length: number): DraftMessage => ({
    zh: `标题过长（${length} 字），最多 ${PLAN_TITLE_MAX_CHARS} 字，否则无法保存。`,
    en: `The title is too long to store (${length} characters; at most ${PLAN_TITLE_MAX_CHARS}).`,
  }),
  year: { zh: '年度应为四位年份，如 2014。', en: 'The year must be four digits, e.g. 2014.' },
  issuedOn: {
    zh: '发文日期应写作 2014-06-04，或留空。',
    en: 'Write the date of issue as 2014-06-04, or leave it blank.',
  },
  taskNumber: { zh: '序号应为正整数。', en: 'The number must be a positive whole number.' },
  duplicateNumber: (number: number, row: number): DraftMessage => ({
    zh: `序号 ${number} 重复：第 ${row} 行已使用。`,
    en: `Number ${number} is used twice: row ${row} has it already.`,
  }),
  noText: { zh: '请填写工作任务。', en: 'Fill in the task.' },
  noLead: {
    zh: '任务缺少牵头单位：请从下拉列表选择或填写（牵头单位负责填报本任务）。',
    en: 'The task has no lead unit: choose or type one (the lead unit reports this task).',
  },
  noSection: { zh: '请填写分组，如“一、人才引进”。', en: 'Fill in the section, e.g. 一、人才引进.' },
  dueByTooLong: { zh: '完成时限最多 100 字。', en: 'The deadline takes at most 100 characters.' },
  targetId: { zh: '编号应写作“任务序号.顺序”，如 4.1。', en: 'Write the id as task number, dot, order, e.g. 4.1.' },
  targetIdTask: (task: number): DraftMessage => ({
    zh: `编号应以所属任务的序号开头，如 ${task}.1。`,
    en: `The id must start with its task's number, e.g. ${task}.1.`,
  }),
  duplicateTargetId: (id: string, row: number): DraftMessage => ({
    zh: `编号 ${id} 重复：第 ${row} 行已使用。`,
    en: `Id ${id} is used twice: row ${row} has it already.`,
  }),
  unknownTask: (task: string): DraftMessage => ({
    zh: `任务“${task}”不在上方的任务中：请填写任务的序号。`,
    en: `Task “${task}” is not among the tasks above: give a task number.`,
  }),
  noMetric: { zh: '请填写指标名称（最多 200 字）。', en: 'Fill in the metric (at most 200 characters).' },
  bound: { zh: '应为不小于 0 的数字。', en: 'Must be a number, 0 or more.' },
  minAboveMax: (min: number, max: number): DraftMessage => ({
    zh: `下限 ${min} 大于上限 ${max}。`,
    en: `The lower bound ${min} exceeds the upper bound ${max}.`,
  }),
  measureWord: { zh: '计量单位最多 10 字，如 名、个、人次。', en: 'The measure word takes at most 10 characters.' },
  direction: (labels: string): DraftMessage => ({
    zh: `方向应为 ${labels} 之一。`,
    en: `The direction must be one of ${labels}.`,
  }),
  approximate: { zh: '约数填“是”或“否”。', en: 'Approximate: 是 (yes) or 否 (no).' },
  invalid: { zh: '此处不符合计划的格式要求，请检查。', en: 'This cell does not fit the plan format; please check it.' },
} as const;
