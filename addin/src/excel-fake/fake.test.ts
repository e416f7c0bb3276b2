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

describe('fake Excel: what typed text becomes', () => {
  const typed = (text: string, format?: string) => {
    const book = new FakeWorkbook();
    book.year = 2014;
    book.addSheet('S');
    if (format) book.sheet('S')!.ensure(0, 0).numberFormat = format;
    book.type('S', 'A1', text);
    const cell = book.sheet('S')!.cell(0, 0)!;
    return { value: book.valueAt('S', 0, 0), format: cell.numberFormat, formula: cell.formula };
  };

  it.each([
    ['85%', 0.85, '0%'],
    ['12.5%', 0.125, '0.00%'],
    ['2014/6/30', 41820, 'yyyy/m/d'],
    ['5-8', 41767, 'm"月"d"日"'],
    ['1/2', 41641, 'm"月"d"日"'],
    ['6月30日', 41820, 'yyyy"年"m"月"d"日"'],
    ['5:30', 5.5 / 24, 'h:mm'],
    ['1,200', 1200, '#,##0'],
    ['-5', -5, 'General'],
  ])('turns %s in a General cell into %s formatted %s', (text, value, format) => {
    const cell = typed(text);
    expect(cell.value).toBeCloseTo(value, 9);
    expect(cell.format).toBe(format);
  });

  it('keeps text that is not a number: 4,5 and 1.5万 stay as typed', () => {
    expect(typed('4,5').value).toBe('4,5');
    expect(typed('1.5万').value).toBe('1.5万');
  });

  it('hides a leading apostrophe and keeps what follows as text', () => {
    expect(typed("'含2名")).toMatchObject({ value: '含2名', formula: null });
    expect(typed("'5-8")).toMatchObject({ value: '5-8', format: 'General' });
  });

  it('reads = + - @ as formula starters, so -5人次以内 is an error unless written as text', () => {
    expect(typed('-5人次以内')).toMatchObject({ formula: '=-5人次以内', value: '#NAME?' });
    expect(typed('+1+1')).toMatchObject({ value: 2 });
    expect(typed('@SUM(1,2)')).toMatchObject({ formula: '=SUM(1,2)', value: 3 });
    expect(typed('-5人次以内', '@')).toMatchObject({ value: '-5人次以内', formula: null });
  });

  it('converts the value but keeps a number format that is not General (a date then reads as its serial)', () => {
    expect(typed('5-8', '0.00')).toMatchObject({ value: 41767, format: '0.00' });
    expect(typed('5-8', '@')).toMatchObject({ value: '5-8', format: '@' });
  });
});

describe('fake Excel: used range', () => {
  it('counts cells that only carry a format unless asked for values only, as getUsedRange(valuesOnly) does', async () => {
    const { book, host } = setup();
    book.type('S', 'A1', 'x');
    await host.run(async (c) => {
      sheet(c).getRange('B1:B500').numberFormat = Array.from({ length: 500 }, () => ['@']);
      const [all, values] = [sheet(c).getUsedRange(), sheet(c).getUsedRange(true)];
      all.load('address');
      values.load('address');
      await c.sync();
      expect([all.address, values.address]).toEqual(['S!A1:B500', 'S!A1']);
    });
  });
});
