import { describe, expect, it } from 'vitest';
import type { XlChangedEventArgs, XlSelectionChangedEventArgs } from '../excel/types';
import { FakeWorkbook, fakeHost } from './index';

async function watched(apiVersion: string) {
  const book = new FakeWorkbook();
  book.addSheet('S');
  const host = fakeHost(book, apiVersion);
  const changes: XlChangedEventArgs[] = [];
  const selections: XlSelectionChangedEventArgs[] = [];
  await host.run(async (c) => {
    const sheet = c.workbook.worksheets.getItem('S');
    sheet.onChanged.add(async (e) => void changes.push(e));
    sheet.onSelectionChanged.add(async (e) => void selections.push(e));
    await c.sync();
  });
  return { book, host, changes, selections };
}

describe('fake Excel: worksheet events as Excel raises them', () => {
  it('tells a handler about a typed cell later, with its old and new value from ExcelApi 1.9', async () => {
    const { book, changes } = await watched('1.9');
    book.type('S', 'B2', '42');
    expect(changes).toEqual([]); // delivered from Office's message loop, never inside the edit
    await book.events.settled();
    expect(changes).toEqual([
      {
        type: 'WorksheetChanged',
        address: 'B2',
        changeType: 'RangeEdited',
        source: 'Local',
        worksheetId: book.sheet('S')!.id,
        details: { valueBefore: '', valueAfter: 42, valueTypeBefore: 'Empty', valueTypeAfter: 'Integer' },
      },
    ]);
  });

  it('raises one event for a pasted block, without details, and none before a handler is registered', async () => {
    const book = new FakeWorkbook();
    book.addSheet('S');
    book.type('S', 'A1', 'unseen');
    const { changes, book: watchedBook } = await watched('1.8');
    watchedBook.paste(
      'S',
      'H2',
      Array.from({ length: 500 }, (_, i) => [String(i)]),
    );
    await watchedBook.events.settled();
    expect(changes.map((e) => [e.address, e.details])).toEqual([['H2:H501', undefined]]);
    expect(book.events.raised).toHaveLength(1);
  });

  it("raises an event for each of an add-in's range writes, marked as its own only from ExcelApi 1.14", async () => {
    for (const [version, trigger] of [
      ['1.8', undefined],
      ['1.14', 'ThisLocalAddin'],
    ] as const) {
      const { host, book, changes } = await watched(version);
      await host.run(async (c) => {
        const sheet = c.workbook.worksheets.getItem('S');
        sheet.getRange('A1:B2').values = [
          [1, 2],
          [3, 4],
        ];
        sheet.getRange('C3').format.fill.color = '#FDE7E9';
        sheet.getRange('D4').values = [['x']];
        await c.sync();
      });
      await book.events.settled();
      expect(changes.map((e) => [e.address, e.source, e.triggerSource])).toEqual([
        ['A1:B2', 'Local', trigger],
        ['D4', 'Local', trigger],
      ]);
    }
  });

  it('tells selection handlers which cell a person clicked or the add-in selected', async () => {
    const { host, book, selections } = await watched('1.8');
    book.select('S', 'C5');
    await host.run(async (c) => c.workbook.worksheets.getItem('S').getRange('D2').select());
    await book.events.settled();
    expect(selections.map((e) => e.address)).toEqual(['C5', 'D2']);
  });

  it('refuses a paste over a locked cell of a protected sheet as a whole, and raises nothing', async () => {
    const { host, book, changes } = await watched('1.8');
    await host.run(async (c) => {
      const sheet = c.workbook.worksheets.getItem('S');
      sheet.getRange('A1:A2').format.protection.locked = false;
      sheet.protection.protect();
    });
    expect(() => book.paste('S', 'A1', [['1'], ['2'], ['3']])).toThrow(/protected/);
    await book.events.settled();
    expect(changes).toEqual([]);
    expect(book.valueAt('S', 0, 0)).toBe('');
  });

  it('lets fills change on a protected sheet only when it was protected with allowFormatCells', async () => {
    const { host } = await watched('1.8');
    const fill = (allowFormatCells: boolean) =>
      host.run(async (c) => {
        const sheet = c.workbook.worksheets.getItem('S');
        sheet.protection.unprotect();
        sheet.protection.protect({ allowFormatCells });
        await c.sync();
        sheet.getRange('A1').format.fill.color = '#FFF4CE';
        await c.sync();
      });
    await expect(fill(false)).rejects.toMatchObject({ code: 'AccessDenied' });
    await expect(fill(true)).resolves.toBeUndefined();
  });
});
