// Cuts changes into API batches and gives each an Idempotency-Key that a retry of the same batch reuses.
import { taskOfTarget } from '../plan/target-id';
import { PROGRESS_LIMITS, type FigureInput, type ProgressBatch, type ReportInput } from '../progress/schema';
import { sha256Hex } from '../text/sha256';

/** A batch with the key it is (or was) sent under; the fingerprint recognises the same batch on a retry. */
export interface KeyedBatch {
  key: string;
  fingerprint: string;
  batch: ProgressBatch;
}

/**
 * Changes as few batches as the API's limits allow (usually exactly one): at most `maxEntries` figures and
 * `maxEntries` reports, touching at most `maxTasks` tasks; a task's entries stay in one batch.
 */
export function toBatches(
  figures: readonly FigureInput[],
  reports: readonly ReportInput[],
  maxEntries: number = PROGRESS_LIMITS.batchEntries,
  maxTasks: number = PROGRESS_LIMITS.batchTasks,
): ProgressBatch[] {
  const byTask = new Map<number, { figures: FigureInput[]; reports: ReportInput[] }>();
  const groupOf = (task: number) => byTask.get(task) ?? byTask.set(task, { figures: [], reports: [] }).get(task)!;
  for (const figure of figures) groupOf(taskOfTarget(figure.targetId)).figures.push(figure);
  for (const report of reports) groupOf(report.task).reports.push(report);
  const batches: { figures: FigureInput[]; reports: ReportInput[] }[] = [];
  let tasks = 0;
  for (const group of byTask.values()) {
    const last = batches.at(-1);
    const fits =
      last &&
      tasks < maxTasks &&
      last.figures.length + group.figures.length <= maxEntries &&
      last.reports.length + group.reports.length <= maxEntries;
    if (fits) {
      last.figures.push(...group.figures);
      last.reports.push(...group.reports);
      tasks += 1;
    } else {
      batches.push({ figures: [...group.figures], reports: [...group.reports] });
      tasks = 1;
    }
  }
  return batches.map((b) => ({
    ...(b.figures.length ? { figures: b.figures } : {}),
    ...(b.reports.length ? { reports: b.reports } : {}),
  }));
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
