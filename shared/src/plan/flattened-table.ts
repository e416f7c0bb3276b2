// A 任务分解表 copied from Word or Excel as text: one row per line, cells split by tabs or runs of spaces.
import { isHeaderRow, mapColumns } from '../import/table-columns';

/** Cells of one line: tabs keep empty cells (a merged 序号 reads blank); otherwise runs of 2+ spaces split. */
function splitCells(line: string): string[] {
  if (line.includes('\t')) return line.split('\t').map((c) => c.trim());
  return line
    .trim()
    .split(/\s{2,}|\u3000+/)
    .map((c) => c.trim());
}

export interface FlattenedTable {
  /** Index of the header row among the lines. */
  headerAt: number;
  /** The header row and the rows under it, as cells. */
  rows: string[][];
}

/**
 * The table in `lines` (untrimmed, chrome removed), when one of them is a header row such as
 * `序号 工作任务 牵头单位 责任单位 完成时限` (the import's column words). A line under it with one cell only continues
 * the task cell of the row above (a cell's text wrapped onto the next line), unless it is a heading such as 一、….
 */
export function findFlattenedTable(lines: readonly string[]): FlattenedTable | undefined {
  const headerAt = lines.findIndex((line) => {
    const cells = splitCells(line);
    return cells.length >= 3 && isHeaderRow(mapColumns(cells));
  });
  if (headerAt < 0) return undefined;
  const header = splitCells(lines[headerAt]!);
  const taskColumn = mapColumns(header).task!;
  const rows: string[][] = [header];
  for (const line of lines.slice(headerAt + 1)) {
    const cells = splitCells(line);
    const previous = rows.at(-1)!;
    const filled = cells.filter(Boolean);
    if (
      filled.length === 1 &&
      rows.length > 1 &&
      !/^[一二三四五六七八九十]+、|^[(（][一二三四五六七八九十]+[)）]/.test(filled[0]!)
    ) {
      previous[taskColumn] = `${previous[taskColumn] ?? ''}${filled[0]}`;
    } else if (filled.length > 0) rows.push(cells);
  }
  // As wide as the header, as a sheet's rows are: a short line has blank cells at its end.
  const width = Math.max(...rows.map((r) => r.length));
  return { headerAt, rows: rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]) };
}
