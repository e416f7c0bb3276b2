import { describe, expect, it } from 'vitest';
import { readResponsibility } from './responsible';
import { parseUnitList } from './units';

describe('readResponsibility', () => {
  it('splits named units from catch-all groups after a half-width comma', () => {
    const { body, responsible } = readResponsibility(
      '抓好落实。(市委组织部、市社科联〔市社科院〕,市人才工作领导小组有关成员单位,各区〔市〕县人才工作领导小组)',
    );
    expect(body).toBe('抓好落实。');
    expect(responsible).toEqual({
      units: ['市委组织部', '市社科联〔市社科院〕'],
      groups: ['市人才工作领导小组有关成员单位', '各区〔市〕县人才工作领导小组'],
    });
  });

  it('handles full-width brackets, full-width commas and nested （）', () => {
    const { responsible } = readResponsibility('抓好落实。（市人社局、市委党校（行政学院），各区（市）县政府）');
    expect(responsible).toEqual({ units: ['市人社局', '市委党校（行政学院）'], groups: ['各区（市）县政府'] });
  });

  it('keeps a single lead unit', () => {
    expect(readResponsibility('推进工作。(市商务局)').responsible.units).toEqual(['市商务局']);
  });

  it('leaves a trailing aside that names no unit in the body', () => {
    const { body, responsible } = readResponsibility('支持青年创业(大学生)');
    expect(body).toBe('支持青年创业(大学生)');
    expect(responsible).toEqual({ units: [], groups: [] });
  });

  it('keeps brackets inside the body out of the unit list', () => {
    const { body, responsible } = readResponsibility('支持有条件的区(市)县建立工作站。(市委组织部、市外办)');
    expect(body).toBe('支持有条件的区(市)县建立工作站。');
    expect(responsible.units).toEqual(['市委组织部', '市外办']);
  });
});

describe('parseUnitList', () => {
  it('classifies catch-alls wherever they stand', () => {
    expect(parseUnitList('市教育局、有关单位、市卫生局')).toEqual({
      units: ['市教育局', '市卫生局'],
      groups: ['有关单位'],
    });
  });
});
