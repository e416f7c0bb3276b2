// The fake's Excel.Chart (ExcelApi 1.1): name, title and position set by queued calls, like any other property.
import type { XlChart } from '../excel/types';
import { FakeProxy, type RequestQueue } from './proxy';
import type { FakeChartState } from './sheet';
import { FakeOfficeError, type FakeWorkbook } from './workbook';

/** Finds a chart's state by the name it has when a queued call runs. */
type ChartLookup = (name: string) => FakeChartState;

export class FakeChart extends FakeProxy implements XlChart {
  readonly title: FakeChartTitle;
  private readonly state: ChartLookup;

  constructor(
    queue: RequestQueue,
    book: FakeWorkbook,
    sheetName: string,
    /** The name as queued so far (a queued rename changes it before it runs). */
    public chartName: string,
  ) {
    super(queue, `chart:${sheetName}!${chartName}`);
    this.state = (name) => {
      const chart = book.require(sheetName).charts.find((c) => c.name === name);
      if (!chart) throw new FakeOfficeError('ItemNotFound', `No chart named ${name}`);
      return chart;
    };
    this.title = new FakeChartTitle(queue, `${this.path}/title`, () => this.chartName, this.state);
  }
  get name(): string {
    return this.read('name');
  }
  set name(name: string) {
    const old = this.chartName;
    this.call('name', name, () => void (this.state(old).name = name));
    this.chartName = name;
  }
  setPosition(startCell: string, endCell?: string): void {
    const name = this.chartName;
    this.call('setPosition', { startCell, endCell }, () => {
      Object.assign(this.state(name), { from: startCell, to: endCell ?? startCell });
    });
  }
  protected snapshot(names: string[]) {
    const chart = this.state(this.chartName);
    return Object.fromEntries(names.map((n) => [n, n === 'name' ? chart.name : undefined]));
  }
}

/** `Excel.ChartTitle`: its text. */
class FakeChartTitle extends FakeProxy {
  constructor(
    queue: RequestQueue,
    path: string,
    private readonly chartName: () => string,
    private readonly state: ChartLookup,
  ) {
    super(queue, path);
  }
  get text(): string {
    return this.read('text');
  }
  set text(text: string) {
    const name = this.chartName();
    this.call('text', text, () => void (this.state(name).title = text));
  }
  protected snapshot(names: string[]) {
    const chart = this.state(this.chartName());
    return Object.fromEntries(names.map((n) => [n, n === 'text' ? chart.title : undefined]));
  }
}
