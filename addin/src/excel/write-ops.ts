// Turns WriteOps into Office.js calls: one queued call per op, one context.sync() per packed group.
import { rangeAddress } from '../layout/address';
import { fitAreas } from './areas';
import { noteWrite } from './echo';
import type { CellStyle, WriteOp } from './ops';
import { isTooLarge } from './office-errors';
import { PROTECT_OPTIONS } from './protection';
import { SYNC_BUDGET_BYTES, opBytes, packOps } from './ops';
import type { XlAreas, XlContext, XlRange, XlWorksheet } from './types';

/** What Excel reports as the address of `getRange()`: every cell of the sheet. */
const WHOLE_SHEET = rangeAddress(0, 0, 1048575, 16383);

/**
 * Queues the ops' calls on the context without syncing. Each worksheet is fetched once per call (one object path in
 * the request, not one per op: Office.js sends a path and its actions for every `getItem`).
 */
export function queueOps(context: XlContext, ops: readonly WriteOp[]): void {
  const { worksheets, tables } = context.workbook;
  const sheets = new Map<string, XlWorksheet>();
  const sheetOf = (name: string) => {
    let sheet = sheets.get(name);
    if (!sheet) sheets.set(name, (sheet = worksheets.getItem(name)));
    return sheet;
  };
  for (const op of ops) {
    if (op.kind === 'addSheet') {
      const added = worksheets.add(op.sheet);
      if (op.position !== undefined) added.position = op.position;
      sheets.set(op.sheet, added);
      continue;
    }
    if (op.kind === 'copySheet') {
      const copy = sheetOf(op.sheet).copy('End');
      copy.name = op.to;
      copy.visibility = 'Hidden';
      sheets.set(op.to, copy);
      continue;
    }
    if (op.kind === 'tableToRange') {
      tables.getItemOrNullObject(op.table).convertToRange();
      continue;
    }
    const sheet = sheetOf(op.sheet);
    const range = (address: string): XlRange => sheet.getRange(address);
    // `A2:A9,A12:A40`: several areas as one object (ExcelApi 1.9; fitAreas leaves them only where supported).
    const areas = (address: string): XlAreas => (address.includes(',') ? sheet.getRanges(address) : range(address));
    switch (op.kind) {
      case 'unprotect':
        sheet.protection.unprotect();
        break;
      case 'protect':
        sheet.protection.protect(PROTECT_OPTIONS);
        break;
      case 'freeze':
        sheet.freezePanes.freezeRows(op.rows);
        break;
      case 'activate':
        sheet.activate();
        break;
      case 'renameSheet':
        sheet.name = op.to;
        sheet.visibility = 'Visible';
        sheets.delete(op.sheet);
        sheets.set(op.to, sheet);
        break;
      case 'clearSheet': {
        const all = sheet.getRange();
        all.conditionalFormats.clearAll();
        if (op.validation) all.dataValidation.clear();
        all.clear('All');
        noteWrite(context, op.sheet, WHOLE_SHEET);
        all.columnHidden = false;
        all.format.protection.locked = true;
        break;
      }
      case 'values':
        range(op.address).values = op.values.map((row) => row.map((v) => v ?? ''));
        noteWrite(context, op.sheet, op.address);
        break;
      case 'numberFormat':
        range(op.address).numberFormat = op.formats;
        break;
      case 'fill': {
        const { fill } = areas(op.address).format;
        if (op.color) fill.color = op.color;
        else fill.clear();
        break;
      }
      case 'style': {
        const target = areas(op.address);
        applyFormat(target.format, op.style);
        // fitAreas leaves a style that hides columns on one area: a RangeAreas has no columnHidden.
        if (op.style.hidden !== undefined) (target as XlRange).columnHidden = op.style.hidden;
        break;
      }
      case 'table': {
        const table = sheet.tables.add(op.address, true);
        table.name = op.name;
        table.style = op.style;
        break;
      }
      case 'validation': {
        const target = range(op.address).dataValidation;
        target.clear();
        target.rule =
          'custom' in op.rule
            ? { custom: { formula: op.rule.custom } }
            : { list: { inCellDropDown: true, source: 'source' in op.rule ? op.rule.source : op.rule.list.join(',') } };
        target.errorAlert = { message: op.message, showAlert: true, style: 'Stop', title: 'plansync' };
        break;
      }
      case 'deleteSheet':
        sheet.delete();
        sheets.delete(op.sheet);
        break;
      case 'chart': {
        const chart = sheet.charts.add('ColumnClustered', range(op.source), 'Columns');
        chart.name = op.name;
        chart.title.text = op.title;
        chart.setPosition(op.from, op.to);
        break;
      }
      case 'dataBar':
        range(op.address).conditionalFormats.add('DataBar').dataBar.barDirection = 'LeftToRight';
        break;
      case 'textFills': {
        const target = range(op.address);
        for (const { text, fill } of op.rules) {
          // BeginsWith, not Contains: `Slightly behind` contains `behind` (Excel compares text without case).
          const { textComparison } = target.conditionalFormats.add('ContainsText');
          textComparison.format.fill.color = fill;
          textComparison.rule = { operator: 'BeginsWith', text };
        }
        break;
      }
      case 'select':
        sheet.activate();
        range(op.address).select();
        break;
    }
  }
}

function applyFormat(format: XlRange['format'], style: CellStyle): void {
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.width !== undefined) format.columnWidth = style.width;
  if (style.locked !== undefined) format.protection.locked = style.locked;
  if (style.top) format.verticalAlignment = 'Top';
}

export interface WriteOptions {
  /** The host has ExcelApi 1.9: fills and styles of many areas go as one op each (`areas.ts`). */
  areas?: boolean;
}

/**
 * Writes all ops in as few syncs as the payload limit allows; returns how many syncs it took. Should Excel still
 * refuse a request as too large (or answer GeneralException to a large one, as Excel on the web sometimes does), it
 * ran none of it: the same ops go again in halves.
 */
export async function writeOps(
  context: XlContext,
  ops: readonly WriteOp[],
  { areas = false }: WriteOptions = {},
): Promise<number> {
  return writePacked(context, fitAreas(ops, areas), SYNC_BUDGET_BYTES);
}

async function writePacked(context: XlContext, ops: readonly WriteOp[], budget: number): Promise<number> {
  let syncs = 0;
  for (const group of packOps(ops, budget)) {
    queueOps(context, group);
    try {
      await context.sync();
      syncs++;
    } catch (error) {
      const bytes = group.reduce((n, op) => n + opBytes(op), 0);
      if (!isTooLarge(error, bytes) || group.length < 2 || budget < MIN_BUDGET) throw error;
      syncs += 1 + (await writePacked(context, group, Math.floor(Math.min(budget, bytes) / 2)));
    }
  }
  return syncs;
}

/** Below this a refusal is not about size. */
const MIN_BUDGET = 64 * 1024;
