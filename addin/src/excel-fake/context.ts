// The fake's request context: worksheets and tables as proxies, and sync() that applies the queue, fills loads,
// counts round trips and refuses payloads over Excel on the web's 5 MB limit.
import type { XlAreas, XlChart, XlContext, XlRange, XlTable, XlWorksheet } from '../excel/types';
import { parseAddress } from '../layout/address';
import { FakeChart } from './chart';
import { FakeProxy, type Queued, type RequestQueue } from './proxy';
import { FakeRange } from './range';
import type { FakeSheet } from './sheet';
import { FakeOfficeError, type FakeWorkbook } from './workbook';

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** What a run of actions cost: one entry per context.sync(). */
export interface SyncStats {
  syncs: number;
  requestBytes: number[];
  responseBytes: number[];
  /** Milliseconds spent inside the fake itself (to subtract from the add-in's own CPU time). */
  fakeMs: number;
  /** Of which serializing the requests: the floor any add-in pays to put the same bytes on the wire. */
  serializeMs: number;
}

export const newStats = (): SyncStats => ({ syncs: 0, requestBytes: [], responseBytes: [], fakeMs: 0, serializeMs: 0 });

const encoder = new TextEncoder();
let tableCounter = 0;
let chartCounter = 0;
const bytesOf = (data: unknown) => encoder.encode(JSON.stringify(data)).length;

