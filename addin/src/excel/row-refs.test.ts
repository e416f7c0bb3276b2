import { describe, expect, it } from 'vitest';
import { ADMIN, cellOf, editorOf, seedPlan, setup, valueOf } from '../test/workbook-fixtures';
import { insertPlan } from './insert';
import { pullProgress } from './pull';
import { syncProgress } from './sync';

const seed = seedPlan();
const lead = seed.tasks.find((t) => t.targets.length >= 2)!.leadUnit;
const [t1, t2] = seed.tasks.filter((t) => t.leadUnit === lead).flatMap((t) => t.targets);

describe('results in staff words', () => {
  it('lists what a sync reported and what a pull changed (old → new), with who wrote it, in the pane’s language', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const s = setup(seed, editorOf(lead));
      const deps = { ...s.deps, lang };
      await insertPlan(deps, seed, await s.api.progress(seed.id));
      s.book.type('指标', cellOf(s.book, '指标', t1!.id, 'value'), '30');
      const synced = await syncProgress(deps);
      expect(synced.action).toBe('sync');
      expect(synced.reported).toEqual([
        expect.objectContaining({
          sheet: '指标',
          address: cellOf(s.book, '指标', t1!.id, 'value'),
          label: expect.stringContaining(t1!.id),
          message: '30',
        }),
      ]);

      s.api.writeAs(ADMIN, t2!.id, 9);
      const pulled = await pullProgress(deps);
      expect(pulled.pulled).toEqual([
        expect.objectContaining({
          address: cellOf(s.book, '指标', t2!.id, 'value'),
          message: lang === 'zh' ? '（空） → 9（管理员）' : '(blank) → 9 (Admin)',
        }),
      ]);
      expect(valueOf(s.book, '指标', t2!.id, 'writer')).toBe(lang === 'zh' ? '管理员' : 'Admin');
      expect(valueOf(s.book, '指标', t2!.id, 'approx')).toBe(t2!.approximate ? (lang === 'zh' ? '约' : 'approx.') : '');
    }
  });
});
