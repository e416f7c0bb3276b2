// 本期 and 上期 of a cumulative figure (issue 12): what it was reported at for the period being collected, and what
// it stood at by the end of the period before; and how a write carries the 上期 value so the snapshot keeps it.
import { z } from 'zod';
import type { FigureState, PreviousFigure, ReportingPeriod } from '../progress/schema';
import { civilDateOf, dayNumber, type IsoDate } from './dates';
import { periodBounds } from './periods';

interface Dated {
  period?: ReportingPeriod | undefined;
  writtenAt: string;
}

/**
 * The last day a cumulative record covers: the end of its month or quarter; for a record without one (the year's,
 * or stored before periods existed) the day it was written, in the plans' time zone. Figures are cumulative, so a
 * record covers every period ending on or before that day (kv-design.md, "Reporting periods").
 */
export function coveredThrough(record: Dated): IsoDate {
  return record.period && record.period.length > 4 ? periodBounds(record.period).end : civilDateOf(record.writtenAt);
}

/**
 * The state a figure write leaves, with 上期 carried: of the state it replaces and that state's own `previous`, the
 * newest that covers less than the new write does (a later period's report makes the old figure 上期; a correction
 * within the same period keeps the 上期 it had). Without one, no `previous`.
 * @example withPrevious(julyState, juneState).previous // { value: 30, period: '2014-06', writtenAt: … }
 */
export function withPrevious(next: FigureState, old: FigureState | undefined): FigureState {
  const { previous: _dropped, ...state } = next;
  if (!old) return state;
  const through = dayNumber(coveredThrough(next));
  const earlier = [old, old.previous].find(
    (record): record is PreviousFigure => !!record && dayNumber(coveredThrough(record)) < through,
  );
  if (!earlier) return state;
  const previous: PreviousFigure = {
    value: earlier.value,
    ...(earlier.period ? { period: earlier.period } : {}),
    writtenAt: earlier.writtenAt,
  };
  return { ...state, previous };
}

export const PeriodValuesSchema = z.object({
  /** 本期: the figure reported for the period being collected (or a later one), null while not yet reported. */
  thisPeriod: z.number().nonnegative().nullable(),
  /**
   * 上期: the figure as last reported before the report that counts for this period: where it stood at the end of
   * the period before when the unit reports every period; null when unknown.
   */
  lastPeriod: z.number().nonnegative().nullable(),
});
export type PeriodValues = z.infer<typeof PeriodValuesSchema>;

/**
 * 本期 and 上期 of a figure for the period whose reports are collected, `period`. A state counts as 本期 when it
 * covers the period's end (the rule that makes a unit 已报送, `countsFor`); 上期 is the newest of the state and its
 * carried `previous` that does not.
 */
export function periodValues(state: FigureState | undefined, period: ReportingPeriod): PeriodValues {
  if (!state) return { thisPeriod: null, lastPeriod: null };
  const end = dayNumber(periodBounds(period).end);
  const covers = (record: Dated) => dayNumber(coveredThrough(record)) >= end;
  const before = [state, state.previous].find((record) => !!record && !covers(record));
  return { thisPeriod: covers(state) ? state.value : null, lastPeriod: before?.value ?? null };
}
