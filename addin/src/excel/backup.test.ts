// 插入计划 over filled sheets is all or nothing (issue 11): a failure at any call of its writes leaves the sheets as
// they were, unsynced edits included.
import { describe, expect, it } from 'vitest';
import { workbookToJson } from '../excel-fake/persist';
import type { FakeWorkbook } from '../excel-fake';
import { insertPlan } from './insert';
import { readMeta } from './meta';
import { syncProgress } from './sync';
import { ADMIN, cellOf, seedPlan, valueOf, inserted } from '../test/workbook-fixtures';
import { describeError } from '../taskpane/errors';

const seed = seedPlan();
const [t1, t2] = seed.tasks.flatMap((t) => t.targets).map((t) => t.id);

/** Everything a person could see or the add-in reads again, by sheet name (ids and tab order aside). */
function state(book: FakeWorkbook) {
  const json = structuredClone(workbookToJson(book));
  return {
    sheets: json.sheets
      .map(({ id: _id, ...sheet }) => ({ ...sheet, visibility: book.sheet(sheet.name)!.visibility }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    tables: json.tables,
    settings: json.settings,
  };
}

/** A workbook with the seed inserted, one figure synced and one typed but not synced. */
async function filled() {
  const s = await inserted(seed, ADMIN);
  s.book.type('指标', cellOf(s.book, '指标', t1!, 'value'), '30');
  await syncProgress(s.deps);
  s.book.type('指标', cellOf(s.book, '指标', t2!, 'value'), '1.5万');
  return s;
}

describe('inserting again, all or nothing', () => {
  it('leaves the sheets as they were when a write fails at any point, and inserts on the next try', async () => {
    // Where the writes begin and end: the calls of a whole re-insert, less its two reads.
    const probe = await filled();
    const before = probe.book.calls;
    await insertPlan(probe.deps, seed, await probe.api.progress(seed.id));
    const total = probe.book.calls - before;
    expect(total).toBeGreaterThan(100);
    for (let at = 20; at <= total; at += Math.ceil(total / 25)) {
      const { book, api, deps } = await filled();
      const was = state(book);
      book.failCalls(at);
      const error = await insertPlan(deps, seed, await api.progress(seed.id)).catch((e: unknown) => e);
      if (!(error instanceof Error)) {
        // The failure came while the copies were being deleted: everything had been written, so the insert stands.
        expect(book.sheets.some((s) => s.name.startsWith('plansync备份'))).toBe(false);
        continue;
      }
      expect(state(book), `failing at call ${at} of ${total}`).toEqual(was);
      expect(describeError(error, 'zh').body).not.toContain('internal error');
      await insertPlan(deps, seed, await api.progress(seed.id));
      expect(valueOf(book, '指标', t2!, 'value')).toBe('1.5万');
      expect(book.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['计划', '指标', '进展']));
      expect(book.sheets.some((s) => s.visibility !== 'Visible')).toBe(false);
    }
  }, 60_000);

  it('keeps the sheets hidden when putting them back fails too, and puts them back before the next insert', async () => {
    const { book, api, deps } = await filled();
    const was = state(book);
    // A failure in the middle of the writes, then at the first call of the restore.
    book.failCalls(60, 61);
    const error = await insertPlan(deps, seed, await api.progress(seed.id)).catch((e: unknown) => e);
    expect(describeError(error, 'zh').body).toContain('plansync备份-指标');
    expect(book.sheets.filter((s) => s.visibility === 'Hidden').map((s) => s.name)).toContain('plansync备份-指标');
    expect(state(book)).not.toEqual(was);
    await insertPlan(deps, seed, await api.progress(seed.id));
    expect(book.sheets.some((s) => s.name.startsWith('plansync备份'))).toBe(false);
    expect(valueOf(book, '指标', t2!, 'value')).toBe('1.5万');
    expect(valueOf(book, '指标', t1!, 'value')).toBe(30);
    expect(readMeta(deps.host.settings)?.targetRows).toBe(seed.tasks.flatMap((t) => t.targets).length);
  });
});
