import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities';

function only(text: string) {
  const found = findQuantities(text);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('findQuantities', () => {
  it('reads a value with a measure word', () => {
    expect(only('新建5个基地')).toMatchObject({ min: 5, max: 5, unit: '个', approximate: false });
  });

  it('reads 左右 as approximate', () => {
    expect(only('引进50名左右人才')).toMatchObject({ min: 50, max: 50, unit: '名', approximate: true });
  });

  it('reads a range', () => {
    expect(only('新建5-8个工作室')).toMatchObject({ min: 5, max: 8, unit: '个' });
    expect(only('新建５－８个工作室')).toMatchObject({ min: 5, max: 8 });
    expect(only('新建五至八个工作室')).toMatchObject({ min: 5, max: 8 });
  });

  it('multiplies 万 into the value', () => {
    expect(only('就业3万人左右')).toMatchObject({ min: 30000, max: 30000, unit: '人', approximate: true });
    expect(only('培训10万人次')).toMatchObject({ min: 100000, unit: '人次' });
    expect(only('培训1.5万人次')).toMatchObject({ min: 15000 });
  });

  it('reads Chinese numerals', () => {
    expect(only('培训两万人次')).toMatchObject({ min: 20000, unit: '人次' });
    expect(only('选派一千名人才')).toMatchObject({ min: 1000, unit: '名' });
    expect(only('建设十个基地')).toMatchObject({ min: 10 });
    expect(only('建设三十五个基地')).toMatchObject({ min: 35 });
    expect(only('建设一〇〇个基地')).toMatchObject({ min: 100 });
    expect(only('培训一万人次')).toMatchObject({ min: 10000, unit: '人次', indefinite: false });
    expect(only('安排资金十万元')).toMatchObject({ min: 10, unit: '万元' });
  });

  it('keeps money in 万元', () => {
    expect(only('安排资金5000万元')).toMatchObject({ min: 5000, unit: '万元' });
    expect(only('安排资金两亿元')).toMatchObject({ min: 2, unit: '亿元' });
  });

  it('reads 余 and 多 as approximate', () => {
    expect(only('培训100余人')).toMatchObject({ min: 100, approximate: true });
  });

  it('keeps the word after the measure word, and marks the indefinite 一', () => {
    expect(only('控制在50人以内')).toMatchObject({ min: 50, after: '以内', approximate: false });
    expect(only('达到80%以上')).toMatchObject({ min: 80, unit: '%', after: '以上', approximate: false });
    expect(only('形成一批人才')).toMatchObject({ indefinite: true });
  });

  it('ignores numbers without a measure word and bare 千/万 idioms', () => {
    expect(findQuantities('2014年，45岁以下，5年行动计划，四大机制')).toEqual([]);
    expect(findQuantities('千人计划、万人计划、千名校长大练兵')).toEqual([]);
  });

  it('reports offsets into the original text', () => {
    const text = '全年引进扶持50名左右高层次人才';
    const q = only(text);
    expect(text.slice(q.start, q.end)).toBe('50名左右');
  });
});
