// Calendar dates as ISO strings (`2014-06-30`) and the day arithmetic the assessment needs, free of time zones.

/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;

/**
 * Offset of the plans' civil time from UTC, in minutes: China Standard Time (UTC+8, no daylight saving). A write
 * stamped `2014-06-30T17:00:00Z` was made on 7月1日 in the office that judges it.
 */
export const PLAN_UTC_OFFSET_MINUTES = 480;

/** Days since 1970-01-01 of an ISO date. */
export function dayNumber(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** The ISO date `n` days after 1970-01-01. */
export function fromDayNumber(n: number): IsoDate {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` for a year, month (1–12) and day, without checking that the day exists. */
export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The last day of a month (1–12). */
export function endOfMonth(year: number, month: number): IsoDate {
  return isoDate(year, month, daysInMonth(year, month));
}

/** True for a well-formed date that exists (`2014-02-30` does not). */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The civil date (in the plans' time zone) at which a UTC timestamp such as a write's `writtenAt` falls. */
export function civilDateOf(timestamp: string, offsetMinutes = PLAN_UTC_OFFSET_MINUTES): IsoDate {
  return new Date(Date.parse(timestamp) + offsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** Year and month (1–12) of an ISO date. */
export function yearMonth(date: IsoDate): { year: number; month: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
}
