import { describe, expect, it } from 'vitest';
import { PROGRESS_LIMITS } from '../progress/schema';
import { figureReading, formatFigure, parseFigure, parseStatus, parseText } from './cell';
import { describeProblem } from './messages';

describe('parseFigure', () => {
  it.each([
    [30, 30],
    ['30', 30],
    [' 1,200 ', 1200],
    ['３０', 30],
    ['１，２００', 1200],
    ['１２．５', 12.5],
    ['12,000,000', 12000000],
    ['12.5', 12.5],
    ['1.5万', 15000],
    ['3万', 30000],
    [' 1.1 万 ', 11000],
    ['０.０３万', 300],
    [0, 0],
    ['', null],
    [null, null],
  ])('reads %j as %j', (raw, value) => {
    expect(parseFigure(raw)).toEqual({ ok: true, value });
  });

  it.each([
    ['约30', 'not_a_number'],
    ['4,5', 'bad_separator'],
    ['1,2,3', 'bad_separator'],
    ['1200,5', 'bad_separator'],
    ['5-8', 'date'],
    ['2014/6/30', 'date'],
    ['1/2', 'date'],
    ['5:30', 'date'],
    ['85%', 'percent'],
    ['万', 'not_a_number'],
    ['-1.5万', 'negative'],
    ['30左右', 'not_a_number'],
    [true, 'not_a_number'],
    [-3, 'negative'],
    ['-3', 'negative'],
    ['#VALUE!', 'error_value'],
    ['#N/A', 'error_value'],
    [PROGRESS_LIMITS.maxFigureValue * 10, 'too_large'],
  ])('refuses %j as %s', (raw, code) => {
    const parsed = parseFigure(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem.code).toBe(code);
  });

  it('explains a refused figure in Chinese, quoting what was typed', () => {
    const parsed = parseFigure('约30');
    if (parsed.ok) throw new Error('expected a problem');
    expect(describeProblem(parsed.problem, 'zh')).toContain('“约30”不是数字');
    expect(describeProblem(parsed.problem, 'en')).toContain('"约30" is not a number');
  });
});

describe('figureReading', () => {
  it('says what a written-out figure was read as, and nothing for plain numbers', () => {
    const reading = (raw: string | number) => {
      const parsed = parseFigure(raw);
      return figureReading(raw, parsed.ok ? parsed.value : null);
    };
    expect(reading('1.5万')).toBe(15000);
    expect(reading('1,200')).toBe(1200);
    expect(reading('３０')).toBe(30);
    expect(reading('30')).toBeNull();
    expect(reading(30)).toBeNull();
    expect(reading('约30')).toBeNull();
  });
});

describe('formatFigure', () => {
  it('separates thousands and keeps decimals, and reads back as the same figure', () => {
    const cases: [number, string][] = [
      [0, '0'],
      [4.5, '4.5'],
      [1200, '1,200'],
      [15000, '15,000'],
      [1234.56, '1,234.56'],
      [1e12, '1,000,000,000,000'],
    ];
    for (const [n, text] of cases) {
      expect(formatFigure(n)).toBe(text);
      expect(parseFigure(text)).toEqual({ ok: true, value: n });
    }
  });
});

describe('parseText', () => {
  it('keeps text and numbers as trimmed text', () => {
    expect(parseText('  已完成招聘 ', 10)).toEqual({ ok: true, value: '已完成招聘' });
    expect(parseText(42, 10)).toEqual({ ok: true, value: '42' });
  });
  it('refuses text past the limit and error values', () => {
    expect(parseText('x'.repeat(11), 10)).toMatchObject({ ok: false, problem: { code: 'too_long', limit: 10 } });
    expect(parseText('#REF!', 10)).toMatchObject({ ok: false, problem: { code: 'error_value' } });
  });
});

describe('parseStatus', () => {
  it('accepts Chinese and English labels and codes', () => {
    expect(parseStatus('推进中')).toEqual({ ok: true, value: 'in_progress' });
    expect(parseStatus('Behind')).toEqual({ ok: true, value: 'behind' });
    expect(parseStatus('done')).toEqual({ ok: true, value: 'done' });
    expect(parseStatus('')).toEqual({ ok: true, value: null });
  });
  it('refuses anything else', () => {
    expect(parseStatus('差不多')).toMatchObject({ ok: false, problem: { code: 'unknown_status' } });
  });
});
