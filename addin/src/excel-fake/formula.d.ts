// Types for fast-formula-parser (it ships none): just the parts the fake workbook calls.
declare module 'fast-formula-parser' {
  interface CellRef {
    sheet: string;
    row: number;
    col: number;
  }
  interface RangeRef {
    sheet: string;
    from: { row: number; col: number };
    to: { row: number; col: number };
  }
  export default class FormulaParser {
    constructor(config: { onCell: (ref: CellRef) => unknown; onRange: (ref: RangeRef) => unknown[][] });
    parse(formula: string, position: CellRef): unknown;
  }
}
