// Benchmark figures: one row per measured number, printed as a table or as one JSON array.
import { z } from 'zod';
import { formatTable } from '../text/table';

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

/** Rows as an aligned text table. */
export function formatBenchTable(rows: readonly BenchRow[]): string {
  return formatTable(
    ['part', 'case', 'metric', 'value', 'unit'],
    rows.map((r) => [r.part, r.case, r.metric, formatValue(r.value), r.unit]),
  );
}

/** Prints rows as JSON when `--json` is among the arguments, else as a table. */
export function printBenchRows(rows: readonly BenchRow[], argv: readonly string[]): void {
  console.log(argv.includes('--json') ? JSON.stringify(rows) : formatBenchTable(rows));
}

function formatValue(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return value >= 100 ? value.toFixed(0) : value.toPrecision(3);
}
