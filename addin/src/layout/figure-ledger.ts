// The 指标 ledger: one row per numeric target, with 完成值 and 备注 typed by the lead unit.
import {
  PROGRESS_LIMITS,
  FigureStateSchema,
  figureCodec,
  figureCellFromExcel,
  figureReading,
  formatFigure,
  textCellFromExcel,
  type FigureInput,
  type FigureState,
  type FigureValue,
} from '@plansync/shared';
import { columnLetter } from './address';
import { TARGET_COLUMNS, indexOf } from './columns';
import type { LedgerSpec } from './ledger';
import { figureCheck } from './plausibility';
import { targetBounds, targetCell } from './target-cell';
import { NOT_SENT_SIGN } from './state-text';

export const TARGETS_SHEET = '指标';
export const TARGETS_TABLE = 'PlansyncTargets';
/** The 约数 cell of a target the plan hedges (左右, 约). */
const APPROX = { zh: '约', en: 'approx.' } as const;

const VALUE_COL = columnLetter(indexOf(TARGET_COLUMNS, 'value'));
const STATE_COL = columnLetter(indexOf(TARGET_COLUMNS, 'state'));
const TARGET_INFO = 2; // position of 目标值 among the info columns (task, metric, target, unit, …)
const UNIT_INFO = 3;

export const figureLedger: LedgerSpec<FigureValue, FigureState, FigureInput> = {
  sheet: TARGETS_SHEET,
  codec: figureCodec,
  columns: TARGET_COLUMNS,
  stateSchema: FigureStateSchema,
  subjects: (plan, lang) =>
    plan.tasks.flatMap((task) =>
      task.targets.map((t) => ({
        key: t.id,
        info: [task.number, t.metric, targetCell(t), t.unit, t.approximate ? APPROX[lang] : '', task.leadUnit],
      })),
    ),
  show: (cells) => [...cells],
  fromExcel: ([value = '', note = ''], [valueFormat, noteFormat], info) => [
    figureCellFromExcel(value, valueFormat, String(info[UNIT_INFO] ?? '')),
    textCellFromExcel(note, noteFormat),
  ],
  reading: ({ cells: [value = null], parsed }, lang) => {
    const read = figureReading(value, parsed.ok ? (parsed.value?.value ?? null) : null);
    return read === null ? null : lang === 'zh' ? `读作 ${formatFigure(read)}` : `read as ${formatFigure(read)}`;
  },
  describe: (v, lang) =>
    v
      ? `${formatFigure(v.value)}${v.note ? (lang === 'zh' ? `（${v.note}）` : ` (${v.note})`) : ''}`
      : lang === 'zh'
        ? '（空）'
        : '(blank)',
  // 完成率 against the lower bound: reaching it is what the plan commits to. Only for figures that count (issue 14):
  // a number within PROGRESS_LIMITS whose row is not marked ✗ (not sent: it does not parse, or the server refused it).
  formula: (info, sheetRow) => {
    const base = targetBounds(info[TARGET_INFO] ?? '').min;
    const [cell, state] = [`${VALUE_COL}${sheetRow}`, `${STATE_COL}${sheetRow}`];
    const counts = `ISNUMBER(${cell}),${cell}>=0,${cell}<=${PROGRESS_LIMITS.maxFigureValue},LEFT(${state},1)<>"${NOT_SENT_SIGN}"`;
    return base > 0 ? `=IF(AND(${counts}),${cell}/${base},"")` : '';
  },
  stateOf: (targetId, value, stamp) => ({ targetId, ...value, ...stamp }),
  check: (v, previous, info, factor, lang) =>
    figureCheck(v.value, previous?.value ?? null, info[TARGET_INFO] ?? '', info[UNIT_INFO] ?? '', factor, lang),
};
