// Turns WriteOps into Office.js calls: one queued call per op, one context.sync() per packed group.
import { rangeAddress } from '../layout/address';
import { noteWrite } from './echo';
import type { CellStyle, WriteOp } from './ops';
import { packOps } from './ops';
import type { XlContext, XlRange } from './types';

/** What Excel reports as the address of `getRange()`: every cell of the sheet. */
const WHOLE_SHEET = rangeAddress(0, 0, 1048575, 16383);

/** Queues the ops' calls on the context without syncing. */
export function queueOps(context: XlContext, ops: readonly WriteOp[]): void {
  const { worksheets, tables } = context.workbook;
  for (const op of ops) {
    if (op.kind === 'addSheet') {
      worksheets.add(op.sheet);
      continue;
    }
    if (op.kind === 'tableToRange') {
      tables.getItemOrNullObject(op.table).convertToRange();
      continue;
    }
    const sheet = worksheets.getItem(op.sheet);
    const range = (address: string): XlRange => sheet.getRange(address);
    switch (op.kind) {
      case 'unprotect':
        sheet.protection.unprotect();
        break;
      case 'protect':
        sheet.protection.protect({
          allowAutoFilter: true,
          allowSort: true,
          allowFormatColumns: true,
          allowFormatRows: true,
          // Marks (fills) change while a person types; re-protecting each time would clear their undo stack.
          allowFormatCells: true,
        });
        break;
      case 'freeze':
        sheet.freezePanes.freezeRows(op.rows);
        break;
      case 'activate':
        sheet.activate();
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
      case 'fill':
        if (op.color) range(op.address).format.fill.color = op.color;
        else range(op.address).format.fill.clear();
        break;
      case 'style':
        applyStyle(range(op.address), op.style);
        break;
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
      case 'dataBar':
        range(op.address).conditionalFormats.add('DataBar').dataBar.barDirection = 'LeftToRight';
        break;
      case 'select':
        sheet.activate();
        range(op.address).select();
        break;
    }
  }
}

function applyStyle(range: XlRange, style: CellStyle): void {
  if (style.bold !== undefined) range.format.font.bold = style.bold;
  if (style.wrap !== undefined) range.format.wrapText = style.wrap;
  if (style.width !== undefined) range.format.columnWidth = style.width;
  if (style.hidden !== undefined) range.columnHidden = style.hidden;
  if (style.locked !== undefined) range.format.protection.locked = style.locked;
  if (style.top) range.format.verticalAlignment = 'Top';
}

/** Writes all ops in as few syncs as the payload limit allows; returns how many syncs it took. */
export async function writeOps(context: XlContext, ops: readonly WriteOp[]): Promise<number> {
  const groups = packOps(ops);
  for (const group of groups) {
    queueOps(context, group);
    await context.sync();
  }
  return groups.length;
}
