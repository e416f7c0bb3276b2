// The responsible units at the end of a task: `(牵头单位、配合单位…,有关成员单位,各区〔市〕县…)`.

const OPEN = '(（〔[【';
const CLOSE = ')）〕]】';
/** Items that stand for a class of bodies rather than one named unit. */
const CATCH_ALL = /^各|有关|相关|成员单位|协办单位|等(单位|部门)$|^其他/;

export interface ResponsibleUnits {
  /** Named units in the text's order; the first is the lead unit. */
  units: string[];
  /** Catch-all groups such as 市人才工作领导小组有关成员单位. */
  groups: string[];
}

export interface SplitTask {
  /** The task body without the trailing parenthetical. */
  body: string;
  responsible: ResponsibleUnits;
}

/**
 * Splits a task paragraph into its body and the trailing responsible-units parenthetical.
 * A paragraph without one keeps all its text and has no units.
 * @example splitResponsibleUnits('抓好落实。(市委组织部、市人社局,各区〔市〕县人才工作领导小组)')
 */
export function splitResponsibleUnits(paragraph: string): SplitTask {
  const trimmed = paragraph.replace(/[\s。]+$/u, '');
  const start = trailingGroupStart(trimmed);
  if (start < 0) return { body: paragraph.trim(), responsible: { units: [], groups: [] } };
  const inner = trimmed.slice(start + 1, -1);
  const responsible = parseUnitList(inner);
  // A trailing aside such as "(大学生)" is part of the sentence, not a list of units.
  if (!looksLikeUnits(responsible)) return { body: paragraph.trim(), responsible: { units: [], groups: [] } };
  return { body: trimmed.slice(0, start).trimEnd(), responsible };
}

/** Named units and catch-all groups of a parenthetical's inside (without the outer brackets). */
export function parseUnitList(inner: string): ResponsibleUnits {
  const units: string[] = [];
  const groups: string[] = [];
  for (const item of splitTopLevel(inner, '、,，;；')) {
    const name = item.trim();
    if (!name) continue;
    (CATCH_ALL.test(name) ? groups : units).push(name);
  }
  return { units, groups };
}

function looksLikeUnits({ units, groups }: ResponsibleUnits): boolean {
  return (
    groups.length > 0 || units.some((u) => /(部|局|委|办|院|会|厅|处|室|中心|小组|政府|团市委|公司|所|站)$/.test(u))
  );
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

/** Splits on separator characters that are not nested inside brackets. */
function splitTopLevel(text: string, separators: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && separators.includes(ch)) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts;
}
