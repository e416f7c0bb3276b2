// A 任务分解表 (task breakdown table) as the workbook holds it → Plan, with warnings for what needs a person's look.
import { findYear } from '../plan/header';
import { toHalfWidthNumbers } from '../text/half-width';
import type { Plan, PlanWarning, Section, Task } from '../plan/schema';
import { findTargets } from '../plan/targets';
import { planWarning } from '../plan/warnings';
import { parseUnitList } from '../plan/units';
import { isHeaderRow, mapColumns, type ColumnMap } from './table-columns';

export interface TableImportOptions {
  id: string;
  /** Used when no title row sits above the header. */
  title?: string;
  /** Used when neither title nor options give a year; else the current year, with a warning. */
  year?: number;
}

export interface TableImport {
  plan: Plan;
  warnings: PlanWarning[];
}

/** The range holds no header row this import can read, or no task under it. */
export class TableImportError extends Error {
  override name = 'TableImportError';
  constructor(readonly text: { zh: string; en: string }) {
    super(text.zh);
  }
}

const HEADER_SEARCH_ROWS = 10;
const SECTION_MARK = /^\s*(?:[（(]\s*)?([一二三四五六七八九十]+)\s*(?:[、.．]|[）)])\s*(.*)$/;
const NUMBER_CELL = /^\s*[（(]?\s*(\d{1,4})\s*[)）.．、]?\s*$/;

/**
 * Reads a table's displayed cell texts (`range.text`, so dates and numbers read as shown). The header row is
 * found in the first rows; rows above it give the title. Section rows (一、… alone in a row) start sections;
 * a row with a task but a blank 序号 under a numbered task continues it (a merged 序号 cell); blank 牵头单位 and
 * 责任单位 cells take the row above's units (merged cells read blank below their first row), with a warning.
 * Targets come from the target column, else from the task text, found by the plan parser's rules.
 * @throws TableImportError when no header row or no task is found.
 */
export function planFromTable(cells: readonly (readonly string[])[], options: TableImportOptions): TableImport {
  const rows = cells.map((row) => row.map((c) => c.trim()));
  const headerAt = rows.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => isHeaderRow(mapColumns(row)));
  if (headerAt < 0) throw new TableImportError(NO_HEADER);
  const columns = mapColumns(rows[headerAt]!);
  const title = rows.slice(0, headerAt).flatMap((r) => r.filter(Boolean))[0] ?? options.title ?? '';
  const warnings: PlanWarning[] = [];
  const { sections, tasks } = readRows(rows.slice(headerAt + 1), columns, warnings, title || '工作任务');
  if (tasks.length === 0) throw new TableImportError(NO_TASKS);
  let year = findYear(title, '') ?? options.year;
  if (year === undefined) {
    year = new Date().getFullYear();
    warnings.unshift(planWarning('no_year', null, title, String(year)));
  }
  const plan: Plan = {
    id: options.id,
    title: title || options.id,
    issuer: '',
    issuedOn: '',
    year,
    sections,
    tasks,
    units: [...new Set(tasks.flatMap((t) => t.units))],
  };
  return { plan, warnings };
}

interface Draft {
  number: number;
  section: number;
  text: string;
  target: string;
  lead: string[];
  units: string[];
  groups: string[];
  dueBy: string;
}

