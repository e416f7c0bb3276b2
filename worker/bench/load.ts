// A closed-loop HTTP load generator: N lanes each send one request at a time; latencies and KV counts recorded.
import { KV_OPS_HEADER, parseKvOps } from '../src/store/counting-kv';

export interface Sample {
  count: number;
  elapsedMs: number;
  latenciesMs: number[];
  kvReads: number;
  kvWrites: number;
}

/** A lane's next request; `after` sees each response (e.g. to track versions). */
export interface Lane {
  next(): { url: string; init?: RequestInit };
  after?(response: Response, body: string): void;
}

/**
 * Runs every lane until `durationMs` has passed; each response body is read in full.
 * @example const sample = await runLoad(lanes, { durationMs: 2000 });
 */
export async function runLoad(lanes: Lane[], options: { durationMs: number }): Promise<Sample> {
  const sample: Sample = { count: 0, elapsedMs: 0, latenciesMs: [], kvReads: 0, kvWrites: 0 };
  const start = performance.now();
  const deadline = start + options.durationMs;
  await Promise.all(
    lanes.map(async (lane) => {
      while (performance.now() < deadline) {
        const { url, init } = lane.next();
        const sent = performance.now();
        const response = await fetch(url, init);
        const body = await response.text();
        sample.latenciesMs.push(performance.now() - sent);
        if (response.status >= 400)
          throw new Error(`${init?.method ?? 'GET'} ${url} → ${response.status}: ${body.slice(0, 300)}`);
        const ops = parseKvOps(response.headers.get(KV_OPS_HEADER));
        sample.kvReads += ops.reads;
        sample.kvWrites += ops.writes;
        lane.after?.(response, body);
        sample.count += 1;
      }
    }),
  );
  sample.elapsedMs = performance.now() - start;
  return sample;
}

export function merge(samples: Sample[]): Sample {
  return {
    count: samples.reduce((n, s) => n + s.count, 0),
    elapsedMs: samples.reduce((n, s) => n + s.elapsedMs, 0),
    latenciesMs: samples.flatMap((s) => s.latenciesMs),
    kvReads: samples.reduce((n, s) => n + s.kvReads, 0),
    kvWrites: samples.reduce((n, s) => n + s.kvWrites, 0),
  };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export const reqPerSec = (sample: Sample) => (sample.count / sample.elapsedMs) * 1000;
