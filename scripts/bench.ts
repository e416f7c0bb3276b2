// `npm run bench [-- --json]`: runs every part's benchmark and prints one table, or one JSON array of rows.
import { spawnSync } from 'node:child_process';
import { BenchRowSchema, printBenchRows, type BenchRow } from '../shared/src/bench/report';

const PARTS: { name: string; command: string[] }[] = [
  { name: 'shared', command: ['npx', 'tsx', 'shared/src/bench/parse.bench.ts', '--json'] },
  { name: 'shared (assessment)', command: ['npx', 'tsx', 'shared/src/bench/assess.bench.ts', '--json'] },
  { name: 'worker', command: ['npm', 'run', '-s', 'bench', '-w', '@plansync/worker', '--', '--json'] },
  { name: 'addin', command: ['npm', 'run', '-s', 'bench', '-w', '@plansync/addin', '--', '--json'] },
  { name: 'addin (import)', command: ['npx', 'tsx', 'addin/scripts/bench-import.ts', '--json'] },
  { name: 'addin (typing)', command: ['npx', 'tsx', 'addin/scripts/bench-typing.ts', '--json'] },
];

const rows: BenchRow[] = [];
let failed = false;
for (const part of PARTS) {
  // Progress goes to stderr so that `--json` leaves stdout to the figures alone.
  console.error(`bench: ${part.name}…`);
  const run = spawnSync(part.command[0]!, part.command.slice(1), {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const json = run.stdout.trim().split('\n').at(-1) ?? '';
  if (run.status !== 0 || !json.startsWith('[')) {
    console.error(`bench: ${part.name} failed (exit ${run.status})`);
    failed = true;
    continue;
  }
  rows.push(...BenchRowSchema.array().parse(JSON.parse(json)));
}
printBenchRows(rows, process.argv);
if (failed) process.exitCode = 1;
