// Which characters sit inside quotation marks or book-title marks: names, not statements.

const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』', '《': '》', '"': '"' };
const OPENER = /[“‘「『《"]/g;
/** Names are short; an opener without a closer this close is a stray mark, not a quote. */
const MAX_QUOTED = 80;
/** A quote with clause punctuation is a statement, such as a goal quoted from a speech (issue 9, point 6). */
const STATEMENT = /[，,。；;：:！!？?]/;

/**
 * `mask[i]` is true when `text[i]` is inside a quoted name such as “千人计划” or 《…》; a quoted statement
 * (“到年底，新增技能人才3000名左右，持证率达到60%”) is not masked, so its goals stay goals.
 */
export function quotedMask(text: string): boolean[] {
  const mask = new Array<boolean>(text.length).fill(false);
  let from = 0;
  for (const m of text.matchAll(OPENER)) {
    const i = m.index;
    if (i < from) continue;
    const inner = text.slice(i + 1, i + 1 + MAX_QUOTED);
    const end = inner.indexOf(PAIRS[m[0]]!);
    if (end < 0) continue;
    if (m[0] === '《' || !STATEMENT.test(inner.slice(0, end))) mask.fill(true, i + 1, i + 1 + end);
    from = i + end + 2;
  }
  return mask;
}
