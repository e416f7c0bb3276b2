import { describe, expect, it } from 'vitest';
import type { XlContext } from '../excel/types';
import { FakeWorkbook, PAYLOAD_LIMIT, fakeHost } from './index';

function setup() {
  const book = new FakeWorkbook();
  book.addSheet('S');
  return { book, host: fakeHost(book) };
}

const sheet = (c: XlContext) => c.workbook.worksheets.getItem('S');

describe('fake Excel: load/sync semantics', () => {
  it('throws PropertyNotLoaded when a value is read before sync, and returns it after', async () => {
    const { book, host } = setup();
    book.type('S', 'B2', '42');
    await host.run(async (c) => {
      const range = sheet(c).getRange('B2');
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await c.sync();
      expect(range.values).toEqual([[42]]);
    });
    expect(host.stats.syncs).toBe(1);
  });

  it('applies queued writes only at sync, in order', async () => {
    const { book, host } = setup();
    await host.run(async (c) => {
      sheet(c).getRange('A1:B1').values = [['a', 1]];
      expect(book.sheet('S')!.cell(0, 0)).toBeUndefined();
      await c.sync();
      expect(book.sheet('S')!.snapshot()).toEqual([['a', 1]]);
    });
  });

  it('stores text the way Excel does: apostrophe forces text, = makes a formula unless the cell is text', async () => {
    const { book, host } = setup();
    await host.run(async (c) => {
      const s = sheet(c);
      s.getRange('A1:A2').numberFormat = [['@'], ['General']];
      s.getRange('A1:D2').values = [
        ['=1+1', "'=1+1", '4.10', 5],
        ['=1+1', '4.10', '约30', '=D1*2'],
      ];
      const r = s.getRange('A1:D2');
      r.load('values');
      await c.sync();
      expect(r.values).toEqual([
        ['=1+1', '=1+1', 4.1, 5],
        [2, 4.1, '约30', 10],
      ]);
    });
    expect(book.valueAt('S', 0, 2)).toBe(4.1);
  });

  it('refuses a request over 5 MB with RequestPayloadSizeLimitExceeded and counts its bytes', async () => {
    const { host } = setup();
    const big = 'x'.repeat(PAYLOAD_LIMIT);
    await expect(
      host.run(async (c) => {
        sheet(c).getRange('A1').values = [[big]];
        await c.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(host.stats.requestBytes[0]).toBeGreaterThan(PAYLOAD_LIMIT);
  });

  it('refuses writes to locked cells of a protected sheet, and protecting twice', async () => {
    const { book, host } = setup();
    await host.run(async (c) => {
      const s = sheet(c);
      s.getRange('B1').format.protection.locked = false;
      s.protection.protect();
      await c.sync();
      s.getRange('B1').values = [['ok']];
      await c.sync();
      s.getRange('A1').values = [['no']];
      await expect(c.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
      s.protection.protect();
      await expect(c.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    });
    expect(book.sheet('S')!.snapshot()).toEqual([['', 'ok']]);
    expect(() => book.type('S', 'A1', 'x')).toThrow(/protected/);
  });

  it('rejects a values array that does not match the range', async () => {
    const { host } = setup();
    await expect(
      host.run(async (c) => {
        sheet(c).getRange('A1:B2').values = [['only one row', 1]];
        await c.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('reports ItemNotFound for a missing sheet at sync, not before', async () => {
    const { host } = setup();
    await host.run(async (c) => {
      const r = c.workbook.worksheets.getItem('missing').getRange('A1');
      r.load('values');
      await expect(c.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });
});