class FakeTable extends FakeProxy implements XlTable {
  constructor(
    queue: RequestQueue,
    private readonly book: FakeWorkbook,
    private tableName: string,
  ) {
    super(queue, `table:${tableName}`);
  }
  get name(): string {
    return this.read('name');
  }
  set name(name: string) {
    const old = this.tableName;
    this.call('name', name, () => {
      const t = this.book.tables.find((x) => x.name === old);
      if (t) t.name = name;
    });
    this.tableName = name;
  }
  get style(): string {
    return this.read('style');
  }
  set style(style: string) {
    const name = this.tableName;
    this.call('style', style, () => void (this.find(name).style = style));
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  private find(name: string) {
    const table = this.book.tables.find((t) => t.name === name);
    if (!table) throw new FakeOfficeError('ItemNotFound', `No table named ${name}`);
    return table;
  }
  convertToRange(): never {
    const name = this.tableName;
    this.call('convertToRange', null, () => {
      const table = this.find(name);
      if (this.book.require(table.sheet).protected)
        throw new FakeOfficeError('AccessDenied', `Table ${name} is on a protected sheet`);
      this.book.tables.splice(this.book.tables.indexOf(table), 1);
    });
    return undefined as never;
  }
  protected snapshot(names: string[]) {
    const t = this.book.tables.find((x) => x.name === this.tableName);
    return Object.fromEntries(names.map((n) => [n, n === 'isNullObject' ? !t : n === 'name' ? t?.name : t?.style]));
  }
}

/**
 * One object standing for several: a property set or a method called on it (or on anything reached from it, such as
 * `format.fill`) is set or called on each target in turn.
 */
function fanOut<T extends object>(targets: readonly T[]): T {
  return new Proxy(targets[0]!, {
    get: (_, key) => {
      const members = targets.map((t) => Reflect.get(t, key) as unknown);
      const first = members[0];
      if (typeof first === 'function') {
        return (...args: unknown[]) =>
          members.forEach((m, i) => void (m as (...a: unknown[]) => unknown).apply(targets[i], args));
      }
      return first !== null && typeof first === 'object' ? fanOut(members as object[]) : first;
    },
    set: (_, key, value) => targets.every((t) => Reflect.set(t, key, value)),
  });
}

class FakeWorksheet extends FakeProxy implements XlWorksheet {
  constructor(
    queue: RequestQueue,
    private readonly book: FakeWorkbook,
    /** Follows a rename queued on this object, as Office.js's object paths do. */
    public sheetName: string,
  ) {
    super(queue, `sheet:${sheetName}`);
  }
  get name(): string {
    return this.read('name');
  }
  set name(to: string) {
    const from = this.sheetName;
    this.call('name', to, () => this.book.renameSheet(from, to));
    this.sheetName = to;
  }
  get position(): number {
    return this.read('position');
  }
  set position(position: number) {
    const name = this.sheetName;
    this.call('position', position, () => this.book.moveSheet(name, position));
  }
  set visibility(visibility: string) {
    const name = this.sheetName;
    this.call(
      'visibility',
      visibility,
      () => void (this.book.require(name).visibility = visibility as FakeSheet['visibility']),
    );
  }
  /** `Worksheet.copy` (ExcelApi 1.7): the copy is named as Excel names it, `指标 (2)`, and placed last. */
  copy(): XlWorksheet {
    const name = this.sheetName;
    let k = 2;
    while (this.book.sheet(`${name} (${k})`)) k++;
    const to = `${name} (${k})`;
    this.call('copy', 'End', () => this.book.copySheet(name, to));
    return new FakeWorksheet(this.queue, this.book, to);
  }
  delete(): void {
    const name = this.sheetName;
    this.call('delete', null, () => this.book.deleteSheet(name));
  }
  get onChanged() {
    return this.book.events.onChanged(this.queue, this.sheetName);
  }
  get onSelectionChanged() {
    return this.book.events.onSelectionChanged(this.queue, this.sheetName);
  }
  activate(): void {
    this.call(
      'activate',
      null,
      () => void (this.book.require(this.sheetName), (this.book.activeSheet = this.sheetName)),
    );
  }
  getRange(address?: string) {
    return new FakeRange(this.queue, this.book, this.sheetName, address ?? 'all');
  }
  /** `Worksheet.getRanges` (ExcelApi 1.9): what is set on it is set on each area. */
  getRanges(address: string): XlAreas {
    return fanOut(address.split(',').map((area) => this.getRange(area.trim())));
  }
  getUsedRange(valuesOnly = false) {
    return new FakeRange(this.queue, this.book, this.sheetName, valuesOnly ? 'usedValues' : 'used');
  }
  private cachedProtection?: FakeProtection;
  get protection() {
    return (this.cachedProtection ??= new FakeProtection(this.queue, this.book, this.sheetName));
  }
  readonly freezePanes = {
    freezeRows: (count = 1) =>
      this.call('freezeRows', count, () => void (this.book.require(this.sheetName).frozenRows = count)),
  };
  readonly tables = {
    add: (address: string, hasHeaders: boolean): XlTable => {
      const name = `Table${++tableCounter}`;
      this.call('tables.add', { address, hasHeaders }, () => {
        const sheet = this.book.require(this.sheetName);
        if (sheet.protected) throw new FakeOfficeError('AccessDenied', 'Cannot add a table on a protected sheet');
        if (this.book.tableAt(this.sheetName, parseAddress(address))) {
          throw new FakeOfficeError('InvalidOperation', `A table can't overlap another table (${address})`);
        }
        this.book.tables.push({ name, sheet: this.sheetName, address, style: 'TableStyleMedium2' });
      });
      return new FakeTable(this.queue, this.book, name);
    },
  };
  readonly charts = {
    add: (type: string, sourceData: XlRange, seriesBy = 'Auto'): XlChart => {
      const name = `Chart${++chartCounter}`;
      const chart = new FakeChart(this.queue, this.book, this.sheetName, name);
      if (!(sourceData instanceof FakeRange)) throw new TypeError('charts.add takes a range of this workbook');
      const [sheet, source] = sourceData.path.split('!') as [string, string];
      this.call('charts.add', { type, source, seriesBy }, () => {
        const target = this.book.require(this.sheetName);
        if (target.protected) throw new FakeOfficeError('AccessDenied', 'Cannot add a chart on a protected sheet');
        if (sheet !== this.sheetName)
          throw new FakeOfficeError('InvalidArgument', 'The fake plots a range of its own sheet');
        target.charts.push({ name, type, source, seriesBy, title: '', from: '', to: '' });
      });
      return chart;
    },
  };
  protected snapshot(names: string[]) {
    const sheet = this.book.require(this.sheetName);
    const of = (n: string) =>
      n === 'name' ? sheet.name : n === 'position' ? this.book.sheets.indexOf(sheet) : undefined;
    return Object.fromEntries(names.map((n) => [n, of(n)]));
  }
}

class FakeProtection extends FakeProxy {
  constructor(
    queue: RequestQueue,
    private readonly book: FakeWorkbook,
    private readonly sheetName: string,
  ) {
    super(queue, `protection:${sheetName}`);
  }
  get protected(): boolean {
    return this.read('protected');
  }
  protect(options?: { allowFormatCells?: boolean }): void {
    this.call('protect', options ?? {}, () => {
      const sheet = this.book.require(this.sheetName);
      if (sheet.protected)
        throw new FakeOfficeError('InvalidOperation', `Sheet ${this.sheetName} is already protected`);
      sheet.protected = true;
      sheet.protectOptions = { allowFormatCells: options?.allowFormatCells ?? false };
    });
  }
  unprotect(password?: string): void {
    this.call('unprotect', password ?? null, () => {
      const sheet = this.book.require(this.sheetName);
      if (sheet.protected && sheet.password !== null && password !== sheet.password) {
        throw new FakeOfficeError('AccessDenied', `The password to unprotect ${this.sheetName} is not correct`);
      }
      [sheet.protected, sheet.password] = [false, null];
    });
  }
  protected snapshot(names: string[]) {
    return Object.fromEntries(names.map((n) => [n, this.book.require(this.sheetName).protected]));
  }
}

class FakeWorksheets extends FakeProxy {
  private list: FakeWorksheet[] | null = null;
  constructor(
    queue: RequestQueue,
    private readonly book: FakeWorkbook,
  ) {
    super(queue, 'worksheets');
  }
  get items(): XlWorksheet[] {
    this.read('items');
    return this.list!;
  }
  getItem(name: string): XlWorksheet {
    return new FakeWorksheet(this.queue, this.book, name);
  }
  getActiveWorksheet(): XlWorksheet {
    return this.getItem(this.book.activeSheet ?? this.book.sheets[0]!.name);
  }
  add(name?: string): XlWorksheet {
    const sheetName = name ?? `Sheet${this.book.sheets.length + 1}`;
    this.call('add', sheetName, () => void this.book.addSheet(sheetName));
    return this.getItem(sheetName);
  }
  protected snapshot() {
    this.list = this.book.sheets.map((s) => {
      const sheet = new FakeWorksheet(this.queue, this.book, s.name);
      sheet.receive({ name: s.name });
      return sheet;
    });
    return { items: this.book.sheets.map((s) => ({ name: s.name })) };
  }
}

export class FakeContext implements XlContext, RequestQueue {
  private pending: Queued[] = [];
  readonly workbook: XlContext['workbook'];

