// The 汇总 sheet (issue 12, point 4): the assessment's roll-up as a grid, by lead unit and by section, with its marks.
import {
  LIGHT_LABELS,
  type Assessment,
  type CellValue,
  type Light,
  type RollUpLine,
  type Writer,
} from '@plansync/shared';
import type { Lang } from '../i18n/lang';
import { rangeAddress } from './address';
import { literal } from './encode';
import { LIGHT_FILL } from './lights';
import { sectionOrdinal } from './plan-sheet';

export const ROLL_UP_SHEET = '汇总';

/** Lights in the order the columns show them. */
const LIGHT_COLUMNS: Light[] = ['done', 'green', 'yellow', 'red', 'none'];

const REPORTING = {
  reported: { zh: '已报送', en: 'Reported' },
  overdue: { zh: '未报送', en: 'Not reported' },
  notDue: { zh: '未到期', en: 'Not yet due' },
} as const;

/**
 * Columns, the first three side by side because the chart plots them (完成率 against 序时进度 by unit). `percent`
 * columns hold a share 0–1 formatted as %; the 完成率 column carries data bars.
 */
export const ROLL_UP_COLUMNS = [
  { zh: '牵头单位', en: 'Lead unit', width: 130 },
  { zh: '平均完成率', en: 'Avg. completion', width: 72, percent: true },
  { zh: '序时进度', en: 'Elapsed', width: 60, percent: true },
  { zh: '任务数', en: 'Tasks', width: 44 },
  { zh: '指标数', en: 'Targets', width: 44 },
  { zh: '已填报指标', en: 'Targets with figures', width: 64 },
  { zh: '本期已报送任务', en: 'Tasks reported this period', width: 80 },
  ...LIGHT_COLUMNS.map((l) => ({ ...LIGHT_LABELS[l], width: 48 })),
  { zh: '报送情况', en: 'Reporting', width: 64 },
] as const;
const LAST_COL = ROLL_UP_COLUMNS.length - 1;
const FIRST_LIGHT_COL = 7;

/** Where the blocks are, so the Excel side can format them. All rows and columns 0-based. */
export interface RollUpBlock {
  /** The header row; data rows follow it, the 合计 row last. */
  headerRow: number;
  /** The rows the chart plots (header included): every unit, or an editor's own unit and the total. */
  chartRows: [number, number] | null;
  totalRow: number;
}

export interface RollUpSheetLayout {
  values: CellValue[][];
  units: RollUpBlock;
  sections: RollUpBlock | null;
  /** Cells coloured by what they say: light counts above zero in their light's colour, 未报送 in red. */
  fills: { address: string; color: string }[];
  /** The chart's source (A–C of the unit block) and the cells it covers, beside the tables. */
  chart: { source: string; from: string; to: string; title: string } | null;
}

/**
 * The 汇总 grid for `me`: admin and viewer see every lead unit, an editor its own unit beside the plan's totals
 * (issue 12). Section lines are the plan's, for everyone. Units not reported after the due day read 未报送 in red.
 */
export function rollUpSheet(assessment: Assessment, me: Writer, lang: Lang): RollUpSheetLayout {
  const zh = lang === 'zh';
  const { rollUp, elapsed } = assessment;
  const label = assessment.periodLabel[lang];
  const values: CellValue[][] = [
    pad([zh ? `汇总（${label}）` : `Roll-up (${label})`]),
    pad([zh ? `判定日期 ${assessment.asOf}` : `As of ${assessment.asOf}`]),
  ];
  const fills: RollUpSheetLayout['fills'] = [];
  const headers = ROLL_UP_COLUMNS.map((c) => c[lang]);
  const line = (name: string, l: RollUpLine, reporting: CellValue = ''): CellValue[] => {
    const row = values.length;
    LIGHT_COLUMNS.forEach((light, i) => {
      const color = LIGHT_FILL[light];
      if (l.lights[light] > 0 && color) fills.push({ address: rangeAddress(row, FIRST_LIGHT_COL + i), color });
    });
    return [
      literal(name),
      l.completion ?? '',
      elapsed,
      l.tasks,
      l.targets,
      l.figures,
      l.reportedTasks,
      ...LIGHT_COLUMNS.map((light) => l.lights[light]),
      reporting,
    ];
  };
  const total = zh ? '合计' : 'Total';

  const own = me.role === 'editor' ? rollUp.units.filter((u) => u.unit === me.unit) : rollUp.units;
  values.push(pad([zh ? (me.role === 'editor' ? '本单位与全计划' : '按牵头单位') : 'By lead unit']));
  const unitHeader = values.length;
  values.push(headers);
  for (const u of own) {
    const state = u.overdue ? 'overdue' : u.reported ? 'reported' : 'notDue';
    if (u.overdue) fills.push({ address: rangeAddress(values.length, LAST_COL), color: LIGHT_FILL.red! });
    values.push(line(u.unit, u, REPORTING[state][lang]));
  }
  const unitTotal = values.length;
  values.push(line(total, rollUp.total));
  // An editor's chart sets its unit beside the plan's total; the office's plots every unit.
  const chartLast = me.role === 'editor' ? unitTotal : unitTotal - 1;
  const chartRows: [number, number] | null = chartLast > unitHeader ? [unitHeader, chartLast] : null;

  let sections: RollUpBlock | null = null;
  if (rollUp.sections.length) {
    values.push(pad([]), pad([zh ? '按部分' : 'By section']));
    const headerRow = values.length;
    values.push([zh ? '部分' : 'Section', ...headers.slice(1)]);
    for (const s of rollUp.sections)
      values.push(line(zh ? `${sectionOrdinal(s.section)}、${s.title}` : `${s.section}. ${s.title}`, s));
    const totalRow = values.length;
    values.push(line(total, rollUp.total));
    sections = { headerRow, chartRows: null, totalRow };
  }
  const chart = chartRows && {
    source: rangeAddress(chartRows[0], 0, chartRows[1], 2),
    from: rangeAddress(unitHeader, LAST_COL + 2),
    to: rangeAddress(unitHeader + 18, LAST_COL + 10),
    title: zh ? `完成率与序时进度（${label}）` : `Completion against elapsed (${label})`,
  };
  return { values, units: { headerRow: unitHeader, chartRows, totalRow: unitTotal }, sections, fills, chart };
}

function pad(cells: CellValue[]): CellValue[] {
  return [...cells, ...Array<CellValue>(ROLL_UP_COLUMNS.length - cells.length).fill('')];
}
