// Assessment figures: time to judge a 10,000-target plan (issue 12) from its progress JSON, against parsing that JSON.
import { assessPlan } from '../assessment/assess';
import { syntheticPlan } from '../plan/synthetic';
import type { FigureState, PlanProgress, ReportState, Writer } from '../progress/schema';
import { printBenchRows, type BenchRow } from './report';

const RUNS = 30;
const TARGETS = 10_000;
const AS_OF = '2014-07-08';

const plan = syntheticPlan(TARGETS);
const writer: Writer = { role: 'admin', unit: null, tokenId: 'bench' };
const stamp = (i: number) => ({
  version: 1,
  writer,
  writtenAt: '2014-07-02T02:00:00.000Z',
  writeId: `w${i}`,
  batchId: 'b',
});
// Every target has a figure spread from far behind to done; every other task a report for June.
const figures: FigureState[] = plan.tasks.flatMap((task) =>
  task.targets.map((t, i) => ({
    targetId: t.id,
    value: (t.min * ((task.number + i) % 11)) / 10,
    note: null,
    period: '2014-06',
    ...stamp(i),
  })),
);
const reports: ReportState[] = plan.tasks
  .filter((t) => t.number % 2 === 0)
  .map((t) => ({
    task: t.number,
    status: 'in_progress',
    progress: '推进中',
    problems: '',
    nextSteps: '',
    ...stamp(t.number),
  }));
const json = JSON.stringify({ planId: plan.id, figures, reports });

/** Milliseconds one call takes. */
function time(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}
const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;

const coldMs = time(() => assessPlan(plan, JSON.parse(json) as PlanProgress, AS_OF));
const first = assessPlan(plan, JSON.parse(json) as PlanProgress, AS_OF);
// The two are timed in turn, so that the shared machine's load weighs on both alike and their ratio holds.
const assessTimes: number[] = [];
const parseTimes: number[] = [];
for (let i = 0; i < RUNS; i++) {
  parseTimes.push(time(() => JSON.parse(json)));
  assessTimes.push(time(() => assessPlan(plan, JSON.parse(json) as PlanProgress, AS_OF)));
}
const row = (metric: string, value: number, unit: string): BenchRow => ({
  part: 'shared',
  case: `assess/${TARGETS}`,
  metric,
  value,
  unit,
});
printBenchRows(
  [
    row('coldMs', coldMs, 'ms'),
    row('p50Ms', median(assessTimes), 'ms'),
    // The fastest run shows the cost without the shared machine's other load.
    row('minMs', Math.min(...assessTimes), 'ms'),
    row('floorRatio', median(assessTimes) / median(parseTimes), '× JSON.parse of the progress'),
    row('targets', first.targets.length, 'targets'),
    row('red', first.targets.filter((t) => t.light === 'red').length, 'targets'),
  ],
  process.argv,
);
