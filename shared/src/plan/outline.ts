// The plan's body as sections and task paragraphs, whichever numbering the plan uses (issue 9, point 2).
import { MARKER_KINDS, markerOf, splitMidLine, type Marker, type MarkerKind } from './markers';
import { isFieldLine, readResponsibility, type TaskResponsibility } from './responsible';
import type { Section } from './schema';

/** A task as the outline finds it: its number, section and lines (sub-items and field lines included). */
export interface RawTask {
  number: number;
  section: number;
  lines: string[];
}

interface Piece {
  text: string;
  marker: Marker | undefined;
  /** The piece (after its marker) names responsible units. */
  units: boolean;
}

export interface Outline {
  /** Lines before the body: the notice, the title, the general requirements. */
  header: string[];
  sections: Section[];
  tasks: RawTask[];
}

/**
 * Splits the lines into header, sections and tasks. The task level is the highest outline level whose items
 * name their units (a list `一、…（X负责）` is tasks, not sections), else the first of 1. / （1） / （一） present;
 * levels above it are section headings, levels below it sub-items of the task they follow.
 */
export function readOutline(
  lines: readonly string[],
  responsibility: (line: string) => TaskResponsibility = readResponsibility,
): Outline {
  const pieces = markPieces(lines, responsibility);
  const taskKind = chooseTaskKind(pieces);
  if (!taskKind) return { header: [...lines], sections: [], tasks: [] };
  const rank = (kind: MarkerKind) => MARKER_KINDS.indexOf(kind);
  const sectionKind = MARKER_KINDS.find((k) => rank(k) < rank(taskKind) && pieces.some((p) => p.marker?.kind === k));
  const start = bodyStart(pieces, taskKind, sectionKind);
  const sections: Section[] = [];
  const tasks: RawTask[] = [];
  let open: (RawTask & { closed: boolean }) | undefined;
  for (const { text, marker, units } of pieces.slice(start)) {
    if (marker?.kind === taskKind) {
      open = { number: marker.number, section: Math.max(1, sections.length), lines: [marker.rest], closed: units };
      tasks.push(open);
    } else if (marker && rank(marker.kind) < rank(taskKind)) {
      if (marker.kind === sectionKind) sections.push({ number: sections.length + 1, title: marker.rest || text });
      open = undefined;
    } else if (open && (!open.closed || marker || isFieldLine(text))) {
      // Sub-items and field lines belong to the task even after its units; other lines only until then.
      open.lines.push(text);
      open.closed ||= units;
    }
  }
  return { header: pieces.slice(0, Math.max(0, start)).map((p) => p.text), sections, tasks: tasks.map(stripState) };
}

/**
 * Where the body begins: the first task, or the section heading just above it; and never before an attachment
 * heading (附件1) with tasks after it, since what precedes it is the notice (its own 一、 and 1. included).
 */
function bodyStart(pieces: Piece[], taskKind: MarkerKind, sectionKind: MarkerKind | undefined): number {
  const attachment = pieces.findLastIndex(
    (p, i) =>
      /^附件\s*[0-9一二三四五六七八九十]*\s*[:：]?$/.test(p.text) &&
      pieces.slice(i).some((q) => q.marker?.kind === taskKind),
  );
  const from = Math.max(0, attachment + 1);
  const firstTask = pieces.findIndex((p, i) => i >= from && p.marker?.kind === taskKind);
  let start = firstTask;
  for (let i = firstTask - 1; i >= from && pieces[i]!.marker?.kind !== taskKind; i--) {
    if (sectionKind && pieces[i]!.marker?.kind === sectionKind) {
      start = i;
      break;
    }
  }
  return start;
}

const stripState = ({ number, section, lines }: RawTask): RawTask => ({ number, section, lines });

function namesUnits(read: TaskResponsibility): boolean {
  return read.responsible.units.length + read.responsible.groups.length > 0;
}

/** Lines cut where markers sit mid-line, each piece with its marker; a mid-line marker must follow its predecessor. */
function markPieces(lines: readonly string[], responsibility: (line: string) => TaskResponsibility): Piece[] {
  const last: Partial<Record<MarkerKind, number>> = {};
  const pieces: Piece[] = [];
  for (const line of lines) {
    for (const { text, midLine } of splitMidLine(line)) {
      const expected = Object.fromEntries(MARKER_KINDS.map((k) => [k, (last[k] ?? 0) + 1]));
      let marker = markerOf(text, expected);
      if (marker && midLine && marker.number !== expected[marker.kind]) marker = undefined;
      if (marker) last[marker.kind] = marker.number;
      const previous = pieces.at(-1);
      if (midLine && !marker && previous) {
        previous.text += text;
        if (previous.marker) previous.marker.rest += text;
      } else pieces.push({ text, marker, units: false });
    }
  }
  for (const piece of pieces) piece.units = namesUnits(responsibility(piece.marker?.rest ?? piece.text));
  return pieces;
}

/**
 * The task level: the deepest level most of whose items name units (units belong to the nearest marker above
 * them), but （1） only where the plan has no 1. items; else the first of 1. / （1） / （一） present, or 一、 when
 * there are at least three (a bare heading or two over prose is no list of tasks).
 */
function chooseTaskKind(pieces: Piece[]): MarkerKind | undefined {
  const blocks = new Map<MarkerKind, { count: number; withUnits: number }>();
  let current: { kind: MarkerKind; units: boolean } | undefined;
  const close = () => {
    if (!current) return;
    const b = blocks.get(current.kind) ?? { count: 0, withUnits: 0 };
    blocks.set(current.kind, { count: b.count + 1, withUnits: b.withUnits + (current.units ? 1 : 0) });
  };
  for (const { marker, units } of pieces) {
    if (marker) {
      close();
      current = { kind: marker.kind, units };
    } else if (current) current.units ||= units;
  }
  close();
  const carrying = MARKER_KINDS.filter((k) => {
    const b = blocks.get(k);
    return b !== undefined && b.withUnits > 0 && b.withUnits * 2 >= b.count;
  }).at(-1);
  if (carrying === 'sub' && blocks.has('item')) return 'item';
  if (carrying) return carrying;
  const fallback = (['item', 'sub', 'part'] as const).find((k) => blocks.has(k));
  return fallback ?? ((blocks.get('chapter')?.count ?? 0) >= 3 ? 'chapter' : undefined);
}
