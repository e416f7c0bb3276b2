// Cuts changes into API batches and gives each an Idempotency-Key that a retry of the same batch reuses.
import { PROGRESS_LIMITS, type FigureInput, type ProgressBatch, type ReportInput } from '../progress/schema';
import { sha256Hex } from '../text/sha256';

/** A batch with the key it is (or was) sent under; the fingerprint recognises the same batch on a retry. */
export interface KeyedBatch {
  key: string;
  fingerprint: string;
  batch: ProgressBatch;
}

/** Changes as few batches as the API's entry limit allows (usually exactly one). */
export function toBatches(
  figures: readonly FigureInput[],
  reports: readonly ReportInput[],
  maxEntries: number = PROGRESS_LIMITS.batchEntries,
): ProgressBatch[] {
  const count = Math.ceil(Math.max(figures.length, reports.length) / maxEntries);
  return Array.from({ length: count }, (_, i) => {
    const f = figures.slice(i * maxEntries, (i + 1) * maxEntries);
    const r = reports.slice(i * maxEntries, (i + 1) * maxEntries);
    return { ...(f.length ? { figures: f } : {}), ...(r.length ? { reports: r } : {}) };
  });
}

/** SHA-256 of the batch's JSON, hex: equal batches have equal fingerprints. */
export const fingerprint = (batch: ProgressBatch): Promise<string> => sha256Hex(JSON.stringify(batch));

/**
 * Keys for `batches`: a batch identical to one still pending from a failed attempt reuses its key, so the server
 * applies it once; any other batch gets a fresh key from `newKey`.
 */
export async function assignKeys(
  batches: readonly ProgressBatch[],
  pending: readonly Pick<KeyedBatch, 'key' | 'fingerprint'>[],
  newKey: () => string,
): Promise<KeyedBatch[]> {
  const known = new Map(pending.map((p) => [p.fingerprint, p.key]));
  return Promise.all(
    batches.map(async (batch) => {
      const print = await fingerprint(batch);
      return { key: known.get(print) ?? newKey(), fingerprint: print, batch };
    }),
  );
}
