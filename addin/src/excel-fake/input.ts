// What Excel (Chinese locale) makes of typed text in a cell that is not formatted as text: numbers, percentages,
// dates, times and formulas. Sources: Microsoft's "Stop automatically changing numbers to dates", KB 214233 (a slash
// or hyphen may make a date, a colon a time), and Excel's formula entry (`=`, `+`, `-`, `@` start a formula).

export type Converted =
  { kind: 'number'; value: number; format?: string } | { kind: 'formula'; formula: string } | { kind: 'text' };

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[+-]?\.\d+$/;
const PERCENT = /^([+-]?(?:\d+(?:\.\d+)?|\.\d+))%$/;
const FULL_DATE = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/;
const CHINESE_DATE = /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日$/;
const MONTH_DAY = /^(\d{1,2})[/-](\d{1,2})$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** Excel's serial of a calendar date (1900 date system: 1 = 1900-01-01, 2014-06-30 = 41820). */
function dateSerial(year: number, month: number, day: number): number | null {
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return (ms - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** `input` as Excel stores it; `year` completes dates typed without one (`5-8` is 8 May of this year). */
export function convertInput(input: string, year: number): Converted {
  const text = input.trim();
  if (NUMBER.test(text)) {
    return {
      kind: 'number',
      value: Number(text.replace(/,/g, '')),
      ...(text.includes(',') ? { format: '#,##0' } : {}),
    };
  }
  if (/^[=+\-@]./.test(input)) return { kind: 'formula', formula: `=${input.replace(/^[=@]/, '')}` };
  const percent = PERCENT.exec(text);
  if (percent) {
    const value = Number(percent[1]) / 100;
    return { kind: 'number', value, format: percent[1]!.includes('.') ? '0.00%' : '0%' };
  }
  const date = dateOf(text, year);
  if (date) return { kind: 'number', ...date };
  const time = TIME.exec(text);
  if (time && Number(time[1]) < 24 && Number(time[2]) < 60) {
    const [h, m, s] = [Number(time[1]), Number(time[2]), Number(time[3] ?? 0)];
    return { kind: 'number', value: (h * 3600 + m * 60 + s) / 86_400, format: time[3] ? 'h:mm:ss' : 'h:mm' };
  }
  return { kind: 'text' };
}

function dateOf(text: string, year: number): { value: number; format: string } | null {
  const full = FULL_DATE.exec(text);
  const chinese = CHINESE_DATE.exec(text);
  const monthDay = MONTH_DAY.exec(text);
  const [y, m, d, format] = full
    ? [Number(full[1]), Number(full[2]), Number(full[3]), 'yyyy/m/d']
    : chinese
      ? [chinese[1] ? Number(chinese[1]) : year, Number(chinese[2]), Number(chinese[3]), 'yyyy"年"m"月"d"日"']
      : monthDay
        ? [year, Number(monthDay[1]), Number(monthDay[2]), 'm"月"d"日"']
        : [0, 0, 0, ''];
  if (!format) return null;
  const value = dateSerial(y, m, d);
  return value === null ? null : { value, format };
}
