// What the workbook remembers about its plan between sessions, kept in Office's document settings (inside the file).
import { z } from 'zod';
import type { DocSettings } from './types';

const SETTINGS_KEY = 'plansync';

const WorkbookMetaSchema = z.object({
  planId: z.string(),
  lang: z.enum(['zh', 'en']),
  /** Data rows of 指标 and 进展 (headers excluded). */
  targetRows: z.number().int().nonnegative(),
  taskRows: z.number().int().nonnegative(),
  /** Batches sent without an answer (network failure): a retry of the same batch reuses its Idempotency-Key. */
  pending: z.array(z.object({ key: z.string(), fingerprint: z.string() })),
  /**
   * The 亮灯 columns carry conditional formats (set at insert where ExcelApi 1.6 is supported): refreshes then write
   * no light fills. Absent: static fills, as every workbook inserted before.
   */
  lightRules: z.boolean().optional(),
  /** 请核实 above this many times the target (a setting; plausibility.ts has the default). */
  checkFactor: z.number().positive().optional(),
  /** The add-in wrote the 汇总 sheet: a sheet of that name is its own to rewrite (a person's own 汇总 is never touched). */
  rollUpSheet: z.boolean().optional(),
});
export type WorkbookMeta = z.infer<typeof WorkbookMetaSchema>;

export function readMeta(settings: DocSettings): WorkbookMeta | null {
  const parsed = WorkbookMetaSchema.safeParse(settings.get(SETTINGS_KEY));
  return parsed.success ? parsed.data : null;
}

/** Stores the meta in the document (a settings save is its own round trip, not a context.sync). */
export function saveMeta(settings: DocSettings, meta: WorkbookMeta): Promise<void> {
  settings.set(SETTINGS_KEY, meta);
  return saveSettings(settings);
}

/** Saves the document's settings as they are set. */
export function saveSettings(settings: DocSettings): Promise<void> {
  return new Promise((resolve, reject) =>
    settings.saveAsync((r) =>
      r.status === 'succeeded' ? resolve() : reject(new Error(r.error?.message ?? 'settings not saved')),
    ),
  );
}