function readRows(rows: string[][], columns: ColumnMap, warnings: PlanWarning[], fallbackSection: string) {
  const cell = (row: string[], role: keyof ColumnMap) => (columns[role] === undefined ? '' : row[columns[role]]!);
  const sections: Section[] = [];
  const drafts: Draft[] = [];
  const numbered = rows.some((r) => NUMBER_CELL.test(toHalfWidthNumbers(cell(r, 'number'))));
  const sectionFor = (title: string) => {
    const found = sections.find((s) => s.title === title);
    if (found) return found.number;
    sections.push({ number: sections.length + 1, title });
    return sections.length;
  };
  let section = 0;
  for (const row of rows) {
    const heading = sectionHeading(row, cell(row, 'task'));
    if (heading) {
      section = sectionFor(heading);
      continue;
    }
    const text = cell(row, 'task');
    if (!text) continue;
    if (columns.section !== undefined && cell(row, 'section')) section = sectionFor(cell(row, 'section'));
    const numberText = toHalfWidthNumbers(cell(row, 'number'));
    const previous = drafts.at(-1);
    if (numbered && !NUMBER_CELL.test(numberText) && previous) {
      // A blank 序号 under a numbered task: the same task continues (its 序号 cell was merged over both rows).
      previous.text = `${previous.text}\n${text}`;
      previous.target = [previous.target, cell(row, 'target')].filter(Boolean).join('；');
      continue;
    }
    const number = NUMBER_CELL.test(numberText)
      ? Number(NUMBER_CELL.exec(numberText)![1])
      : (previous?.number ?? 0) + 1;
    if (section === 0) section = sectionFor(fallbackSection);
    const draft: Draft = {
      number,
      section,
      text,
      target: cell(row, 'target'),
      dueBy: cell(row, 'dueBy'),
      ...units(row),
    };
    if (draft.lead.length + draft.units.length + draft.groups.length === 0 && previous) {
      Object.assign(draft, { lead: previous.lead, units: previous.units, groups: previous.groups });
      warnings.push({
        task: number,
        kind: 'units_from_above',
        quote: previous.lead[0] ?? '',
        message: UNITS_FROM_ABOVE,
      });
    }
    drafts.push(draft);
  }

  function units(row: string[]) {
    // Without a 牵头单位 column, the first unit of 责任单位 leads (the rule of plan texts: the first listed leads).
    const lead = parseUnitList(columns.lead === undefined ? '' : cell(row, 'lead'));
    const others = parseUnitList(cell(row, 'units'));
    return { lead: lead.units, units: others.units, groups: [...lead.groups, ...others.groups] };
  }

  const tasks = renumberDuplicates(drafts).map(toTask);
  for (const task of tasks) if (!task.leadUnit) warnings.push(planWarning('no_units', task.number, task.title));
  return { sections, tasks };
}

/** A row that only holds a heading such as 一、人才引进 (often merged across the row) starts a section. */
function sectionHeading(row: string[], taskCell: string): string | undefined {
  const filled = [...new Set(row.filter(Boolean))];
  if (filled.length !== 1) return undefined;
  const match = SECTION_MARK.exec(filled[0]!);
  if (match) return match[2]!.trim() || filled[0]!;
  return taskCell ? undefined : filled[0];
}

/** Two rows with one 序号 (a typing slip in the source) must not become one task: later ones get new numbers. */
function renumberDuplicates(drafts: Draft[]): Draft[] {
  const used = new Set<number>();
  let next = Math.max(0, ...drafts.map((d) => d.number)) + 1;
  return drafts.map((d) => {
    const number = used.has(d.number) ? next++ : d.number;
    used.add(number);
    return { ...d, number };
  });
}

function toTask(d: Draft): Task {
  const body = d.text.replace(/[\s。]+$/u, '');
  const inText = !d.target || body.includes(d.target);
  const text = inText ? `${body}。` : `${body}。目标：${d.target}`;
  const searchFrom = inText ? 0 : text.length - d.target.length;
  const fromTarget = findTargets(text.slice(searchFrom));
  const found = fromTarget.length
    ? fromTarget.map((t) => ({ ...t, offset: t.offset + searchFrom }))
    : findTargets(text);
  const stop = text.indexOf('。');
  const units = [...new Set([...d.lead, ...d.units])];
  return {
    number: d.number,
    section: d.section,
    title: text.slice(0, stop > 0 ? stop : undefined),
    text,
    leadUnit: units[0] ?? '',
    units,
    groups: [...new Set(d.groups)],
    targets: found.map((t, i) => ({
      id: `${d.number}.${i + 1}`,
      task: d.number,
      ...t,
    })),
    ...(d.dueBy ? { dueBy: d.dueBy.slice(0, 100) } : {}),
  };
}

const NO_HEADER = {
  zh: '所选区域的前几行中没有表头：需要“工作任务”（或“重点任务”“主要任务”）列，以及“序号”“牵头单位”或“责任单位”列。',
  en: 'No header row in the first rows of the selection: a 工作任务 column and a 序号, 牵头单位 or 责任单位 column are needed.',
};
const NO_TASKS = { zh: '表头下没有任务行。', en: 'No task rows under the header.' };
const UNITS_FROM_ABOVE = {
  zh: '本行单位为空，已沿用上一行的单位（合并单元格常见如此），请核对。',
  en: 'The units were blank and were taken from the row above (as merged cells read); please check.',
};
