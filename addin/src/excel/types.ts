// The slice of the Office.js Excel API this add-in uses, so the real API and the test fake share one shape.
// `host.ts` checks at compile time that Excel.RequestContext fits these interfaces.

export type XlValue = string | number | boolean;

export interface XlRange {
  values: XlValue[][];
  /** What each cell displays (dates and numbers as formatted): how an imported table is read. */
  text: string[][];
  get numberFormat(): string[][];
  /**
   * One string sets that format on every cell ("single input copy", Excel JavaScript API advanced concepts): a
   * column's format costs a few bytes instead of one per row.
   */
  set numberFormat(formats: string[][] | string);
  columnHidden: boolean;
  address: string;
  load(propertyNames?: string | string[]): unknown;
  clear(applyTo: 'All'): void;
  select(): void;
  format: {
    fill: { color: string; clear(): void };
    font: { bold: boolean };
    wrapText: boolean;
    columnWidth: number;
    verticalAlignment: string;
    protection: { locked: boolean };
  };
  dataValidation: {
    clear(): void;
    rule: {
      custom?: { formula: string };
      list?: { inCellDropDown: boolean; source: unknown };
    };
    errorAlert: { message: string; showAlert: boolean; style: string; title: string };
  };
  conditionalFormats: {
    /** ExcelApi 1.6. */
    add(type: 'DataBar' | 'ContainsText'): XlConditionalFormat;
    clearAll(): void;
  };
}

/** `Excel.RangeAreas` (ExcelApi 1.9): several areas of one sheet, formatted as one. */
export interface XlAreas {
  format: XlRange['format'];
}

/** `Excel.ConditionalFormat`: the parts of a data bar and a text rule the add-in sets. */
export interface XlConditionalFormat {
  dataBar: { barDirection: string };
  textComparison: {
    format: { fill: { color: string } };
    rule: { operator: string; text: string };
  };
}

export interface XlTable {
  name: string;
  style: string;
  isNullObject: boolean;
  load(propertyNames?: string | string[]): unknown;
  convertToRange(): XlRange;
}

/** `Excel.WorksheetChangedEventArgs` (ExcelApi 1.7): what Excel says about a change of cell data. */
export interface XlChangedEventArgs {
  /** The changed area without the sheet name, e.g. `H5` or `H2:H501` (one event for a paste). */
  address: string;
  changeType: string;
  /** `Local`, or `Remote` when a co-author made the change. */
  source: string;
  worksheetId: string;
  /** `WorksheetChanged`. */
  type: string;
  /** ExcelApi 1.9, and only when a single cell changed. */
  details?: { valueBefore: unknown; valueAfter: unknown; valueTypeBefore: string; valueTypeAfter: string };
  /** ExcelApi 1.14: `ThisLocalAddin` when this add-in's own API call made the change, else e.g. `Unknown`. */
  triggerSource?: string;
}

/** `Excel.WorksheetSelectionChangedEventArgs` (ExcelApi 1.7). */
export interface XlSelectionChangedEventArgs {
  address: string;
  /** `WorksheetSelectionChanged`. */
  type: string;
  worksheetId: string;
}

/** `OfficeExtension.EventHandlers<T>`: handlers are registered at the next context.sync(). */
export interface XlEventHandlers<T> {
  add(handler: (args: T) => Promise<unknown>): { remove(): void };
}

/** `Excel.Chart` (ExcelApi 1.1): the parts the 汇总 sheet sets. */
export interface XlChart {
  name: string;
  title: { text: string };
  setPosition(startCell: string, endCell?: string): void;
}

export interface XlWorksheet {
  name: string;
  /** 0-based place among the sheets (ExcelApi 1.1). */
  position: number;
  delete(): void;
  /** ExcelApi 1.1. */
  charts: { add(type: 'ColumnClustered', sourceData: XlRange, seriesBy?: 'Auto' | 'Columns' | 'Rows'): XlChart };
  /** `Visible` or `Hidden` (a hidden sheet has no tab; Excel also has `VeryHidden`). */
  set visibility(visibility: string);
  /** ExcelApi 1.7: a copy of everything on the sheet, named as Excel names copies, placed as asked. */
  copy(positionType?: 'End'): XlWorksheet;
  /** ExcelApi 1.7. */
  onChanged: XlEventHandlers<XlChangedEventArgs>;
  /** ExcelApi 1.7. */
  onSelectionChanged: XlEventHandlers<XlSelectionChangedEventArgs>;
  load(propertyNames?: string | string[]): unknown;
  activate(): void;
  getRange(address?: string): XlRange;
  /** ExcelApi 1.9: `A2:A9,A12:A40`. */
  getRanges(address: string): XlAreas;
  getUsedRange(valuesOnly?: boolean): XlRange;
  protection: {
    protected: boolean;
    load(propertyNames?: string | string[]): unknown;
    protect(options?: {
      allowAutoFilter?: boolean;
      allowSort?: boolean;
      allowFormatColumns?: boolean;
      allowFormatRows?: boolean;
      allowFormatCells?: boolean;
    }): void;
    unprotect(): void;
  };
  freezePanes: { freezeRows(count?: number): void };
  tables: { add(address: string, hasHeaders: boolean): XlTable };
}

export interface XlContext {
  workbook: {
    worksheets: {
      items: XlWorksheet[];
      load(propertyNames?: string | string[]): unknown;
      getItem(key: string): XlWorksheet;
      add(name?: string): XlWorksheet;
      getActiveWorksheet(): XlWorksheet;
    };
    tables: { getItemOrNullObject(key: string): XlTable };
    getSelectedRange(): XlRange;
  };
  sync(): Promise<void>;
}

/** `Excel.run`, or the fake's: runs a batch against a request context. */
export type XlRun = <T>(batch: (context: XlContext) => Promise<T>) => Promise<T>;

/** Office's per-document settings (stored inside the workbook file). */
export interface DocSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: 'succeeded' | 'failed'; error?: { message: string } }) => void): void;
}

/** Everything the Excel layer needs from its host: the real Office one, or the fake's. */
export interface ExcelHost {
  run: XlRun;
  settings: DocSettings;
  /** `Office.context.requirements.isSetSupported('ExcelApi', version)`. */
  supports(version: string): boolean;
  /** Which Office this is, as a person can look it up (`PC 16.0.10827.20150`), for messages about what it lacks. */
  build?(): string;
}
