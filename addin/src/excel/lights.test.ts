// 序时进度 and 亮灯 in the ledgers (issue 12): written at every sync and pull, coloured, in the same number of syncs.
import { LIGHT_LABELS } from '@plansync/shared';
import { describe, expect, it } from 'vitest';
import { NetworkError } from '../api/errors';
import { LIGHT_FILL } from '../layout/lights';
import { pullProgress } from './pull';
import { syncProgress } from './sync';
import { cellAt, cellOf, editorOf, fillShown, inserted, seedPlan, valueOf } from '../test/workbook-fixtures';

const seed = seedPlan();
// A unit leading a counted target (培训 … 人次, 引进 … 名): judged against 序时进度.
const task = seed.tasks.find((t) => t.targets.some((g) => g.min >= 10 && !/[%％]/.test(g.unit)))!;
const target = task.targets.find((g) => g.min >= 10)!;
const lead = task.leadUnit;
const ELAPSED_END_OF_JUNE = 181 / 365;

describe('lights in the ledgers', () => {
  it('after a sync, a figure far behind 序时进度 reads 滞后 on red, and its task too, in 2 syncs', async () => {
    const { book, host, deps } = await inserted(seed, editorOf(lead));
    book.type('指标', cellOf(book, '指标', target.id, 'value'), String(Math.floor(target.min / 10)));
    await syncProgress(deps);
    expect(host.stats.syncs).toBe(2);
    expect(valueOf(book, '指标', target.id, 'light')).toBe(LIGHT_LABELS.red.zh);
    expect(fillShown(book, '指标', target.id, 'light')).toBe(LIGHT_FILL.red);
    expect(valueOf(book, '指标', target.id, 'elapsed')).toBeCloseTo(ELAPSED_END_OF_JUNE, 10);
    expect(valueOf(book, '进展', String(task.number), 'light')).toBe('滞后');
    expect(fillShown(book, '进展', String(task.number), 'light')).toBe(LIGHT_FILL.red);
  });

  it('after a pull, another writer’s figure on pace turns the cell 正常 on green, and 已完成 once reached', async () => {
    const { book, api, host, deps } = await inserted(seed, editorOf(lead));
    const admin = { role: 'admin', unit: null, tokenId: 'adm' } as const;
    api.writeAs(admin, target.id, Math.ceil(target.min * 0.6));
    await pullProgress(deps);
    expect(host.stats.syncs).toBe(2);
    expect(valueOf(book, '指标', target.id, 'light')).toBe('正常');
    expect(fillShown(book, '指标', target.id, 'light')).toBe(LIGHT_FILL.green);
    api.writeAs(admin, target.id, target.min);
    await pullProgress(deps);
    expect(valueOf(book, '指标', target.id, 'light')).toBe('已完成');
    expect(fillShown(book, '指标', target.id, 'light')).toBe(LIGHT_FILL.done);
  });

  it('leaves a target nobody reported without a light, and keeps the lights when the assessment cannot be had', async () => {
    const { book, api, deps } = await inserted(seed, editorOf(lead));
    book.type('指标', cellOf(book, '指标', target.id, 'value'), String(Math.floor(target.min / 10)));
    await syncProgress(deps);
    const other = task.targets.find((g) => g.id !== target.id);
    if (other) expect(valueOf(book, '指标', other.id, 'light')).toBe('无');
    const offline = {
      ...api,
      assessment: () => Promise.reject(new NetworkError('offline')),
    };
    await pullProgress({ ...deps, api: offline });
    expect(valueOf(book, '指标', target.id, 'light')).toBe('滞后');
    expect(fillShown(book, '指标', target.id, 'light')).toBe(LIGHT_FILL.red);
  });

  it('colours by conditional formats where ExcelApi 1.6 is supported: the cell carries words, no fill of its own', async () => {
    const { book, api, deps } = await inserted(seed, editorOf(lead), '1.8');
    book.type('指标', cellOf(book, '指标', target.id, 'value'), String(Math.floor(target.min / 10)));
    await syncProgress(deps);
    expect(fillShown(book, '指标', target.id, 'light')).toBe(LIGHT_FILL.red);
    expect(cellAt(book, '指标', target.id, 'light')!.fill).toBeNull();
    const rules = book.sheet('指标')!.conditionalFormats.filter((f) => f.type === 'ContainsText');
    expect(rules.map((f) => f.textComparison!.rule.text)).toContain('滞后');
    // A pull rewrites only the words; the same rules colour them.
    api.writeAs({ role: 'admin', unit: null, tokenId: 'adm' }, target.id, Math.ceil(target.min * 0.6));
    await pullProgress(deps);
    expect(fillShown(book, '指标', target.id, 'light')).toBe(LIGHT_FILL.green);
    expect(cellAt(book, '指标', target.id, 'light')!.fill).toBeNull();
  });

  it('falls back to static fills where conditional formats are missing (ExcelApi below 1.6), in the same 2 syncs', async () => {
    const { book, host, deps } = await inserted(seed, editorOf(lead), '1.5');
    expect(book.sheet('指标')!.conditionalFormats.some((f) => f.type === 'ContainsText')).toBe(false);
    book.type('指标', cellOf(book, '指标', target.id, 'value'), String(Math.floor(target.min / 10)));
    await syncProgress(deps);
    expect(host.stats.syncs).toBe(2);
    expect(cellAt(book, '指标', target.id, 'light')!.fill).toBe(LIGHT_FILL.red);
    expect(cellAt(book, '进展', String(task.number), 'light')!.fill).toBe(LIGHT_FILL.red);
  });
});
