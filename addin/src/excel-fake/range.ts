// The fake's Range: a proxy over a sheet region resolved at sync time, with Excel's protection and shape checks.
import type { CellValue } from '@plansync/shared';
import type { XlConditionalFormat, XlRange, XlValue } from '../excel/types';
import { parseAddress, rangeAddress } from '../layout/address';
import { store, type FakeCell } from './cell';
import { FakeProxy, type RequestQueue } from './proxy';
import { WHOLE_SHEET, type Bounds, type FakeSheet } from './sheet';
import { FakeOfficeError, type FakeWorkbook } from './workbook';

/**
 * `all`: the whole sheet (getRange()); `used`: its used range with formatted cells (getUsedRange()); `usedValues`:
 * with values only (getUsedRange(true)); else an A1 address.
 */
export type RangeTarget = string;

export class FakeRange extends FakeProxy implements XlRange {
  constructor(
    queue: RequestQueue,
    private readonly book: FakeWorkbook,
    private readonly sheetName: string,
    private readonly target: RangeTarget,
  ) {
    super(queue, `${sheetName}!${target}`);
  }

  get values(): XlValue[][] {
    return this.read('values');
  }
  set values(v: XlValue[][]) {
    this.write(
      'values',
      v,
      (s, b) => {
        this.fill(s, b, v, (cell, x) => store(cell, x, this.book.year));
        this.book.events.changed({ sheet: this.sheetName, address: this.addressOf(b), origin: 'addin' });
      },
      'unlocked',
    );
  }
  get text(): string[][] {
    return this.read('text');
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  /** A single string formats every cell of the range, as Excel's "single input copy" does. */
  set numberFormat(v: string[][] | string) {
    this.write('numberFormat', v, (s, b) =>
      typeof v === 'string'
        ? s.forEach(b, (cell) => (cell.numberFormat = v))
        : this.fill(s, b, v, (cell, x) => (cell.numberFormat = String(x))),
    );
  }
  get columnHidden(): boolean {
    return this.read('columnHidden');
  }
  set columnHidden(hidden: boolean) {
    this.columns('columnHidden', hidden, (s, c) => (hidden ? s.hiddenColumns.add(c) : s.hiddenColumns.delete(c)));
  }
  get address(): string {
    return this.read('address');
  }

  clear(applyTo: 'All'): void {
    this.write('clear', applyTo, (s, b) => {
      s.clear(b);
      this.book.events.changed({ sheet: this.sheetName, address: this.addressOf(b), origin: 'addin' });
    });
  }

  select(): void {
    this.call('select', null, () => {
      this.book.selection = {
        sheet: this.sheetName,
        address: this.addressOf(this.bounds(this.book.require(this.sheetName))),
      };
      this.book.activeSheet = this.sheetName;
      this.book.events.selectionChanged(this.sheetName, this.book.selection.address);
    });
  }

  /**
   * Row `index` of an addressed range, and the rectangle spanning two ranges: what Office.js itself calls to split a
   * large `values` or `numberFormat` write into chunks of 1,500 cells (`setRangePropertiesInBulk`).
   */
  getRow(index: number): FakeRange {
    const b = parseAddress(this.target);
    return this.at(rangeAddress(b.row + index, b.col, b.row + index, b.lastCol));
  }
  getBoundingRect(other: FakeRange): FakeRange {
    const [a, b] = [parseAddress(this.target), parseAddress(other.target)];
    return this.at(
      rangeAddress(
        Math.min(a.row, b.row),
        Math.min(a.col, b.col),
        Math.max(a.lastRow, b.lastRow),
        Math.max(a.lastCol, b.lastCol),
      ),
    );
  }
  untrack(): this {
    return this;
  }
  private at(address: string): FakeRange {
    return new FakeRange(this.queue, this.book, this.sheetName, address);
  }

  readonly format: XlRange['format'] = this.makeFormat();
  readonly dataValidation: XlRange['dataValidation'] = this.makeValidation();
  readonly conditionalFormats: XlRange['conditionalFormats'] = {
    add: (type) => {
      // The caller sets the rule and fill on what add() returns before the sync; the sheet keeps that object.
      const made: XlConditionalFormat = {
        dataBar: { barDirection: 'LeftToRight' },
        textComparison: { format: { fill: { color: '' } }, rule: { operator: 'Contains', text: '' } },
      };
      this.write('conditionalFormats.add', type, (s, b) =>
        s.conditionalFormats.push({
          address: this.addressOf(b),
          type,
          ...(type === 'ContainsText' ? { textComparison: made.textComparison } : {}),
        }),
      );
      return made;
    },
    clearAll: () =>
      this.write('conditionalFormats.clearAll', null, (s, b) =>
        removeAt(s.conditionalFormats, this.addressOf(b), b === WHOLE_SHEET),
      ),
  };

  protected snapshot(names: string[]): Record<string, unknown> {
    const sheet = this.book.require(this.sheetName);
    const b = this.bounds(sheet);
    const grid = <T>(get: (row: number, col: number) => T): T[][] =>
      Array.from({ length: b.lastRow - b.row + 1 }, (_, r) =>
        Array.from({ length: b.lastCol - b.col + 1 }, (_, c) => get(b.row + r, b.col + c)),
      );
    const out: Record<string, unknown> = {};
    for (const name of names) {
      if (name === 'values') out.values = grid((r, c) => this.book.valueAt(this.sheetName, r, c));
      // The fake formats nothing: a cell displays its value as a string.
      else if (name === 'text') out.text = grid((r, c) => String(this.book.valueAt(this.sheetName, r, c)));
      else if (name === 'numberFormat') out.numberFormat = grid((r, c) => sheet.cell(r, c)?.numberFormat ?? 'General');
      else if (name === 'address') out.address = `${this.sheetName}!${this.addressOf(b)}`;
      else if (name === 'columnHidden') out.columnHidden = sheet.hiddenColumns.has(b.col);
      else throw new FakeOfficeError('InvalidArgument', `The fake cannot load Range.${name}`);
    }
    return out;
  }

  private bounds(sheet: FakeSheet): Bounds {
    if (this.target === 'all') return WHOLE_SHEET;
    if (this.target === 'used' || this.target === 'usedValues') return sheet.usedBounds(this.target === 'usedValues');
    return parseAddress(this.target);
  }

  private addressOf(b: Bounds): string {
    return rangeAddress(b.row, b.col, b.lastRow, b.lastCol);
  }

  /**
   * A write that a protected sheet refuses, unless it is allowed there: `unlocked` (values) when every target cell
   * is unlocked, `format` (fills, fonts) when the sheet was protected with allowFormatCells.
   */
  private write(
    member: string,
    args: unknown,
    apply: (sheet: FakeSheet, b: Bounds) => void,
    allowed?: 'unlocked' | 'format',
  ): void {
    this.call(member, args, () => {
      const sheet = this.book.require(this.sheetName);
      const b = this.bounds(sheet);
      const permitted =
        allowed === 'unlocked' ? !sheet.anyLocked(b) : allowed === 'format' && !!sheet.protectOptions.allowFormatCells;
      if (sheet.protected && !permitted) {
        throw new FakeOfficeError(
          'AccessDenied',
          `${this.path}: the cell or chart you're trying to change is on a protected sheet`,
        );
      }
      apply(sheet, b);
    });
  }

  private fill(
    sheet: FakeSheet,
    b: Bounds,
    grid: readonly (readonly (CellValue | string)[])[],
    set: (cell: FakeCell, x: XlValue) => void,
  ): void {
    const [rows, cols] = [b.lastRow - b.row + 1, b.lastCol - b.col + 1];
    if (grid.length !== rows || grid.some((r) => r.length !== cols)) {
      throw new FakeOfficeError(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size of ${this.path}`,
      );
    }
    grid.forEach((r, i) => r.forEach((x, j) => set(sheet.ensure(b.row + i, b.col + j), x ?? '')));
  }

  // Office.js exposes formatting as nested objects; each setter queues a call on this range. Getters are not
  // offered: the add-in never reads formats back, and tests inspect the workbook model directly.
  private makeFormat(): XlRange['format'] {
    const cells = (member: string, args: unknown, apply: (cell: FakeCell) => void) =>
      this.write(
        `format.${member}`,
        args,
        (s, b) => s.forEach(b, apply),
        member === 'protection.locked' ? undefined : 'format',
      );
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the accessors below get the returned object as `this`
    const range = this;
    return {
      fill: {
        set color(color: string) {
          cells('fill.color', color, (c) => (c.fill = color));
        },
        clear: () => cells('fill.clear', null, (c) => (c.fill = null)),
      },
      font: {
        set bold(bold: boolean) {
          cells('font.bold', bold, (c) => (c.bold = bold));
        },
      },
      set wrapText(wrap: boolean) {
        cells('wrapText', wrap, (c) => (c.wrap = wrap));
      },
      set verticalAlignment(align: string) {
        cells('verticalAlignment', align, () => undefined);
      },
      set columnWidth(width: number) {
        range.columns('format.columnWidth', width, (s, c) => s.widths.set(c, width));
      },
      protection: {
        set locked(locked: boolean) {
          cells('protection.locked', locked, (c) => (c.locked = locked));
        },
      },
    };
  }

  private makeValidation(): XlRange['dataValidation'] {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the accessors below get the returned object as `this`
    const range = this;
    const record = (member: string, rule: unknown) =>
      this.write(`dataValidation.${member}`, rule, (s, b) => {
        const address = this.addressOf(b);
        removeAt(s.validations, address);
        if (rule) s.validations.push({ address, rule });
      });
    return {
      clear: () => record('clear', null),
      set rule(rule: unknown) {
        record('rule', rule);
      },
      set errorAlert(alert: unknown) {
        range.write('dataValidation.errorAlert', alert, () => undefined);
      },
    } as XlRange['dataValidation'];
  }

  private columns(member: string, args: unknown, apply: (sheet: FakeSheet, col: number) => void): void {
    // Protected sheets here allow formatting columns (see protect options), as the add-in asks for.
    this.call(member, args, () => {
      const sheet = this.book.require(this.sheetName);
      const b = this.bounds(sheet);
      for (let c = b.col; c <= Math.min(b.lastCol, 200); c++) apply(sheet, c);
    });
  }
}

function removeAt(list: { address: string }[], address: string, all = false): void {
  for (let i = list.length - 1; i >= 0; i--) if (all || list[i]!.address === address) list.splice(i, 1);
}
