// What the pane says about reporting after a sync or pull (issue 12): the period sent, 序时进度, the lights, 未报送.
import {
  LIGHT_LABELS,
  periodLabel,
  periodName,
  type Assessment,
  type Light,
  type ReportingPeriod,
  type Writer,
} from '@plansync/shared';
import type { Lang } from '../i18n/lang';

export interface ReportingText {
  /** After a sync: the period it reported, `本次报送：2014年6月（截至6月底）`. */
  sent: string | null;
  /** 序时进度 and how many tasks have each light. */
  judged: string | null;
  /** The units that have not reported for the period after its due day (admin and viewer see every unit). */
  overdue: { heading: string; units: string[] } | null;
}

const LIGHT_ORDER: Light[] = ['red', 'yellow', 'green', 'done'];

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** `2014-07-05` → `7月5日` / `2014-07-05`. */
const dueText = (date: string, lang: Lang) =>
  lang === 'zh' ? `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日` : date;

/**
 * The pane's reporting lines. An editor is told about its own unit only; admin and viewer tokens (the office) get
 * the list of units that have not reported (BRIEF: offices list these first).
 */
export function reportingText(
  period: ReportingPeriod | undefined,
  assessment: Assessment | undefined,
  me: Pick<Writer, 'role' | 'unit'> | null,
  lang: Lang,
): ReportingText {
  const zh = lang === 'zh';
  const sent = period
    ? zh
      ? `本次报送：${periodName(period).zh}（${periodLabel(period).zh}）`
      : `This sync reported ${periodName(period).en} (${periodLabel(period).en})`
    : null;
  if (!assessment) return { sent, judged: null, overdue: null };
  const counts = LIGHT_ORDER.map((light) => [light, assessment.tasks.filter((t) => t.light === light).length] as const)
    .filter(([, n]) => n > 0)
    .map(([light, n]) => (zh ? `${LIGHT_LABELS[light].zh} ${n} 项` : `${LIGHT_LABELS[light].en}: ${n}`));
  const judged = zh
    ? `序时进度 ${percent(assessment.elapsed)}（${assessment.periodLabel.zh}）${counts.length ? `；任务${counts.join('、')}` : ''}`
    : `Elapsed ${percent(assessment.elapsed)} (${assessment.periodLabel.en})${counts.length ? `; tasks ${counts.join(', ')}` : ''}`;
  const name = periodName(assessment.period)[lang];
  const due = assessment.units[0]?.dueOn;
  if (!due) return { sent, judged, overdue: null };
  if (me?.role === 'editor') {
    const own = assessment.units.find((u) => u.unit === me.unit);
    if (!own) return { sent, judged, overdue: null };
    const state = own.reported
      ? zh
        ? '已报送'
        : 'reported'
      : own.overdue
        ? zh
          ? `未报送（${dueText(due, lang)}截止）`
          : `not reported (was due ${due})`
        : zh
          ? `待报送（${dueText(due, lang)}截止）`
          : `not yet reported (due ${due})`;
    const ownLine = zh ? `；本单位${name}：${state}` : `; your unit, ${name}: ${state}`;
    return { sent, judged: `${judged}${ownLine}`, overdue: null };
  }
  const units = assessment.units.filter((u) => u.overdue).map((u) => u.unit);
  if (units.length === 0) return { sent, judged, overdue: null };
  const heading = zh
    ? `未报送（${name}，${dueText(due, lang)}截止）${units.length} 个单位：`
    : `Not reported for ${name} (due ${due}), ${units.length} units:`;
  return { sent, judged, overdue: { heading, units } };
}
