// Where a task names its responsible units and deadline: labelled fields (牵头单位：…), or a trailing parenthetical.
import { CATCH_ALL, CLOSE, OPEN, UNIT_NAME_END, looksLikeUnits, parseUnitList, type ResponsibleUnits } from './units';

/** Labels of the fields a task may carry (issue 9, point 1): units by role, people, and the deadline. */
const LEAD_LABELS = ['牵头单位', '牵头部门', '主责单位', '主责部门', '主办单位'];
const RESPONSIBLE_LABELS = ['责任单位', '责任部门', '承办单位', '实施单位', '主体单位'];
const CO_LABELS = ['配合单位', '配合部门', '协办单位', '参与单位', '协同单位', '协助单位', '参加单位'];
/** A person is never a unit: these fields are read past. */
const PERSON_LABELS = ['分管领导', '分管市领导', '分管区领导', '分管县领导', '责任领导', '牵头领导', '联系领导'];
const PERSON_LABELS_SHORT = ['项目责任人', '责任人', '联系人', '负责人', '督办人'];
/** Progress written beside the task in a progress report: read past, never a unit. */
const PROGRESS_LABELS = ['实际完成情况', '完成情况', '进展情况', '工作进展'];
const DUE_LABELS = ['完成时限', '完成时间', '完成期限', '时间节点', '时限要求', '时间要求'];
const LABELS = [
  LEAD_LABELS,
  RESPONSIBLE_LABELS,
  CO_LABELS,
  PERSON_LABELS,
  PERSON_LABELS_SHORT,
  PROGRESS_LABELS,
  DUE_LABELS,
]
  .flat()
  .sort((a, b) => b.length - a.length);
const LABEL_SOURCE = `(${LABELS.join('|')})\\s*[:：]`;
const LABEL = new RegExp(LABEL_SOURCE, 'g');
const FIELD_LINE = new RegExp(`^${LABEL_SOURCE}`);
/** A label counts where a field can start: the line's start, after a space, a bracket or a stop. */
const FIELD_BEFORE = /^$|[\s(（〔[【。；;，,]$/;
const MAX_DUE = 100;

export interface TaskResponsibility {
  /** The text without the fields or the parenthetical. */
  body: string;
  responsible: ResponsibleUnits;
  /** 完成时限 as written, when a field gives it. */
  dueBy?: string;
}

/**
 * Reads the responsible units (and deadline) of one line of a task.
 * @example readResponsibility('2.新建养老服务站20个。（牵头单位：市民政局；责任单位：市财政局，各区县政府）')
 *   // lead 市民政局, units [市民政局, 市财政局], groups [各区县政府]
 */
export function readResponsibility(line: string): TaskResponsibility {
  return readLabelledFields(line) ?? readTrailingParenthetical(line);
}

/**
 * `readResponsibility` remembering its answers, for one parse: the outline asks about each line to find where
 * tasks end, and the task builder asks again for their units. Callers never change what it returns.
 */
export function rememberingResponsibility(): (line: string) => TaskResponsibility {
  const read = new Map<string, TaskResponsibility>();
  return (line) => {
    let found = read.get(line);
    if (!found) read.set(line, (found = readResponsibility(line)));
    return found;
  };
}

/** `牵头单位：X；责任单位：Y 完成时限：10月底`, inline, on own lines or inside the closing parenthetical. */
function readLabelledFields(line: string): TaskResponsibility | undefined {
  const found = [...line.matchAll(LABEL)].filter((m) => FIELD_BEFORE.test(line.slice(0, m.index).slice(-1)));
  if (found.length === 0) return undefined;
  const lead: string[] = [];
  const responsible: string[] = [];
  const co: string[] = [];
  const groups: string[] = [];
  let dueBy: string | undefined;
  found.forEach((m, i) => {
    const end = i + 1 < found.length ? found[i + 1]!.index : line.length;
    const value = trimField(line.slice(m.index + m[0].length, end));
    const label = m[1]!;
    if (DUE_LABELS.includes(label)) dueBy = value.slice(0, MAX_DUE) || undefined;
    const list = LEAD_LABELS.includes(label)
      ? lead
      : RESPONSIBLE_LABELS.includes(label)
        ? responsible
        : CO_LABELS.includes(label)
          ? co
          : undefined;
    if (!list) return;
    const parsed = parseUnitList(unitTokens(value), ' \u3000\t');
    list.push(...parsed.units);
    groups.push(...parsed.groups);
  });
  const start = found[0]!.index;
  // Fields inside the closing parenthetical: the bracket that opens it is no part of the body.
  const body = line.slice(0, start).replace(/[(（〔[【]\s*$/, '');
  return {
    body: body.trim(),
    responsible: { units: [...new Set([...lead, ...responsible, ...co])], groups: [...new Set(groups)] },
    ...(dueBy ? { dueBy } : {}),
  };
}

/**
 * The value's leading tokens (split by spaces) that name units: a progress table flattened after the field
 * (`市公安局、市城管局,各区政府 鄞州 海曙 合计 …`) ends the list at its first token that is no unit.
 */
function unitTokens(value: string): string {
  const tokens = value.split(/[\s\u3000]+/).filter(Boolean);
  const isUnits = (token: string) =>
    token.split(/[、,，;；]/).every((part) => !part || UNIT_NAME_END.test(part) || CATCH_ALL.test(part));
  const end = tokens.findIndex((token, i) => i > 0 && !isUnits(token));
  return (end < 0 ? tokens : tokens.slice(0, end)).join(' ');
}

function trimField(value: string): string {
  return value
    .replace(/[〔[【(（]\s*姓名\s*[〕\]】)）]/g, '')
    .replace(/^[\s:：]+|[\s。；;，,)）〕\]】]+$/g, '')
    .trim();
}

/** `…。(市委组织部、市人社局,各区〔市〕县人才工作领导小组)`, `（市农业局牵头，市水务局配合）`, `（科技部负责）`. */
function readTrailingParenthetical(line: string): TaskResponsibility {
  const none = { body: line.trim(), responsible: { units: [], groups: [] } };
  const trimmed = trimEndOf(line, /[\s。；;]/);
  const start = trailingGroupStart(trimmed);
  if (start < 0) return none;
  const responsible = parseUnitList(trimmed.slice(start + 1, -1));
  // A trailing aside such as "(大学生)" is part of the sentence, not a list of units.
  if (!looksLikeUnits(responsible)) return none;
  return { body: trimmed.slice(0, start).trimEnd(), responsible };
}

/** Index of the bracket opening the group that ends the text, or -1. */
function trailingGroupStart(text: string): number {
  if (!CLOSE.includes(text.at(-1) ?? '')) return -1;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (CLOSE.includes(ch)) depth++;
    else if (OPEN.includes(ch) && --depth === 0) return i;
  }
  return -1;
}

/** Whether a line is only fields (牵头单位：…), as written on the lines after a task. */
export function isFieldLine(line: string): boolean {
  return FIELD_LINE.test(line);
}

/** The text without trailing characters matching `ch` (a loop: an anchored regex rescans long runs). */
function trimEndOf(text: string, ch: RegExp): string {
  let end = text.length;
  while (end > 0 && ch.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}
