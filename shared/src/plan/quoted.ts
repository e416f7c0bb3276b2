// Which characters sit inside quotation marks or book-title marks: names, not statements.

const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』', '《': '》', '"': '"' };
/** Names are short; an opener without a closer this close is a stray mark, not a quote. */
const MAX_QUOTED = 80;

/** `mask[i]` is true when `text[i]` is inside a quoted name such as “千人计划” or 《…》. */
export function quotedMask(text: string): boolean[] {
  const mask = new Array<boolean>(text.length).fill(false);
  for (let i = 0; i < text.length; i++) {
    const closer = PAIRS[text[i]!];
    if (!closer) continue;
    const end = text.indexOf(closer, i + 1);
    if (end < 0 || end - i > MAX_QUOTED) continue;
    mask.fill(true, i + 1, end);
    i = end;
  }
  return mask;
}
