// The fake workbook's state: sheets, tables, document settings, selection, formula results and typing by a person.
import FormulaParser from 'fast-formula-parser';
import type { XlValue } from '../excel/types';
import { parseAddress, rangeAddress } from '../layout/address';
import { store } from './cell';
import { FakeEvents } from './events';
import { FakeSheet, type Bounds } from './sheet';

/** An error shaped like Office.js's (`error.code` is what callers branch on). */
export class FakeOfficeError extends Error {
  override name = 'RichApi.Error';
  constructor(
    public code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface FakeTableState {
  name: string;
  sheet: string;
  address: string;
  /** Excel's default for a new table is TableStyleMedium2. */
  style: string;
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTableState[] = [];
  readonly settings = new Map<string, unknown>();
  selection: { sheet: string; address: string } | null = null;
  activeSheet: string | null = null;
  /** The year Excel completes typed dates with (`5-8` is 8 May of it); tests may fix it. */
  year = new Date().getFullYear();
  /** Calls (sets, methods and loads) run at syncs so far. */
  calls = 0;
  /** Values of `calls` at which the call fails (`failCalls`). */
  private failing = new Set<number>();
  /** Counts changes, so a view can tell that something changed since it last looked. */
  version = 0;
  /** Worksheet events (onChanged, onSelectionChanged) and what they told add-ins. */
  readonly events = new FakeEvents((name) => this.require(name).id);
  private readonly listeners = new Set<() => void>();
  private readonly parser = new FormulaParser({
    onCell: ({ sheet, row, col }) => this.valueAt(sheet, row - 1, col - 1),
    onRange: ({ sheet, from, to }) =>
      Array.from({ length: to.row - from.row + 1 }, (_, r) =>
        Array.from({ length: to.col - from.col + 1 }, (_, c) =>
          this.valueAt(sheet, from.row - 1 + r, from.col - 1 + c),
        ),
      ),
  });

  /**
   * Makes the calls at these positions (1 = the next call run at a sync) fail with GeneralException, as Excel fails an
   * action in the middle of a request: the calls before it in the request stay applied, the rest do not run.
   */
  failCalls(...positions: number[]): void {
    this.failing = new Set(positions.map((p) => this.calls + p));
  }

  /** Called by the fake context before each call it runs. */
  beforeCall(): void {
    if (this.failing.delete(++this.calls)) {
      throw new FakeOfficeError('GeneralException', 'An internal error has occurred.');
    }
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** The sheet, or Office.js's ItemNotFound. */
  require(name: string): FakeSheet {
    const sheet = this.sheet(name);
    if (!sheet) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: worksheet ${name}`);
    return sheet;
  }

  addSheet(name: string): FakeSheet {
    if (this.sheet(name)) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${name} already exists`);
    const sheet = new FakeSheet(
      name,
      `{${String(this.sheets.length + 1).padStart(8, '0')}-FA4E-4000-8000-000000000000}`,
    );
    this.sheets.push(sheet);
    this.activeSheet ??= name;
    return sheet;
  }

  /** `Worksheet.copy`: a copy named `to`, placed last, its tables copied under new names as Excel does. */
  copySheet(name: string, to: string): void {
    if (this.sheet(to)) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${to} already exists`);
    const copy = this.require(name).copy(
      to,
      `{${String(this.sheets.length + 1).padStart(8, '0')}-FA4E-4000-8000-000000000000}`,
    );
    this.sheets.push(copy);
    for (const t of this.tables.filter((x) => x.sheet === name)) {
      this.tables.push({ ...t, sheet: to, name: `${t.name}${this.tables.length + 1}` });
    }
  }

  /** `Worksheet.delete()`: the sheet goes with its tables and charts; Excel refuses to delete the last visible sheet. */
  deleteSheet(name: string): void {
    const sheet = this.require(name);
    if (!this.sheets.some((s) => s !== sheet && s.visibility === 'Visible')) {
      throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet');
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i]!.sheet === name) this.tables.splice(i, 1);
    if (this.activeSheet === name) this.activeSheet = this.sheets.find((s) => s.visibility === 'Visible')!.name;
    if (this.selection?.sheet === name) this.selection = null;
  }

  /** Setting `Worksheet.name`: its tables follow it. */
  renameSheet(name: string, to: string): void {
    if (this.sheet(to)) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${to} already exists`);
    this.require(name).name = to;
    for (const t of this.tables) if (t.sheet === name) t.sheet = to;
    if (this.activeSheet === name) this.activeSheet = to;
  }

  /** `Worksheet.position = n`: moves the sheet to 0-based place `n` (the last place when beyond). */
  moveSheet(name: string, position: number): void {
    const sheet = this.require(name);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(Math.min(position, this.sheets.length), 0, sheet);
  }

  /**
   * What a chart plots, read from its source range as Excel reads a table with headers by columns: the first column
   * gives the categories, each further column a series named by its header.
   */
  chartData(sheetName: string, chartName: string) {
    const chart = this.require(sheetName).charts.find((c) => c.name === chartName);
    if (!chart) throw new FakeOfficeError('ItemNotFound', `No chart named ${chartName} on ${sheetName}`);
    const b = parseAddress(chart.source);
    const at = (r: number, c: number) => this.valueAt(sheetName, r, c);
    const rows = Array.from({ length: b.lastRow - b.row }, (_, i) => b.row + 1 + i);
    return {
      type: chart.type,
      title: chart.title,
      categories: rows.map((r) => at(r, b.col)),
      series: Array.from({ length: b.lastCol - b.col }, (_, i) => b.col + 1 + i).map((c) => ({
        name: at(b.row, c),
        values: rows.map((r) => at(r, c)),
      })),
    };
  }

  /** A cell's value as Office.js reports it: formulas evaluated, errors as `#VALUE!`-style strings. */
  valueAt(sheetName: string, row: number, col: number): XlValue {
    const cell = this.sheet(sheetName)?.cell(row, col);
    if (!cell) return '';
    if (cell.formula === null) return cell.value;
    try {
      const result = this.parser.parse(cell.formula.slice(1), { sheet: sheetName, row: row + 1, col: col + 1 });
      if (result && typeof result === 'object' && 'error' in result) return String(result.error);
      return typeof result === 'number' || typeof result === 'string' || typeof result === 'boolean' ? result : '';
    } catch {
      return '#NAME?';
    }
  }

  /**
   * The fill a cell shows: that of the last text conditional format (`ContainsText`) covering it whose rule its value
   * meets (Excel compares without case; the later rule wins here, as the add-in never overlaps two), else its own.
   */
  fillShown(sheetName: string, row: number, col: number): string | null {
    const sheet = this.sheet(sheetName);
    const text = String(this.valueAt(sheetName, row, col)).toLowerCase();
    const rule = sheet?.conditionalFormats.findLast(({ address, textComparison }) => {
      if (!textComparison || !text) return false;
      const b = parseAddress(address);
      if (row < b.row || row > b.lastRow || col < b.col || col > b.lastCol) return false;
      const wanted = textComparison.rule.text.toLowerCase();
      const { operator } = textComparison.rule;
      return operator === 'BeginsWith'
        ? text.startsWith(wanted)
        : operator === 'EndsWith'
          ? text.endsWith(wanted)
          : operator === 'Contains'
            ? text.includes(wanted)
            : operator === 'NotContains' && !text.includes(wanted);
    });
    return rule?.textComparison?.format.fill.color ?? sheet?.cell(row, col)?.fill ?? null;
  }

  /**
   * What happens when a person types `text` into a cell: refused on a locked cell of a protected sheet
   * (as Excel refuses), otherwise stored like Excel stores typed input, and onChanged raised for the cell.
   * Data validation is not enforced: like a paste in Excel, typing here can put anything in a cell, which is
   * what sync must cope with.
   */
  type(sheetName: string, address: string, text: string): void {
    this.paste(sheetName, address, [[text]]);
  }

  /**
   * A person pasting a block of text at `address` (its top-left cell): all or nothing on a protected sheet, like
   * Excel's protection prompt, and one onChanged event for the whole block, as Excel raises for a paste.
   */
  paste(sheetName: string, address: string, grid: readonly (readonly string[])[]): void {
    const sheet = this.require(sheetName);
    const { row, col } = parseAddress(address);
    const [lastRow, lastCol] = [row + grid.length - 1, col + Math.max(...grid.map((r) => r.length)) - 1];
    const block = rangeAddress(row, col, lastRow, lastCol);
    if (sheet.protected && sheet.anyLocked({ row, col, lastRow, lastCol })) {
      throw new FakeOfficeError('AccessDenied', `The cell ${block} on ${sheetName} is protected`);
    }
    const before = this.valueAt(sheetName, row, col);
    grid.forEach((cells, r) => cells.forEach((text, c) => store(sheet.ensure(row + r, col + c), text, this.year)));
    const single = block === rangeAddress(row, col) ? { before, after: this.valueAt(sheetName, row, col) } : undefined;
    this.events.changed({ sheet: sheetName, address: block, origin: 'person', ...(single ? { single } : {}) });
    this.changed();
  }

  /** A person clicking a cell (or dragging over a range): it becomes the selection, and onSelectionChanged fires. */
  select(sheetName: string, address: string): void {
    this.require(sheetName);
    this.selection = { sheet: sheetName, address };
    this.activeSheet = sheetName;
    this.events.selectionChanged(sheetName, address);
    this.changed();
  }

  /** A person clicking a sheet tab. */
  activate(sheetName: string): void {
    this.require(sheetName);
    this.activeSheet = sheetName;
    this.changed();
  }

  tableAt(sheet: string, b: Bounds): FakeTableState | undefined {
    return this.tables.find((t) => {
      if (t.sheet !== sheet) return false;
      const a = parseAddress(t.address);
      return a.row <= b.lastRow && b.row <= a.lastRow && a.col <= b.lastCol && b.col <= a.lastCol;
    });
  }

  /** Calls `listener` after every change (each sync, each typed cell); returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }
}
