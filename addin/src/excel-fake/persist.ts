// The fake workbook as JSON and back, so the playground keeps its workbook across reloads the way Excel autosaves
// a file: cells, formats, protection, tables, charts and document settings. Event handlers are not kept (as in Excel,
// they belong to the add-in's session and are registered again when the pane starts).
import type { FakeCell } from './cell';
import { FakeSheet } from './sheet';
import { FakeWorkbook, type FakeTableState } from './workbook';

interface SheetJson {
  name: string;
  id: string;
  cells: [number, number, FakeCell][];
  widths: [number, number][];
  hidden: number[];
  validations: FakeSheet['validations'];
  conditionalFormats: FakeSheet['conditionalFormats'];
  /** Absent in workbooks saved before the fake had charts. */
  charts?: FakeSheet['charts'];
  protected: boolean;
  protectOptions: FakeSheet['protectOptions'];
  frozenRows: number;
  /** Absent in workbooks saved before sheets could be hidden. */
  visibility?: FakeSheet['visibility'];
}

export interface WorkbookJson {
  version: 1;
  sheets: SheetJson[];
  tables: FakeTableState[];
  settings: [string, unknown][];
  selection: FakeWorkbook['selection'];
  activeSheet: string | null;
}

export function workbookToJson(book: FakeWorkbook): WorkbookJson {
  return {
    version: 1,
    sheets: book.sheets.map((s) => ({
      name: s.name,
      id: s.id,
      cells: [...s.rows].flatMap(([r, cols]) => [...cols].map(([c, cell]): [number, number, FakeCell] => [r, c, cell])),
      widths: [...s.widths],
      hidden: [...s.hiddenColumns],
      validations: s.validations,
      conditionalFormats: s.conditionalFormats,
      charts: s.charts,
      protected: s.protected,
      protectOptions: s.protectOptions,
      frozenRows: s.frozenRows,
      visibility: s.visibility,
    })),
    tables: book.tables,
    settings: [...book.settings],
    selection: book.selection,
    activeSheet: book.activeSheet,
  };
}

/** The workbook saved by `workbookToJson`, or null when `data` is not one (then start afresh). */
export function workbookFromJson(data: unknown): FakeWorkbook | null {
  const json = data as Partial<WorkbookJson> | null;
  if (json?.version !== 1 || !Array.isArray(json.sheets)) return null;
  const book = new FakeWorkbook();
  for (const s of json.sheets) {
    const sheet = new FakeSheet(s.name, s.id);
    for (const [r, c, cell] of s.cells) Object.assign(sheet.ensure(r, c), cell);
    for (const [c, w] of s.widths) sheet.widths.set(c, w);
    for (const c of s.hidden) sheet.hiddenColumns.add(c);
    sheet.validations.push(...s.validations);
    sheet.conditionalFormats.push(...s.conditionalFormats);
    sheet.charts.push(...(s.charts ?? []));
    sheet.protected = s.protected;
    sheet.protectOptions = s.protectOptions;
    sheet.frozenRows = s.frozenRows;
    sheet.visibility = s.visibility ?? 'Visible';
    book.sheets.push(sheet);
  }
  book.tables.push(...(json.tables ?? []));
  for (const [k, v] of json.settings ?? []) book.settings.set(k, v);
  book.selection = json.selection ?? null;
  book.activeSheet = json.activeSheet ?? book.sheets[0]?.name ?? null;
  return book;
}
