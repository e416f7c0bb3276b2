// How figures (指标) and reports (进展) map between input cells, synced values, API inputs and server states.
import {
  PROGRESS_LIMITS,
  type FigureInput,
  type FigureState,
  type FigureValue,
  type ReportInput,
  type ReportState,
  type ReportValue,
  type TaskStatus,
} from '../progress/schema';
import { parseFigure, parseStatus, parseText, type CellProblem, type CellValue } from './cell';

export type ParsedRow<V> =
  { ok: true; value: V | null } | { ok: false; problems: { field: number; problem: CellProblem }[] };

/**
 * One kind of synced subject. Diff and merge are written once against this, for figures and reports alike.
 * `fields` name the input cells in the order rows carry them.
 */
export interface SubjectCodec<V, S, I> {
  kind: 'figure' | 'report';
  fields: readonly string[];
  /** Input cells → the value they hold, null when all are blank. */
  parse(cells: readonly CellValue[]): ParsedRow<V>;
  equal(a: V | null, b: V | null): boolean;
  /** The cells that show `value`. */
  cells(value: V | null): CellValue[];
  input(key: string, value: V, baseVersion: number): I;
  keyOf(state: S): string;
  valueOf(state: S): V;
}

export const figureCodec: SubjectCodec<FigureValue, FigureState, FigureInput> = {
  kind: 'figure',
  fields: ['value', 'note'],
  parse([valueCell = null, noteCell = null]) {
    const value = parseFigure(valueCell);
    const note = parseText(noteCell, PROGRESS_LIMITS.noteChars);
    const problems = [value, note].flatMap((p, field) => (p.ok ? [] : [{ field, problem: p.problem }]));
    if (!value.ok || !note.ok) return { ok: false, problems };
    if (value.value === null) {
      if (note.value === '') return { ok: true, value: null };
      return { ok: false, problems: [{ field: 0, problem: { code: 'missing_value', text: '' } }] };
    }
    return { ok: true, value: { value: value.value, note: note.value || null } };
  },
  equal: (a, b) => a === b || (!!a && !!b && a.value === b.value && (a.note || null) === (b.note || null)),
  cells: (v) => (v ? [v.value, v.note ?? ''] : ['', '']),
  input: (targetId, v, baseVersion) => ({ targetId, value: v.value, baseVersion, ...(v.note ? { note: v.note } : {}) }),
  keyOf: (s) => s.targetId,
  // The period rides along (history shows it) but is not a field: equal() ignores it.
  valueOf: (s) => ({ value: s.value, note: s.note, ...(s.period ? { period: s.period } : {}) }),
};

const REPORT_TEXTS = ['progress', 'problems', 'nextSteps'] as const;

export const reportCodec: SubjectCodec<ReportValue, ReportState, ReportInput> = {
  kind: 'report',
  fields: ['status', ...REPORT_TEXTS],
  parse([statusCell = null, ...textCells]) {
    const status = parseStatus(statusCell);
    const texts = REPORT_TEXTS.map((_, i) => parseText(textCells[i] ?? null, PROGRESS_LIMITS.reportChars));
    const problems = [status, ...texts].flatMap((p, field) => (p.ok ? [] : [{ field, problem: p.problem }]));
    if (!status.ok || texts.some((t) => !t.ok)) return { ok: false, problems };
    const [progress, issues, nextSteps] = texts.map((t) => (t.ok ? t.value : ''));
    if (status.value === null) {
      if (!progress && !issues && !nextSteps) return { ok: true, value: null };
      return { ok: false, problems: [{ field: 0, problem: { code: 'missing_status', text: '' } }] };
    }
    return { ok: true, value: reportValue(status.value, progress ?? '', issues ?? '', nextSteps ?? '') };
  },
  equal: (a, b) => a === b || (!!a && !!b && a.status === b.status && REPORT_TEXTS.every((f) => a[f] === b[f])),
  cells: (v) => (v ? [v.status, v.progress, v.problems, v.nextSteps] : ['', '', '', '']),
  input: (task, v, baseVersion) => ({ task: Number(task), ...v, baseVersion }),
  keyOf: (s) => String(s.task),
  valueOf: (s) => ({
    ...reportValue(s.status, s.progress, s.problems, s.nextSteps),
    ...(s.period ? { period: s.period } : {}),
  }),
};

function reportValue(status: TaskStatus, progress: string, problems: string, nextSteps: string): ReportValue {
  return { status, progress, problems, nextSteps };
}
