// A1 addresses for ranges the layout describes by zero-based row and column numbers.

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Zero-based, inclusive corners → `B3:D9` (or `B3` for one cell). */
export function rangeAddress(row: number, col: number, lastRow = row, lastCol = col): string {
  const start = `${columnLetter(col)}${row + 1}`;
  return row === lastRow && col === lastCol ? start : `${start}:${columnLetter(lastCol)}${lastRow + 1}`;
}

/** `B3:D9` → zero-based corners; throws on anything else. */
export function parseAddress(address: string): { row: number; col: number; lastRow: number; lastCol: number } {
  const m = /^(?:.*!)?\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(address);
  if (!m) throw new Error(`not an A1 address: ${address}`);
  const col = letterIndex(m[1]!);
  const row = Number(m[2]) - 1;
  return { row, col, lastRow: m[4] ? Number(m[4]) - 1 : row, lastCol: m[3] ? letterIndex(m[3]) : col };
}

function letterIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * Runs of consecutive positions sharing a key, as { first, last, key } positions: one range write instead of one per
 * row. `position` defaults to the array index; items with a null key end a run and belong to none.
 */
export function runs<T>(
  items: readonly T[],
  key: (item: T) => string | null,
  position: (item: T, index: number) => number = (_, index) => index,
): { first: number; last: number; key: string }[] {
  const out: { first: number; last: number; key: string }[] = [];
  items.forEach((item, i) => {
    const k = key(item);
    if (k === null) return;
    const at = position(item, i);
    const prev = out[out.length - 1];
    if (prev?.key === k && prev.last === at - 1) prev.last = at;
    else out.push({ first: at, last: at, key: k });
  });
  return out;
}
