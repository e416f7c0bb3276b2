// Parser figures: the seed plan (cold and warm), generated plans of 100 / 1,000 / 5,000 tasks (chars per ms, which
// must stay flat as plans grow: the parser is linear), and the reading of the real plans in seeds/real/.
import { readFileSync } from 'node:fs';
import { parsePlan } from '../plan/parse';
import { readSeedText } from '../plan/seed-plan';
import { REAL_PLANS, scoreReading } from '../plan/real-plans';
import { printBenchRows, type BenchRow } from './report';

const RUNS = 200;
const SIZES = [100, 1000, 5000];

const seed = readSeedText();
const rows: BenchRow[] = [];
const row = (caseName: string, metric: string, value: number, unit: string) =>
  rows.push({ part: 'shared', case: caseName, metric, value, unit });

const started = performance.now();
const plan = parsePlan(seed);
const coldMs = performance.now() - started;
const seedMs = medianMs(seed, RUNS);
row('parse/seed', 'coldMs', coldMs, 'ms');
row('parse/seed', 'p50Ms', seedMs.p50, 'ms');
row('parse/seed', 'p99Ms', seedMs.p99, 'ms');
row('parse/seed', 'tasks', plan.tasks.length, 'tasks');
row('parse/seed', 'targets', plan.tasks.flatMap((t) => t.targets).length, 'targets');
row('parse/seed', 'charsPerMs', seed.length / seedMs.p50, 'chars/ms');

const speeds: number[] = [];
for (const size of SIZES) {
  const text = generatedPlanText(size);
  const parsed = parsePlan(text);
  if (parsed.tasks.length !== size) throw new Error(`generated plan of ${size} tasks read as ${parsed.tasks.length}`);
  const { p50 } = medianMs(text, size >= 5000 ? 3 : size >= 1000 ? 10 : 30);
  speeds.push(text.length / p50);
  row(`parse/generated-${size}`, 'p50Ms', p50, 'ms');
  row(`parse/generated-${size}`, 'charsPerMs', text.length / p50, 'chars/ms');
}
// Linear: as many chars per ms at 5,000 tasks as at 100 (a ratio well under 1 would mean worse than linear).
row('parse/generated', 'speedRatio5000vs100', speeds.at(-1)! / speeds[0]!, 'ratio');

const scores = REAL_PLANS.map((expected) =>
  scoreReading(
    parsePlan(readFileSync(new URL(`../../../seeds/real/${expected.file}`, import.meta.url), 'utf8')),
    expected,
  ),
);
const sum = (key: keyof (typeof scores)[number]) => scores.reduce((n, s) => n + s[key], 0);
row('parse/real', 'plans', scores.length, 'plans');
row('parse/real', 'targetRecall', sum('found') / sum('expected'), 'ratio');
row('parse/real', 'targetPrecision', sum('found') / sum('given'), 'ratio');
row('parse/real', 'leadAccuracy', sum('leadsRight') / sum('tasks'), 'ratio');
printBenchRows(rows, process.argv);

function medianMs(text: string, runs: number): { p50: number; p99: number } {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    parsePlan(text);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { p50: samples[Math.floor(runs / 2)]!, p99: samples[Math.min(runs - 1, Math.floor(runs * 0.99))]! };
}

/** A plan text of `tasks` tasks in the forms plans use: units in parentheses, labelled fields, targets, sections. */
function generatedPlanText(tasks: number): string {
  const lines = ['某市2024年重点工作任务分工方案'];
  for (let n = 1; n <= tasks; n++) {
    if (n % 25 === 1)
      lines.push(`${'一二三四五六七八九'[Math.floor(n / 25) % 9]}、第${Math.floor(n / 25) + 1}部分工作`);
    const body = `${n}.推进第${n}项工作。全年新建社区服务站${n % 90}个左右，培训基层干部${n % 7}万人次，覆盖率达到${n % 100}%以上。`;
    lines.push(
      n % 2 === 0
        ? `${body}（市民政局牵头，市财政局、市人社局配合，各区县政府）`
        : `${body}\n牵头单位：市发改委\n责任单位：市财政局，各区县政府\n完成时限：${(n % 12) + 1}月底`,
    );
  }
  return lines.join('\n');
}
