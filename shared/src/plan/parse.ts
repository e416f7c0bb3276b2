// Plan text as scraped (page chrome included) → Plan. Pure: runs in Node, workerd and the browser.
import { isChromeLine } from './chrome';
import { findYear, readHeader } from './header';
import { toHalfWidthDigits } from './numerals';
import { PlanSchema, type Plan, type Section, type Task } from './schema';
import { findTargets } from './targets';
import { splitResponsibleUnits } from './units';

export type PlanParseErrorCode = 'empty' | 'no_tasks' | 'no_year' | 'invalid';

/** The text is not a plan this parser can read; the message says what was missing (Chinese, then English). */
export class PlanParseError extends Error {
  override name = 'PlanParseError';
  constructor(
    readonly code: PlanParseErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface ParseOptions {
  /** Plan id to use; by default one is derived from the year and title. */
  id?: string;
}

const SECTION_HEADING = /^([一二三四五六七八九十]+)\s*[、.．]\s*(.+)$/;
const TASK_START = /^(\d{1,3})\s*[.．、](?!\d)\s*(.*)$/;

interface RawTask {
  number: number;
  section: number;
  paragraph: string;
}

/**
 * Parses a work plan: sections (一、…), numbered tasks (1. …) with their responsible units and numeric targets.
 * @throws PlanParseError when the text has no numbered tasks or no year.
 * @example parsePlan(readFileSync('seeds/chengdu-2014-talent-work-plan.txt', 'utf8')).tasks.length // 23
 */
export function parsePlan(text: string, options: ParseOptions = {}): Plan {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !isChromeLine(l));
  if (lines.length === 0) throw new PlanParseError('empty', '计划文本为空。The plan text is empty.');

  const firstSection = lines.findIndex((l) => SECTION_HEADING.test(l));
  const bodyStart = firstSection >= 0 ? firstSection : lines.findIndex((l) => TASK_START.test(toHalfWidthDigits(l)));
  if (bodyStart < 0) throw noTasks();
  const header = readHeader(lines.slice(0, bodyStart));
  const title = header.title ?? lines[0]!;
  const { sections, rawTasks } = readOutline(lines.slice(bodyStart), title);
  if (rawTasks.length === 0) throw noTasks();

  const year = findYear(title, header.issuedOn);
  if (year === undefined) {
    throw new PlanParseError(
      'no_year',
      '未找到计划年度：标题或发文日期中应有年份。No year found in the title or the date of issue.',
    );
  }
  const tasks = numberTasks(rawTasks).map(buildTask);
  const plan = {
    id: options.id ?? defaultPlanId(year, title),
    title,
    issuer: header.issuer,
    issuedOn: header.issuedOn,
    year,
    sections,
    tasks,
    units: [...new Set(tasks.flatMap((t) => t.units))],
  };
  const checked = PlanSchema.safeParse(plan);
  if (!checked.success) {
    throw new PlanParseError(
      'invalid',
      `解析结果不完整：${checked.error.issues[0]?.message}。The parsed plan is incomplete.`,
    );
  }
  return checked.data;
}

/** Like `parsePlan`, but returns the error instead of throwing. */
export function safeParsePlan(
  text: string,
  options: ParseOptions = {},
): { success: true; plan: Plan } | { success: false; error: PlanParseError } {
  try {
    return { success: true, plan: parsePlan(text, options) };
  } catch (error) {
    if (error instanceof PlanParseError) return { success: false, error };
    throw error;
  }
}

function noTasks(): PlanParseError {
  return new PlanParseError(
    'no_tasks',
    '未找到编号任务：计划正文应有以“1.”“2.”等编号开头的任务段落。No numbered tasks found: a plan needs paragraphs starting with “1.”, “2.” …',
  );
}

/** Sections and task paragraphs of the body; a task runs until its responsible units close it or the next heading. */
function readOutline(body: readonly string[], title: string): { sections: Section[]; rawTasks: RawTask[] } {
  const sections: Section[] = [];
  const rawTasks: RawTask[] = [];
  let open: RawTask | undefined;
  for (const line of body) {
    const heading = SECTION_HEADING.exec(line);
    const task = TASK_START.exec(toHalfWidthDigits(line));
    if (heading) {
      sections.push({ number: sections.length + 1, title: heading[2]!.trim() });
      open = undefined;
    } else if (task) {
      const raw = {
        number: Number(task[1]),
        section: Math.max(1, sections.length),
        paragraph: line.slice(line.length - task[2]!.length),
      };
      rawTasks.push(raw);
      open = endsWithUnits(raw.paragraph) ? undefined : raw;
    } else if (open) {
      open.paragraph += line;
      if (endsWithUnits(open.paragraph)) open = undefined;
    }
  }
  if (sections.length === 0) sections.push({ number: 1, title });
  return { sections, rawTasks };
}

/** Whether a task paragraph already ends with its responsible units (named or catch-all), closing the task. */
function endsWithUnits(paragraph: string): boolean {
  const { units, groups } = splitResponsibleUnits(paragraph).responsible;
  return units.length + groups.length > 0;
}

/** Keeps the plan's own numbers when they run upwards across sections, else numbers tasks in order. */
function numberTasks(rawTasks: RawTask[]): RawTask[] {
  const increasing = rawTasks.every((t, i) => i === 0 || t.number > rawTasks[i - 1]!.number);
  return increasing && rawTasks[0]!.number > 0 ? rawTasks : rawTasks.map((t, i) => ({ ...t, number: i + 1 }));
}

function buildTask({ number, section, paragraph }: RawTask): Task {
  const { body, responsible } = splitResponsibleUnits(paragraph);
  const firstStop = body.indexOf('。');
  return {
    number,
    section,
    title: firstStop > 0 ? body.slice(0, firstStop) : body,
    text: body,
    leadUnit: responsible.units[0] ?? '',
    units: responsible.units,
    groups: responsible.groups,
    targets: findTargets(body).map((t, i) => ({
      id: `${number}.${i + 1}`,
      task: number,
      direction: t.approximate ? ('about' as const) : ('at_least' as const),
      ...t,
    })),
  };
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
