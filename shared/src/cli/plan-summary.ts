// A readable summary of a parsed plan: header, sections with their tasks, and the targets as a table.
import type { Plan, PlanWarning, Target } from '../plan/schema';
import { formatTable } from '../text/table';

/** Target value as a ledger writes it: 50, 5-8, with 约 for approximate ones. */
export function formatTargetValue(target: Pick<Target, 'min' | 'max' | 'approximate'>): string {
  const value = target.min === target.max ? String(target.min) : `${target.min}-${target.max}`;
  return target.approximate ? `约${value}` : value;
}

export function formatPlanSummary(plan: Plan, parseMs: number): string {
  const targets = plan.tasks.flatMap((t) => t.targets);
  const out = [
    `《${plan.title}》 ${plan.issuer} ${plan.issuedOn}`,
    `id ${plan.id} · ${plan.year} · ${plan.sections.length} 部分 sections · ${plan.tasks.length} 项任务 tasks · ` +
      `${targets.length} 项指标 targets · ${plan.units.length} 个单位 units · parsed in ${parseMs.toFixed(1)} ms`,
  ];
  for (const section of plan.sections) {
    out.push('', `${section.number}. ${section.title}`);
    for (const task of plan.tasks.filter((t) => t.section === section.number)) {
      const marks = task.targets.length > 0 ? ` [${task.targets.length} 指标]` : '';
      out.push(`  ${task.number}. ${task.title} — 牵头 ${task.leadUnit || '（未列明）'}${marks}`);
    }
  }
  if (targets.length > 0) {
    const leadOf = new Map(plan.tasks.map((t) => [t.number, t.leadUnit]));
    out.push(
      '',
      formatTable(
        ['指标', '任务', '指标名称', '目标值', '单位', '牵头单位'],
        targets.map((t) => [t.id, String(t.task), t.metric, formatTargetValue(t), t.unit, leadOf.get(t.task) ?? '']),
      ),
    );
  }
  return out.join('\n');
}

/** One line per warning: where (task number or 全文 for the plan), the message in Chinese, the quoted text. */
export function formatWarnings(warnings: readonly PlanWarning[]): string {
  const lines = warnings.map((w) => {
    const where = w.task === null ? '全文' : `任务 ${w.task}`;
    return `  ${where}: ${w.message.zh}${w.quote ? `  「${w.quote}」` : ''}`;
  });
  return [`${warnings.length} 条提示 warnings:`, ...lines].join('\n');
}
