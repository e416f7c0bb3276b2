// The 计划草稿 sheet in the workbook: written from an imported plan, read back in one sync, errors marked on cells.
import {
  DRAFT_SHEET,
  draftLayout,
  findDraftBlocks,
  type CellValue,
  type DraftMark,
  type Plan,
  type PlanWarning,
} from '@plansync/shared';
import { IMPORT_ERRORS, ImportError } from '../import/import-error';
import { parseAddress, rangeAddress } from '../layout/address';
import { writeOps } from './write-ops';
import { DRAFT_ERROR_FILL, draftOps, markOps } from './draft-ops';
import type { WriteOp } from './ops';
import { saveSettings } from './meta';
import type { ExcelHost, XlContext } from './types';

export interface DraftWritten {
  tasks: number;
  targets: number;
  warnings: number;
}

/** Document setting saying the 计划草稿 sheet is the add-in's: a sheet of that name without it is the user's. */
const DRAFT_SETTING = 'plansync.draft';

/**
 * Writes the draft of `plan` (replacing an earlier draft, never another sheet): 1 sync to see which sheets exist,
 * then the writes (1 sync, plus one per extra 4 MB). Warnings are filled and explained in 提示.
 * @throws ImportError when a sheet named 计划草稿 exists that the add-in did not write (it is never cleared).
 */
export async function writeDraft(host: ExcelHost, plan: Plan, warnings: readonly PlanWarning[]): Promise<DraftWritten> {
  const layout = draftLayout(plan, warnings);
  const validation = host.supports('1.8');
  await host.run(async (context) => {
    const exists = await draftExists(context);
    if (exists && host.settings.get(DRAFT_SETTING) !== true) throw new ImportError(IMPORT_ERRORS.draftSheetTaken);
    const before: WriteOp[] = exists
      ? [{ kind: 'clearSheet', sheet: DRAFT_SHEET, validation }]
      : [{ kind: 'addSheet', sheet: DRAFT_SHEET }];
    await writeOps(context, [...before, ...draftOps(layout, validation)]);
  });
  host.settings.set(DRAFT_SETTING, true);
  await saveSettings(host.settings);
  return { tasks: layout.taskCount, targets: layout.targetCount, warnings: layout.warnings.length };
}

/** Every cell of the draft from A1 to its last used cell: one sync. @throws ImportError when there is no draft. */
export async function readDraftGrid(host: ExcelHost): Promise<CellValue[][]> {
  return host.run(async (context) => {
    const used = context.workbook.worksheets.getItem(DRAFT_SHEET).getUsedRange(true);
    used.load(['values', 'address']);
    try {
      await context.sync();
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ItemNotFound') throw new ImportError(IMPORT_ERRORS.noDraft);
      throw error;
    }
    return fromA1(used.values, used.address);
  });
}

/**
 * Marks what stops the draft from being published: earlier marks in the blocks' rows cleared, each error cell
 * filled, each row's reasons written in its 提示 cell. One sync.
 */
export async function markDraftErrors(
  host: ExcelHost,
  grid: CellValue[][],
  errors: readonly DraftMark[],
): Promise<void> {
  const blocks = findDraftBlocks(grid) ?? { taskHeader: grid.length, targetHeader: grid.length };
  const width = Math.max(1, ...grid.map((r) => r.length));
  const clear = (first: number, last: number): WriteOp[] =>
    last < first
      ? []
      : [{ kind: 'fill', sheet: DRAFT_SHEET, address: rangeAddress(first, 0, last, width - 1), color: null }];
  await host.run((context) =>
    writeOps(context, [
      ...clear(0, blocks.taskHeader - 2),
      ...clear(blocks.taskHeader + 1, blocks.targetHeader - 1),
      ...clear(blocks.targetHeader + 1, grid.length - 1),
      ...markOps(errors, DRAFT_ERROR_FILL, blocks),
      { kind: 'activate', sheet: DRAFT_SHEET },
    ]),
  );
}

async function draftExists(context: XlContext): Promise<boolean> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  return sheets.items.some((s) => s.name === DRAFT_SHEET);
}

/** A used range's values re-aligned so that index [0][0] is A1. */
function fromA1(values: readonly (readonly CellValue[])[], address: string): CellValue[][] {
  const { row, col } = parseAddress(address.split('!').pop()!);
  const pad = (cells: readonly CellValue[]) => [...Array<CellValue>(col).fill(''), ...cells];
  return [...Array.from({ length: row }, () => [] as CellValue[]), ...values.map(pad)];
}
