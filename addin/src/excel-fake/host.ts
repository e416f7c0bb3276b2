// A complete fake host (Excel.run, document settings, requirement sets) over a FakeWorkbook, for tests,
// the benchmark and the playground.
//
// Why not office-addin-mock: its objects apply writes at once instead of at sync, cannot count syncs or
// payload bytes, and have no notion of ranges, addresses, protection or formulas — the very things the
// add-in's Excel layer must get right. This fake keeps Office.js's proxy semantics (queued writes, loads
// filled at sync, PropertyNotLoaded before that) over a small model of a workbook.
import type { DocSettings, ExcelHost } from '../excel/types';
import { FakeContext, newStats, type SyncStats } from './context';
import type { FakeWorkbook } from './workbook';

/**
 * Excel on the web, the only host with the 5 MB request limit, has every requirement set the add-in branches on
 * (1.9 is the newest: several areas in one op); the benchmark and the real-client lane run as it.
 */
export const WEB_API_VERSION = '1.9';

export interface FakeHost extends ExcelHost {
  stats: SyncStats;
  /** Starts counting afresh (e.g. per measured action). */
  resetStats(): void;
}

/** @example const host = fakeHost(new FakeWorkbook(), '1.8'); await insertPlan(host, …); host.stats.syncs */
export function fakeHost(book: FakeWorkbook, apiVersion = '1.8', clock?: () => number): FakeHost {
  // Which fields event args carry depends on the host's API version (details 1.9, triggerSource 1.14).
  book.events.apiVersion = apiVersion;
  const host: FakeHost = {
    stats: newStats(),
    resetStats: () => void (host.stats = newStats()),
    run: async (batch) => {
      const context = new FakeContext(book, host.stats, clock);
      const result = await batch(context);
      // Excel.run flushes whatever is still queued when the batch returns.
      if (context.hasPending) await context.sync();
      return result;
    },
    settings: fakeSettings(book),
    supports: (version) => compareVersions(apiVersion, version) >= 0,
    build: () => `fake Excel (ExcelApi ${apiVersion})`,
  };
  return host;
}

/** Document settings kept in the fake workbook (as Office keeps them inside the file). */
export function fakeSettings(book: FakeWorkbook): DocSettings {
  return {
    get: (name) => book.settings.get(name) ?? null,
    set: (name, value) => void book.settings.set(name, structuredClone(value)),
    saveAsync: (callback) => queueMicrotask(() => callback?.({ status: 'succeeded' })),
  };
}

/** `1.10` > `1.8`: requirement-set versions compared part by part. */
export function compareVersions(a: string, b: string): number {
  const [pa, pb] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}
