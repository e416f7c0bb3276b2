// Each action parses a row's input cells once, when it reads them; diff, merge, marks and conflict texts reuse that.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { figureCodec, reportCodec, type CellValue } from '@plansync/shared';
import { figureLedger } from '../layout/figure-ledger';
import { reportLedger } from '../layout/report-ledger';
import { ADMIN, cellOf, editorOf, leadAndTargets, seedPlan, inserted } from '../test/workbook-fixtures';
import { markTouched } from './marks';
import { pullProgress } from './pull';
import { syncProgress } from './sync';

const seed = seedPlan();
const {
  lead,
  targets: [t1, t2, t3],
} = leadAndTargets(seed);
const rowCount = { figures: seed.tasks.flatMap((t) => t.targets).length, reports: seed.tasks.length };

/**
 * Watches one action: every input-cell array a ledger read made (`fromExcel`'s result, which the row carries as
 * `cells`) and how often each codec's `parse` was handed that very array.
 */
function watchParses() {
  const read = { figures: [] as CellValue[][], reports: [] as CellValue[][] };
  const fromExcel = (spec: typeof figureLedger | typeof reportLedger, into: CellValue[][]) => {
    const original = spec.fromExcel.bind(spec);
    return vi.spyOn(spec, 'fromExcel').mockImplementation((...args) => {
      const cells = original(...args);
      into.push(cells);
      return cells;
    });
  };
  fromExcel(figureLedger, read.figures);
  fromExcel(reportLedger, read.reports);
  const figureParse = vi.spyOn(figureCodec, 'parse');
  const reportParse = vi.spyOn(reportCodec, 'parse');
  const timesParsed = (spy: typeof figureParse | typeof reportParse, cells: CellValue[][]) =>
    cells.map((c) => spy.mock.calls.filter(([arg]) => arg === c).length);
  return {
    read,
    figures: () => timesParsed(figureParse, read.figures),
    reports: () => timesParsed(reportParse, read.reports),
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('one parse per row per action', () => {
  it('sync: a valid edit, a bad cell, a conflict and a report are each parsed once, as every other row', async () => {
    const { book, api, deps } = await inserted(seed, editorOf(lead));
    api.writeAs(ADMIN, t3!, 45);
    book.type('指标', cellOf(book, '指标', t1!, 'value'), '1.5万');
    book.type('指标', cellOf(book, '指标', t2!, 'value'), '约30');
    book.type('指标', cellOf(book, '指标', t3!, 'value'), '50');
    book.type('进展', cellOf(book, '进展', String(seed.tasks[0]!.number), 'status'), '推进中');
    const watch = watchParses();
    const summary = await syncProgress(deps);
    expect(summary).toMatchObject({ applied: 2, conflicts: [expect.objectContaining({ mine: '50', theirs: '45' })] });
    expect(summary.invalid).toHaveLength(1);
    expect(watch.read.figures).toHaveLength(rowCount.figures);
    expect(watch.read.reports).toHaveLength(rowCount.reports);
    expect(watch.figures()).toEqual(Array<number>(rowCount.figures).fill(1));
    expect(watch.reports()).toEqual(Array<number>(rowCount.reports).fill(1));
  });

  it('pull: rows taking the server value and a row meeting it as a conflict are each parsed once', async () => {
    const { book, api, deps } = await inserted(seed, editorOf(lead));
    api.writeAs(ADMIN, t1!, 11);
    api.writeAs(ADMIN, t2!, 21);
    book.type('指标', cellOf(book, '指标', t2!, 'value'), '25');
    const watch = watchParses();
    const summary = await pullProgress(deps);
    expect(summary.conflicts).toEqual([expect.objectContaining({ key: t2, mine: '25', theirs: '21' })]);
    expect(watch.figures()).toEqual(Array<number>(rowCount.figures).fill(1));
    expect(watch.reports()).toEqual(Array<number>(rowCount.reports).fill(1));
  });

  it('marks while typing: the touched rows are parsed once, their statuses keyed as the pane counts them', async () => {
    const { book, deps } = await inserted(seed, editorOf(lead));
    book.type('指标', cellOf(book, '指标', t1!, 'value'), '约30');
    const watch = watchParses();
    const statuses = await markTouched(deps, [{ spec: figureLedger, span: { first: 0, last: rowCount.figures - 1 } }]);
    expect(statuses.get(`指标!${t1!}`)).toBe('invalid');
    expect(watch.figures()).toEqual(Array<number>(rowCount.figures).fill(1));
  });
});