  constructor(
    private readonly book: FakeWorkbook,
    private readonly stats: SyncStats,
    /** Milliseconds; the benchmark passes a CPU-time clock so a busy machine does not skew what is subtracted. */
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.workbook = {
      worksheets: new FakeWorksheets(this, book),
      tables: { getItemOrNullObject: (name: string) => new FakeTable(this, book, name) },
      // The selection as it is when the call is queued; with none yet, A1 of the active sheet, as Excel always has one.
      getSelectedRange: () => {
        const { sheet, address } = book.selection ?? { sheet: book.activeSheet ?? book.sheets[0]!.name, address: 'A1' };
        return new FakeRange(this, book, sheet, address);
      },
    };
  }

  enqueue(entry: Queued): void {
    this.pending.push(entry);
  }

  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  async sync(): Promise<void> {
    const started = this.clock();
    const batch = this.pending;
    this.pending = [];
    this.stats.syncs++;
    try {
      const requestBytes = bytesOf(batch.map((e) => e.wire));
      this.stats.serializeMs += this.clock() - started;
      this.stats.requestBytes.push(requestBytes);
      if (requestBytes > PAYLOAD_LIMIT) {
        throw new FakeOfficeError(
          'RequestPayloadSizeLimitExceeded',
          `The request payload size (${requestBytes} bytes) has exceeded the limit`,
        );
      }
      const loads: [FakeProxy, Record<string, unknown>][] = [];
      for (const entry of batch) {
        this.book.beforeCall();
        const data = entry.run();
        if (data && entry.target) loads.push([entry.target, data]);
      }
      const responseBytes = bytesOf(loads.map(([, d]) => d));
      this.stats.responseBytes.push(responseBytes);
      if (responseBytes > PAYLOAD_LIMIT) {
        throw new FakeOfficeError(
          'ResponsePayloadSizeLimitExceeded',
          `The response payload size (${responseBytes} bytes) has exceeded the limit`,
        );
      }
      for (const [target, data] of loads) target.receive(data);
    } finally {
      this.stats.fakeMs += this.clock() - started;
      this.book.changed();
    }
    // A real sync is a round trip; let other work run in between, as it would.
    await Promise.resolve();
  }
}
