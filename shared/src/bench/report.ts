// Benchmark figures: one row per measured number, printed as a table or as one JSON array.
import { z } from 'zod';

export const BenchRowSchema = z.object({
  part: z.enum(['shared', 'worker', 'addin']),
  /** What was measured, e.g. `GET plan/seed` or `sync/10000`. */
  case: z.string(),
  /** e.g. reqPerSec, p50Ms, p99Ms, floorRatio, kvReads, kvWrites, syncs, maxPayloadBytes, cpuMs. */
  metric: z.string(),
  value: z.number(),
  unit: z.string(),
});
export type BenchRow = z.infer<typeof BenchRowSchema>;

/** Rows as an aligned text table, grouped by case. */
export function formatBenchTable(rows: readonly BenchRow[]): string {
  const cells = rows.map((r) => [r.part, r.case, r.metric, formatValue(r.value), r.unit]);
  const header = ['part', 'case', 'metric', 'value', 'unit'];
  const widths = header.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i]!))));
  const line = (c: string[]) => c.map((v, i) => v + ' '.repeat(widths[i]! - width(v))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

/** Prints rows as JSON when `--json` is among the arguments, else as a table. */
export function printBenchRows(rows: readonly BenchRow[], argv: readonly string[]): void {
  console.log(argv.includes('--json') ? JSON.stringify(rows) : formatBenchTable(rows));
}

function formatValue(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return value >= 100 ? value.toFixed(0) : value.toPrecision(3);
}

// CJK characters take two columns in a terminal.
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffef]/.test(ch) ? 2 : 1;
  return w;
}
