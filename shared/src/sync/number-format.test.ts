import { describe, expect, it } from 'vitest';
import { parseFigure } from './cell';
import { describeProblem } from './messages';
import { figureCellFromExcel, isDateFormat, isPercentFormat, serialText } from './number-format';

describe('number formats', () => {
  it.each(['yyyy/m/d', 'm/d/yyyy', 'd-mmm', 'm"月"d"日"', 'm月d日', '[$-804]yyyy"年"m"月"d"日"', 'h:mm', '[h]:mm:ss'])(
    'reads %s as a date or time',
    (format) => expect(isDateFormat(format)).toBe(true),
  );
  it.each(['General', '@', '0%', '0.00%', '#,##0', '0.0_ ', '[Red]#,##0', '"第"0"天"', '[DBNum1]General'])(
    'reads %s as no date',
    (format) => expect(isDateFormat(format)).toBe(false),
  );
  it('tells percentages from numbers whose text shows a % sign', () => {
    expect(isPercentFormat('0%')).toBe(true);
    expect(isPercentFormat('0.0"%"')).toBe(false);
    expect(isPercentFormat('General')).toBe(false);
  });
  it('writes serials as staff read dates', () => {
    expect(serialText(41820)).toBe('2014/6/30');
    expect(serialText(41820.5)).toBe('2014/6/30 12:00');
    expect(serialText(0.2291666666)).toBe('5:30');
  });
});

describe('figureCellFromExcel', () => {
  it('refuses a date-formatted figure, quoting the date rather than sending its serial', () => {
    const cell = figureCellFromExcel(41820, 'yyyy/m/d', '人');
    expect(cell).toBe('2014/6/30');
    const parsed = parseFigure(cell);
    if (parsed.ok) throw new Error('expected a refusal');
    expect(describeProblem(parsed.problem, 'zh')).toContain('“2014/6/30”被当作日期');
  });
  it('reads 85% as 85 when the target is counted in %, and refuses it otherwise', () => {
    expect(figureCellFromExcel(0.85, '0%', '%')).toBe(85);
    expect(figureCellFromExcel(0.123, '0.0%', '%')).toBe(12.3);
    expect(figureCellFromExcel('85%', '@', '%')).toBe('85');
    const other = figureCellFromExcel(0.85, '0%', '人');
    expect(other).toBe('85%');
    expect(parseFigure(other)).toMatchObject({ ok: false, problem: { code: 'percent' } });
  });
  it('passes plain numbers and text through', () => {
    expect(figureCellFromExcel(1200, '#,##0', '人')).toBe(1200);
    expect(figureCellFromExcel('1.5万', 'General', '人')).toBe('1.5万');
    expect(figureCellFromExcel(30, undefined, '人')).toBe(30);
  });
});
