// Plan text as scraped (page chrome included) → { plan, warnings }. Pure: runs in Node, workerd and the browser.
import { isChromeLine } from './chrome';
import { TableImportError, planFromTable } from '../import/table-plan';
import { findFlattenedTable } from './flattened-table';
import { findYear, readHeader, type Header } from './header';
import { readOutline, type RawTask } from './outline';
import { PlanParseError } from './parse-error';
import {
  EXCEL_CELL_MAX_CHARS,
  PLAN_TITLE_MAX_CHARS,
  PlanSchema,
  TargetSchema,
  type Plan,
  type PlanWarning,
  type Section,
  type Target,
  type Task,
} from './schema';
import { findVagueAmounts } from './quantities';
import { quotedMask } from './quoted';
import { findTargets } from './targets';
import { rememberingResponsibility, type TaskResponsibility } from './responsible';
import { planWarning } from './warnings';

export interface ReadPlanOptions {
  /** Plan id to use; by default one is derived from the year and title. */
  id?: string;
  /** Year to assume when the text gives none (a `no_year` warning says so); by default the current year. */
  year?: number;
}

/** A plan as far as the text allows, and what the parser could not read with confidence. */
export interface PlanReading {
  plan: Plan;
  warnings: PlanWarning[];
}

/**
 * Reads a work plan: sections (一、…), numbered tasks (1. …) with their responsible units and numeric targets.
 * Never all-or-nothing (issue 9, point 7): what it cannot read becomes a warning (a missing year, a task without
 * units, a target it could not build), and the rest of the plan stands.
 * @throws PlanParseError only when there is nothing to track: an empty text, or no numbered tasks.
 * @example readPlan(readFileSync('seeds/chengdu-2014-talent-work-plan.txt', 'utf8')).plan.tasks.length // 23
 */
export function readPlan(text: string, options: ReadPlanOptions = {}): PlanReading {
  const warnings: PlanWarning[] = [];
  const rawLines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((l) => l.trim().length > 0 && !isChromeLine(l.trim()));
  const lines = rawLines.map((l) => l.trim());
  if (lines.length === 0) throw new PlanParseError('empty', '计划文本为空。The plan text is empty.');

  const body = readTable(rawLines, lines) ?? readText(lines, rememberingResponsibility());
  const fullTitle = body.header.title ?? body.fallbackTitle;
  const title = boundTitle(fullTitle, warnings);
  let year = findYear(fullTitle, body.header.issuedOn, body.header.documentYear);
  if (year === undefined) {
    year = options.year ?? new Date().getFullYear();
    warnings.push(planWarning('no_year', null, title, String(year)));
  }
  const { sections, tasks } = body.read(title, year, warnings);
  const plan = {
    id: options.id ?? defaultPlanId(year, title),
    title,
    issuer: body.header.issuer,
    issuedOn: body.header.issuedOn,
    year,
    sections: sections.length > 0 ? sections : [{ number: 1, title }],
    tasks: tasks.map((task) => boundText(task, warnings)),
    units: [...new Set(tasks.flatMap((t) => t.units))],
  };
  const checked = PlanSchema.safeParse(plan);
  // Every part was built to the schema above; a failure here is a parser bug, reported without zod's wording.
  if (!checked.success) throw new PlanParseError('invalid', '解析结果不完整。The parsed plan is incomplete.');
  return { plan: checked.data, warnings };
}

/** A title for a text that states none: its first clause (`2014年市政府民生实事项目共有42项任务`). */
function firstClause(line: string): string {
  return line.split(/[，,。；;：:]/)[0]!.trim() || line;
}

/** How many last lines of a text may hold the signature and date of a notice signed at its end. */
const TAIL_LINES = 6;

interface Body {
  header: Header;
  /** Title when the header has none. */
  fallbackTitle: string;
  read(title: string, year: number, warnings: PlanWarning[]): { sections: Section[]; tasks: Task[] };
}

/** A plan written as text: the outline's sections and numbered tasks. */
function readText(lines: string[], responsibility: (line: string) => TaskResponsibility): Body {
  const outline = readOutline(lines, responsibility);
  if (outline.tasks.length === 0) throw noTasks();
  return {
    header: readHeader(outline.header, lines.slice(-TAIL_LINES)),
    fallbackTitle: firstClause(lines[0]!),
    read: (_title, _year, warnings) => ({
      sections: outline.sections,
      tasks: numberTasks(outline.tasks).map((raw) => buildTask(raw, warnings, responsibility)),
    }),
  };
}

