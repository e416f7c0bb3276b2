// What an action tells the person: counts, the cells it could not send, and the conflicts awaiting a choice.
import { indexesOf } from '../layout/columns';
import type { Lang } from '../i18n/lang';
import { rangeAddress } from '../layout/address';
import { describeCells, formatTime, sheetRowOf, type LedgerRow, type LedgerSpec } from '../layout/ledger';
import { reportLedger } from '../layout/report-ledger';
import { figureLedger } from '../layout/figure-ledger';
import {
  formatFigure,
  writerLabel,
  type Assessment,
  type CellValue,
  type ReportingPeriod,
  type WriteStamp,
} from '@plansync/shared';
import type { Ledgers } from './read';
import type { Degraded } from './requirements';
import type { RollUpOutcome } from './roll-up';
import type { ApiRequestError, NetworkError } from '../api/errors';

/** A cell the person can jump to from the summary. */
export interface CellRef {
  sheet: string;
  address: string;
  /** e.g. `指标 4.1 完成值`. */
  label: string;
  message: string;
}

/** One input field of a conflicted row: its header, both values in full as the cells show them, and whether they differ. */
export interface ConflictField {
  /** The column id (`value`, `nextSteps` …). */
  id: string;
  /** Its header (完成值, 下步计划 …). */
  name: string;
  mine: string;
  theirs: string;
  differs: boolean;
}

export interface ConflictItem extends CellRef {
  kind: 'figure' | 'report';
  key: string;
  /** Both values in a few words (a report's progress cut short): for result lines; the card shows `fields`. */
  mine: string;
  theirs: string;
  writer: string;
  writtenAt: string;
  /** Every input field of the row (issue 12.7: a difference in 下步计划 alone must show). */
  fields: ConflictField[];
}

export interface ActionSummary {
  /** Entries sent to the server. */
  sent: number;
  /** Entries the server accepted. */
  applied: number;
  /** Rows whose cells took a newer server value. */
  updated: number;
  invalid: CellRef[];
  /** Every open conflict in the workbook, old and new. */
  conflicts: ConflictItem[];
  /** Edits not sent because the network failed; they stay in the workbook. */
  unsent: number;
  /**
   * Why a sync stopped early: the network failed (edits safe, batch key kept for the retry) or the server refused
   * a batch (nothing of it written; its bad entries are listed in `invalid`).
   */
  failure?: NetworkError | ApiRequestError;
  /** Features left out because this Office build lacks their requirement set (see requirements.ts). */
  degraded?: Degraded[];
  /** After an insert: how many tasks and targets the sheets now hold. */
  inserted?: { tasks: number; targets: number };
  /** Which action this is the result of, so the pane can say it in staff words. */
  action?: 'insert' | 'sync' | 'pull' | 'resolve';
  /** After a sync: the rows the server saved, as links. */
  reported?: CellRef[];
  /** After a pull: the rows that took someone else's value, as links with the writer. */
  pulled?: CellRef[];
  /** After a sync: the period its figures and reports were sent for (`2014-06`). */
  period?: ReportingPeriod;
  /** After a sync or pull: the plan judged today (lights, 序时进度, who has not reported). */
  assessment?: Assessment;
  /** After a pull: whether the 汇总 sheet was written, or left alone because a person's sheet has that name. */
  rollUp?: RollUpOutcome;
}

export function summarizeLedgers(ledgers: Ledgers, lang: Lang): Pick<ActionSummary, 'invalid' | 'conflicts'> {
  const f = collect(figureLedger, ledgers.figures.rows, lang);
  const r = collect(reportLedger, ledgers.reports.rows, lang);
  return { invalid: [...f.invalid, ...r.invalid], conflicts: [...f.conflicts, ...r.conflicts] };
}

function collect<V, S extends WriteStamp, I>(
  spec: LedgerSpec<V, S, I>,
  rows: ReadonlyMap<number, LedgerRow<V, S>>,
  lang: Lang,
) {
  const inputs = indexesOf(spec.columns, 'input');
  const invalid: CellRef[] = [];
  const conflicts: ConflictItem[] = [];
  for (const [index, row] of rows) {
    const name = spec.codec.kind === 'figure' ? row.key : lang === 'zh' ? `任务${row.key}` : `task ${row.key}`;
    const cell = (field: number, withHeader = true) => ({
      sheet: spec.sheet,
      address: rangeAddress(sheetRowOf(index), inputs[field]!),
      label: withHeader
        ? `${spec.sheet} ${name} ${spec.columns[inputs[field]!]!.header[lang]}`
        : `${spec.sheet} ${name}`,
    });
    if (row.issue) invalid.push({ ...cell(row.issue.fields[0] ?? 0), message: row.issue.message });
    if (row.conflict) {
      const fields = conflictFields(spec, row, spec.codec.valueOf(row.conflict), lang);
      // Labelled by the row, not by one field; the link goes to the first field that differs.
      conflicts.push({
        ...cell(
          Math.max(
            0,
            fields.findIndex((f) => f.differs),
          ),
          false,
        ),
        kind: spec.codec.kind,
        key: row.key,
        message: '',
        mine: describeCells(spec, row, lang),
        theirs: spec.describe(spec.codec.valueOf(row.conflict), lang),
        writer: writerLabel(row.conflict.writer, lang),
        writtenAt: formatTime(row.conflict.writtenAt),
        fields,
      });
    }
  }
  return { invalid, conflicts };
}

/**
 * Each input field of a conflicted row, both sides shown as the cells show them (status labels, not codes): the
 * cells as typed when they do not parse, so the person sees their own text.
 */
function conflictFields<V, S extends WriteStamp, I>(
  spec: LedgerSpec<V, S, I>,
  { cells, parsed }: Pick<LedgerRow<V, S>, 'cells' | 'parsed'>,
  theirs: V,
  lang: Lang,
): ConflictField[] {
  const mineShown = spec.show(parsed.ok ? spec.codec.cells(parsed.value) : cells, lang);
  const theirsShown = spec.show(spec.codec.cells(theirs), lang);
  return indexesOf(spec.columns, 'input').map((col, i) => {
    const [mine, other] = [cellText(mineShown[i]), cellText(theirsShown[i])];
    const column = spec.columns[col]!;
    return { id: column.id, name: column.header[lang], mine, theirs: other, differs: mine !== other };
  });
}

const cellText = (cell: CellValue | undefined): string =>
  cell === null || cell === undefined ? '' : typeof cell === 'number' ? formatFigure(cell) : String(cell);
