// Parser figures: time to parse the seed plan, first call (cold) and warmed up, in this Node process.
import { readFileSync } from 'node:fs';
import { parsePlan } from '../plan/parse';
import { printBenchRows, type BenchRow } from './report';

const RUNS = 200;

const text = readFileSync(new URL('../../../seeds/chengdu-2014-talent-work-plan.txt', import.meta.url), 'utf8');
let started = performance.now();
const plan = parsePlan(text);
const coldMs = performance.now() - started;
const samples: number[] = [];
for (let i = 0; i < RUNS; i++) {
  started = performance.now();
  parsePlan(text);
  samples.push(performance.now() - started);
}
samples.sort((a, b) => a - b);
const targets = plan.tasks.flatMap((t) => t.targets).length;
const row = (metric: string, value: number, unit: string): BenchRow => ({
  part: 'shared',
  case: 'parse/seed',
  metric,
  value,
  unit,
});
printBenchRows(
  [
    row('coldMs', coldMs, 'ms'),
    row('p50Ms', samples[Math.floor(RUNS / 2)]!, 'ms'),
    row('p99Ms', samples[Math.floor(RUNS * 0.99)]!, 'ms'),
    row('tasks', plan.tasks.length, 'tasks'),
    row('targets', targets, 'targets'),
    row('charsPerMs', text.length / samples[Math.floor(RUNS / 2)]!, 'chars/ms'),
  ],
  process.argv,
);
