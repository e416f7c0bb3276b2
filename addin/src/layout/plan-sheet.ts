// The read-only 计划 sheet: title, then sections and their tasks with lead unit and co-units.
import type { CellValue, Plan } from '@plansync/shared';
import type { Lang } from '../i18n/lang';
import { literal } from './encode';

export const PLAN_SHEET = '计划';
/** 0-based row of the headers; the title sits above them. */
export const PLAN_HEADER_ROW = 1;

export const PLAN_HEADERS = {
  zh: ['序号', '工作任务', '任务内容', '牵头单位', '配合单位', '指标数'],
  en: ['No.', 'Task', 'Details', 'Lead unit', 'Co-units', 'Targets'],
} as const;
export const PLAN_WIDTHS = [36, 200, 420, 100, 200, 48];

const CHINESE_ORDINALS = '一二三四五六七八九十';

/** A section's number as the plan writes it: 一 … 十, then digits. */
export const sectionOrdinal = (number: number): string | number => CHINESE_ORDINALS[number - 1] ?? number;

export interface PlanSheetLayout {
  values: CellValue[][];
  /** 0-based rows holding section headings (styled apart). */
  sectionRows: number[];
}

export function planSheet(plan: Plan, lang: Lang): PlanSheetLayout {
  const sep = lang === 'zh' ? '、' : ', ';
  const values: CellValue[][] = [
    [plan.title, '', `${plan.issuer} ${plan.issuedOn}`.trim(), '', '', ''].map(literal),
    [...PLAN_HEADERS[lang]],
  ];
  const sectionRows: number[] = [];
  const sections = plan.sections.length ? plan.sections : [{ number: 0, title: '' }];
  for (const section of sections) {
    const tasks = plan.tasks.filter((t) => section.number === 0 || t.section === section.number);
    if (section.number > 0) {
      sectionRows.push(values.length);
      values.push([sectionOrdinal(section.number), section.title, '', '', '', '']);
    }
    for (const t of tasks) {
      values.push(
        [t.number, t.title, t.text, t.leadUnit, [...t.units.slice(1), ...t.groups].join(sep), t.targets.length].map(
          literal,
        ),
      );
    }
  }
  return { values, sectionRows };
}
