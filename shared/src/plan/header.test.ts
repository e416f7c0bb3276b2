// Title and year from the plan itself (issue 9, point 3): inputs written for the test.
import { describe, expect, it } from 'vitest';
import { findDate } from './header';
import { readPlan } from './read';

const TASKS = '1.抓好落实。（市发改委）';

describe('title and year from the plan itself', () => {
  it('takes the plan’s own title, not a cited 《政府工作报告》, and the year it plans for', () => {
    const { plan } = readPlan(
      [
        '某市人民政府办公室',
        '关于分解落实《政府工作报告》2021年重点工作任务的通知',
        '某府办发〔2020〕45号',
        '各区县人民政府，市政府各部门：',
        '现将《政府工作报告》确定的2021年重点工作任务分解如下，请认真抓好落实。',
        '某市人民政府办公室',
        '2020年12月28日',
        '某市2021年重点工作任务分解',
        TASKS,
      ].join('\n'),
    );
    expect(plan).toMatchObject({
      title: '某市2021年重点工作任务分解',
      year: 2021,
      issuer: '某市人民政府办公室',
      issuedOn: '2020-12-28',
    });
  });

  it('falls back to the notice’s subject, never a document number line', () => {
    const { plan } = readPlan(['关于做好2019年十件民生实事的通知', '某政办〔2019〕3号', TASKS].join('\n'));
    expect(plan.title).toBe('做好2019年十件民生实事');
    expect(plan.year).toBe(2019);
  });

  it.each([
    ['05.03.2016', '2016-03-05'],
    ['2016-03-05', '2016-03-05'],
    ['2016/3/5', '2016-03-05'],
    ['二〇一六年三月五日', '2016-03-05'],
    ['2016年3月5日', '2016-03-05'],
  ])('reads the date %s', (written, iso) => {
    expect(findDate(written)).toBe(iso);
    const { plan } = readPlan(`某县重点工作安排\n某县人民政府\n${written}\n${TASKS}`);
    expect([plan.issuedOn, plan.year]).toEqual([iso, 2016]);
  });

  it('reads the signature date at the end of a notice', () => {
    const { plan, warnings } = readPlan(`某县重点工作安排\n${TASKS}\n某县人民政府办公室\n2018年2月1日`);
    expect([plan.issuer, plan.issuedOn, plan.year]).toEqual(['某县人民政府办公室', '2018-02-01', 2018]);
    expect(warnings).toEqual([]);
  });

  it('takes the year of a document number when nothing else gives one', () => {
    const { plan, warnings } = readPlan(`某县重点工作安排\n某政发〔2018〕7号\n${TASKS}`);
    expect([plan.title, plan.year]).toEqual(['某县重点工作安排', 2018]);
    expect(warnings).toEqual([]);
  });

  it('warns, and does not refuse, when there is no year at all', () => {
    const { plan, warnings } = readPlan(`某县重点工作安排\n${TASKS}`, { year: 2024 });
    expect(plan.year).toBe(2024);
    expect(warnings.map((w) => w.kind)).toEqual(['no_year']);
  });
});
