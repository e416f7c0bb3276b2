import { assessPlan, syntheticPlan, type FigureState } from '@plansync/shared';
import { describe, expect, it } from 'vitest';
import { reportingText } from './reporting-text';

// Tasks of the synthetic plan are led by eight units in turn; one unit reports June, the others do not.
const plan = syntheticPlan(16);
const [first] = plan.tasks;
const figure: FigureState = {
  targetId: first!.targets[0]!.id,
  value: 1,
  note: null,
  period: '2014-06',
  version: 1,
  writer: { role: 'editor', unit: first!.leadUnit, tokenId: 't' },
  writtenAt: '2014-07-02T02:00:00.000Z',
  writeId: 'w',
  batchId: 'b',
};
const judgedOn = (asOf: string) => assessPlan(plan, { figures: [figure], reports: [] }, asOf);
const viewer = { role: 'viewer', unit: null } as const;

describe('reporting text in the pane', () => {
  it('says which period a sync reported', () => {
    expect(reportingText('2014-06', undefined, viewer, 'zh').sent).toBe('本次报送：2014年6月（截至6月底）');
    expect(reportingText('2014-Q2', undefined, viewer, 'en').sent).toBe(
      'This sync reported Q2 2014 (to the end of June)',
    );
  });

  it('lists for the office, after the due day, the units that have not reported', () => {
    const lines = reportingText(undefined, judgedOn('2014-07-08'), viewer, 'zh');
    const others = [...new Set(plan.tasks.map((t) => t.leadUnit))].filter((u) => u !== first!.leadUnit);
    expect(lines.overdue?.heading).toBe(`未报送（2014年6月，7月5日截止）${others.length} 个单位：`);
    expect(lines.overdue?.units).toEqual(others);
    expect(lines.judged).toMatch(/^序时进度 49\.6%（截至6月底）；任务滞后 \d+ 项/);
    expect(reportingText(undefined, judgedOn('2014-07-05'), viewer, 'zh').overdue).toBeNull();
  });

  it('tells an editor about its own unit only', () => {
    const other = plan.tasks[1]!.leadUnit;
    const lines = reportingText(undefined, judgedOn('2014-07-08'), { role: 'editor', unit: other }, 'zh');
    expect(lines.overdue).toBeNull();
    expect(lines.judged).toContain('本单位2014年6月：未报送（7月5日截止）');
    const mine = reportingText(undefined, judgedOn('2014-07-08'), { role: 'editor', unit: first!.leadUnit }, 'zh');
    expect(mine.judged).toContain('本单位2014年6月：已报送');
  });
});
