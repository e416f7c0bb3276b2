// One worksheet of the fake workbook: a sparse grid of cells plus the sheet-level state Office.js can set.
import type { CellValue } from '@plansync/shared';
import type { XlConditionalFormat } from '../excel/types';
import { emptyCell, isEmpty, isPlain, type FakeCell } from './cell';

/** Zero-based inclusive bounds of a range. */
export interface Bounds {
  row: number;
  col: number;
  lastRow: number;
  lastCol: number;
}

/** A chart as `ChartCollection.add` made it: its type, source range (on the same sheet) and where it sits. */
export interface FakeChartState {
  name: string;
  type: string;
  /** The source data's address on this sheet, e.g. `A4:C9`. */
  source: string;
  seriesBy: string;
  title: string;
  /** The cells it covers (`Chart.setPosition`), empty until set. */
  from: string;
  to: string;
}

export interface FakeConditionalFormat {
  address: string;
  type: string;
  textComparison?: XlConditionalFormat['textComparison'];
}

export const WHOLE_SHEET: Bounds = { row: 0, col: 0, lastRow: 1048575, lastCol: 16383 };
// Past this many cells a range is "the whole sheet or whole columns": visit only cells that exist.
const SPARSE_AREA = 1_000_000;

export class FakeSheet {
  readonly rows = new Map<number, Map<number, FakeCell>>();
  readonly widths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly validations: { address: string; rule: unknown }[] = [];
  /** Conditional formats as added; a text rule (`ContainsText`) keeps its rule and fill (see `FakeWorkbook.fillShown`). */
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  readonly charts: FakeChartState[] = [];
  protected = false;
  /** Set when a person protected the sheet with a password: unprotecting without it is refused. */
  password: string | null = null;
  frozenRows = 0;
  /** `Worksheet.visibility`: a hidden sheet has no tab. */
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';

  /** Options of the last protect(): `allowFormatCells` lets fills change on a protected sheet. */
  protectOptions: { allowFormatCells?: boolean } = {};

  constructor(
    public name: string,
    /** Excel's worksheet id, a GUID in braces (what event args carry as `worksheetId`). */
    readonly id: string,
  ) {}

  cell(row: number, col: number): FakeCell | undefined {
    return this.rows.get(row)?.get(col);
  }

  /** The cell, created when missing (writes need somewhere to go). */
  ensure(row: number, col: number): FakeCell {
    let r = this.rows.get(row);
    if (!r) this.rows.set(row, (r = new Map<number, FakeCell>()));
    let c = r.get(col);
    if (!c) r.set(col, (c = emptyCell()));
    return c;
  }

  /** Calls `visit` for each cell in bounds; huge ranges visit only existing cells. */
  forEach(b: Bounds, visit: (cell: FakeCell, row: number, col: number) => void): void {
    const area = (b.lastRow - b.row + 1) * (b.lastCol - b.col + 1);
    if (area > SPARSE_AREA) {
      for (const [r, cols] of this.rows) {
        if (r < b.row || r > b.lastRow) continue;
        for (const [c, cell] of cols) if (c >= b.col && c <= b.lastCol) visit(cell, r, c);
      }
      return;
    }
    for (let r = b.row; r <= b.lastRow; r++) for (let c = b.col; c <= b.lastCol; c++) visit(this.ensure(r, c), r, c);
  }

  /**
   * Smallest range holding every non-empty cell (A1 when the sheet is empty, like Excel); unless `valuesOnly`,
   * cells that only carry a format count too, as in `Worksheet.getUsedRange(valuesOnly)`.
   */
  usedBounds(valuesOnly = true): Bounds {
    let b: Bounds | null = null;
    for (const [r, cols] of this.rows) {
      for (const [c, cell] of cols) {
        if (isEmpty(cell) && (valuesOnly || isPlain(cell))) continue;
        b = b
          ? {
              row: Math.min(b.row, r),
              col: Math.min(b.col, c),
              lastRow: Math.max(b.lastRow, r),
              lastCol: Math.max(b.lastCol, c),
            }
          : { row: r, col: c, lastRow: r, lastCol: c };
      }
    }
    return b ?? { row: 0, col: 0, lastRow: 0, lastCol: 0 };
  }

  /** Everything of this sheet under another name and id (`Worksheet.copy`). */
  copy(name: string, id: string): FakeSheet {
    const copy = new FakeSheet(name, id);
    for (const [r, cols] of this.rows) for (const [c, cell] of cols) Object.assign(copy.ensure(r, c), cell);
    for (const [c, w] of this.widths) copy.widths.set(c, w);
    for (const c of this.hiddenColumns) copy.hiddenColumns.add(c);
    copy.validations.push(...structuredClone(this.validations));
    copy.conditionalFormats.push(...structuredClone(this.conditionalFormats));
    copy.charts.push(...structuredClone(this.charts));
    Object.assign(copy, {
      protected: this.protected,
      password: this.password,
      protectOptions: { ...this.protectOptions },
      frozenRows: this.frozenRows,
    });
    return copy;
  }

  /** Removes the cells in bounds, contents and formats alike (`Range.clear('All')`). */
  clear(b: Bounds): void {
    this.forEach(b, (_, r, c) => this.rows.get(r)?.delete(c));
  }

  /** Whether any cell in bounds is locked (locked is Excel's default). */
  anyLocked(b: Bounds): boolean {
    for (let r = b.row; r <= b.lastRow; r++)
      for (let c = b.col; c <= b.lastCol; c++) if (this.cell(r, c)?.locked ?? true) return true;
    return false;
  }

  /** Raw grid of stored constants (formulas as their text), for inspection in tests. */
  snapshot(): CellValue[][] {
    const used = this.usedBounds();
    return Array.from({ length: used.lastRow + 1 }, (_, r) =>
      Array.from({ length: used.lastCol + 1 }, (_, c) => {
        const cell = this.cell(r, c);
        return cell?.formula ?? cell?.value ?? '';
      }),
    );
  }
}