/** A 任务分解表 flattened to text, read by the import's table reader: columns give number, task, units, deadline. */
function readTable(rawLines: string[], lines: string[]): Body | undefined {
  const table = findFlattenedTable(rawLines);
  if (!table) return undefined;
  return {
    header: readHeader(lines.slice(0, table.headerAt), lines.slice(-TAIL_LINES)),
    fallbackTitle: '任务分解表',
    read: (title, year, warnings) => {
      try {
        const read = planFromTable(table.rows, { id: 'table', title, year });
        warnings.push(...read.warnings);
        return { sections: read.plan.sections, tasks: read.plan.tasks };
      } catch (error) {
        if (error instanceof TableImportError) throw noTasks();
        throw error;
      }
    },
  };
}

function noTasks(): PlanParseError {
  return new PlanParseError(
    'no_tasks',
    '未找到编号任务：计划正文应有以“1.”“2.”等编号开头的任务段落。No numbered tasks found: a plan needs paragraphs starting with “1.”, “2.” …',
  );
}

function boundTitle(title: string, warnings: PlanWarning[]): string {
  if (title.length <= PLAN_TITLE_MAX_CHARS) return title;
  warnings.push(planWarning('title_cut', null, title, String(PLAN_TITLE_MAX_CHARS)));
  return title.slice(0, PLAN_TITLE_MAX_CHARS);
}

/** Keeps the plan's own numbers when they run upwards across sections, else numbers tasks in order. */
function numberTasks(rawTasks: RawTask[]): RawTask[] {
  const increasing = rawTasks.every((t, i) => i === 0 || t.number > rawTasks[i - 1]!.number);
  return increasing && rawTasks[0]!.number > 0 ? rawTasks : rawTasks.map((t, i) => ({ ...t, number: i + 1 }));
}

/** A task's text cut to Excel's cell limit, with a warning; its targets past the cut go with it. */
function boundText(task: Task, warnings: PlanWarning[]): Task {
  if (task.text.length <= EXCEL_CELL_MAX_CHARS) return task;
  warnings.push(planWarning('text_cut', task.number, task.text, String(EXCEL_CELL_MAX_CHARS)));
  const text = task.text.slice(0, EXCEL_CELL_MAX_CHARS);
  const targets = task.targets.filter((t) => t.offset + t.quote.length <= text.length);
  return { ...task, text, title: task.title.slice(0, EXCEL_CELL_MAX_CHARS), targets };
}

function buildTask(
  { number, section, lines }: RawTask,
  warnings: PlanWarning[],
  responsibility: (line: string) => TaskResponsibility,
): Task {
  const { body: read, units, groups, dueBy } = readTaskLines(lines, responsibility);
  const body = read || lines.join('').trim() || String(number);
  if (units.length === 0) warnings.push(planWarning('no_units', number, body));
  const quoted = quotedMask(body);
  for (const vague of findVagueAmounts(body)) {
    if (!quoted[vague.start]) warnings.push(planWarning('unsure_number', number, vague.quote));
  }
  const firstStop = body.indexOf('。');
  const targets: Target[] = [];
  for (const found of findTargets(body)) {
    const target = TargetSchema.safeParse({
      id: `${number}.${targets.length + 1}`,
      task: number,
      ...found,
    });
    if (target.success) targets.push(target.data);
    else warnings.push(planWarning('dropped_target', number, found.quote || found.metric));
  }
  return {
    number,
    section,
    title: firstStop > 0 ? body.slice(0, firstStop) : body,
    text: body,
    leadUnit: units[0] ?? '',
    units,
    groups,
    targets,
    ...(dueBy ? { dueBy } : {}),
  };
}

/** A task's text, units (lead first, across its lines and sub-items) and deadline. */
function readTaskLines(lines: readonly string[], responsibility: (line: string) => TaskResponsibility) {
  const body: string[] = [];
  const units = new Set<string>();
  const groups = new Set<string>();
  let dueBy: string | undefined;
  for (const line of lines) {
    const read = responsibility(line);
    body.push(read.body);
    read.responsible.units.forEach((u) => units.add(u));
    read.responsible.groups.forEach((g) => groups.add(g));
    dueBy ??= read.dueBy;
  }
  return { body: body.join('').trim(), units: [...units], groups: [...groups], dueBy };
}

/** A URL-safe id that stays the same for the same year and title. */
function defaultPlanId(year: number, title: string): string {
  let hash = 0x811c9dc5; // FNV-1a
  for (const ch of title) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `plan-${year}-${hash.toString(36)}`;
}
