// Numeric targets of a task: which quantities are goals, what each counts, and distributive lists.
import { directionOf } from './direction';
import { isNoGoal } from './not-targets';
import { findQuantities, type Quantity } from './quantities';
import { quotedMask } from './quoted';
import type { TargetDirection } from './schema';

/** A target before it gets its id and task number. */
export interface FoundTarget {
  metric: string;
  min: number;
  max: number;
  unit: string;
  approximate: boolean;
  direction: TargetDirection;
  quote: string;
  offset: number;
}

const CLAUSE_BREAK = /[，,。；;：:！!？?\n]/;
/** Adverbs before the verb that say when or how hard, not what is counted. */
const LEADING_ADVERBS = /^(全年|年内|今年|当年|力争|争取|重点|累计|其中|共|计划|再)+/;
/** Where the counted noun stops: the next action begins. */
const NOUN_STOP = /来蓉|来到|(?<!达)到|赴|加强|参加|进行|开展|提供|实现|用于|参与|投身|从事/y;
const LIST_JOINER = /、|和|及|以及|与/y;
const QUOTE_MARKS = /[“”"‘’「」『』]/g;
/** A quantity this close after a joiner is the next item of the same list. */
const SIBLING_GAP = 8;

interface Clause {
  start: number;
  end: number;
}

/** Finds the targets in a task's text, in order of appearance. */
export function findTargets(text: string): FoundTarget[] {
  const quoted = quotedMask(text);
  const targets: FoundTarget[] = [];
  const all = findQuantities(text);
  for (const clause of clauses(text)) {
    const inClause = all.filter(
      (q) => q.start >= clause.start && q.end <= clause.end && isGoal(text, q, quoted, clause),
    );
    let previous: { verb: string; nounEnd: number; hadNoun: boolean } | undefined;
    for (const [i, q] of inClause.entries()) {
      const next = inClause[i + 1];
      const segmentStart = previous ? previous.nounEnd : clause.start;
      const rawPrefix = text.slice(segmentStart, q.start);
      const prefix = stripPrefix(previous ? dropLeadingJoiner(rawPrefix) : rawPrefix);
      const verb = siblingVerb(prefix.verb, previous);
      const nounEnd = findNounEnd(text, q.end, clause.end, next);
      const noun = cleanNoun(text.slice(q.end, nounEnd));
      const metric = clean(verb + noun) || clean(text.slice(q.start, nounEnd));
      const quoteStart = segmentStart + (rawPrefix.length - dropLeadingJoiner(rawPrefix.trimStart()).length);
      const direction = directionOf(text.slice(clause.start, q.start), q.after);
      const approximate = q.approximate || prefix.approximate;
      const base = { min: q.min, max: q.max, unit: q.unit, approximate, direction };
      const fields = prefix.distributive ? distributiveFields(text, clause.start) : undefined;
      if (fields) {
        const quote = text.slice(fields.start, nounEnd);
        for (const field of fields.items)
          targets.push({ ...base, metric: `${metric}（${field}）`, quote, offset: fields.start });
      } else {
        targets.push({ ...base, metric, quote: text.slice(quoteStart, nounEnd), offset: quoteStart });
      }
      previous = { verb, nounEnd, hadNoun: noun.length > 0 };
    }
  }
  return targets;
}

/** Whether a quantity states a goal rather than a name, a reference, a phase, a condition or a count of a list. */
function isGoal(text: string, q: Quantity, quoted: boolean[], clause: Clause): boolean {
  return !quoted[q.start] && !isNoGoal(text, q, text.slice(clause.start, q.start));
}

function clauses(text: string): Clause[] {
  const result: Clause[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || (CLAUSE_BREAK.test(text[i]!) && !isThousandsSeparator(text, i))) {
      if (i > start) result.push({ start, end: i });
      start = i + 1;
    }
  }
  return result;
}

/** A comma between digits that groups thousands (12,500 or 1，000), not one between clauses. */
function isThousandsSeparator(text: string, i: number): boolean {
  return /[,，]/.test(text[i]!) && /\d/.test(text[i - 1] ?? '') && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5));
}

function stripPrefix(raw: string): { verb: string; distributive: boolean; approximate: boolean } {
  let verb = raw.trim().replace(QUOTE_MARKS, '');
  verb = verb.replace(/^在.*?(领域|方面|行业|部门|区域|学科|产业)/, '').replace(LEADING_ADVERBS, '');
  const distributive = verb.startsWith('各');
  if (distributive) verb = verb.slice(1);
  const approximate = /(约|近|大约)$/.test(verb);
  verb = verb.replace(
    /(约|近|大约|达到|达|超过|不少于|不低于|不超过|不高于|控制在|控制到|降至|降到|稳定在|保持在)$/,
    '',
  );
  return { verb, distributive, approximate };
}

/**
 * The verb of a list item: an item without one shares the previous item's (引进50名人才、5个团队);
 * an item that swaps the last word of a noun-first phrase keeps its head (促进大学生就业3万人、创业1000人).
 */
function siblingVerb(verb: string, previous: { verb: string; hadNoun: boolean } | undefined): string {
  if (!previous) return verb;
  if (!verb) return previous.verb;
  if (!previous.hadNoun && verb.length < previous.verb.length) return previous.verb.slice(0, -verb.length) + verb;
  return verb;
}

/** End of the noun after a quantity: the next clause, the next action, or the next list item. */
function findNounEnd(text: string, from: number, clauseEnd: number, next: Quantity | undefined): number {
  let depth = 0;
  // The noun never runs into the next quantity, whose own words start before it.
  const end = next ? Math.min(clauseEnd, next.start) : clauseEnd;
  for (let i = from; i < end; i++) {
    const ch = text[i]!;
    if ('(（'.includes(ch)) depth++;
    if (')）'.includes(ch)) depth--;
    if (depth > 0) continue;
    if (startsWith(NOUN_STOP, text, i)) return i;
    if (next && next.start - i <= SIBLING_GAP && startsWith(LIST_JOINER, text, i)) return i;
  }
  return end;
}

/** Whether the sticky `pattern` matches at `index`, without copying the rest of the text. */
function startsWith(pattern: RegExp, text: string, index: number): boolean {
  pattern.lastIndex = index;
  return pattern.test(text);
}

function dropLeadingJoiner(text: string): string {
  LIST_JOINER.lastIndex = 0;
  const m = LIST_JOINER.exec(text);
  return m ? text.slice(m[0].length) : text;
}

/** The head of the counted noun: what follows the last 的 (具有发展潜质的中青年骨干人才 → 中青年骨干人才). */
function cleanNoun(noun: string): string {
  const head = noun.slice(noun.lastIndexOf('的') + 1);
  return clean(head);
}

function clean(text: string): string {
  return text.replace(QUOTE_MARKS, '').trim();
}

/** The fields of `在A、B、C等…领域，各…`: one target per field. */
function distributiveFields(text: string, clauseStart: number): { start: number; items: string[] } | undefined {
  const sentenceStart = Math.max(text.lastIndexOf('。', clauseStart - 1), text.lastIndexOf('；', clauseStart - 1)) + 1;
  const before = text.slice(sentenceStart, clauseStart);
  const m = /在([^，,。；;]+?)等[^，,。；;]{0,8}?(领域|方面|行业|部门|区域|学科|产业)/.exec(before);
  if (!m) return undefined;
  const items = m[1]!
    .split('、')
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length > 1 ? { start: sentenceStart + m.index, items } : undefined;
}
