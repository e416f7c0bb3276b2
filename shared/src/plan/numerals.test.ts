import { describe, expect, it } from 'vitest';
import { parseChineseNumber, parseNumber } from './numerals';
import { toHalfWidthNumbers } from '../text/half-width';

describe('parseChineseNumber', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['两百', 200],
    ['一百零五', 105],
    ['三千', 3000],
    ['两万', 20000],
    ['三万五千', 35000],
    ['一千二百三十四', 1234],
    ['十万', 100000],
    ['一亿两千万', 120000000],
    ['二〇一四', 2014],
    ['五', 5],
  ])('%s → %i', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it.each(['', '万', '千', '百', '三十四五', '人', '一二三x'])('%s is not a number', (text) => {
    expect(parseChineseNumber(text)).toBeNaN();
  });
});

describe('parseNumber', () => {
  it('reads Arabic, full-width and decimal numbers', () => {
    expect(parseNumber('50')).toBe(50);
    expect(parseNumber('１０')).toBe(10);
    expect(parseNumber('1.5')).toBe(1.5);
    expect(parseNumber('三十')).toBe(30);
  });

  it('keeps offsets when widening digits', () => {
    expect(toHalfWidthNumbers('新建５－８个')).toBe('新建5-8个');
  });
});

describe('a peer library’s published cases (pkumza/numcn, numcn_test.go), within 亿', () => {
  it.each([
    ['零', 0],
    ['〇', 0],
    ['七', 7],
    ['七十八', 78],
    ['七百六十九', 769],
    ['柒仟壹佰肆拾', 7140],
    ['贰亿叁仟肆佰贰拾叁万肆仟贰佰贰拾叁', 234234223],
    ['七千零一', 7001],
    ['一百一十四', 114],
    ['十六', 16],
    ['六十', 60],
    ['一万四千六百二十三', 14623],
    ['一百零二亿五千零一万一千零三十八', 10250011038],
  ])('%s → %i', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });
});
