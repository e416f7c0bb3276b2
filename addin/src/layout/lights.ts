// The 序时进度 and 亮灯 cells of a ledger row (issue 12): from an assessment, and their fill colours.
import { LIGHT_LABELS, LIGHTS, type Assessment, type CellValue, type Light } from '@plansync/shared';
import type { Lang } from '../i18n/lang';

/**
 * Fill of a 亮灯 cell: the national convention red = behind, yellow = slightly behind, green = on pace (BRIEF), blue
 * for done; pale tints so that the words on them (滞后/预警/正常/已完成) stay legible. `none` leaves the cell unfilled.
 */
export const LIGHT_FILL: Record<Light, string | null> = {
  done: '#BDD7EE',
  green: '#C6EFCE',
  yellow: '#FFEB9C',
  red: '#FFC7CE',
  none: null,
};

/**
 * What a row shows in its judged cells: 序时进度 (a share, 0–1, formatted %), 亮灯 (the light's words), and on 指标 the
 * figure's 本期 and 上期 (blank when not reported / unknown). Keyed by column id.
 */
export interface Judged {
  thisPeriod?: CellValue;
  lastPeriod?: CellValue;
  elapsed: CellValue;
  light: CellValue;
}

export const UNJUDGED: Judged = { elapsed: '', light: '' };

/** The light a 亮灯 cell's words name (in either language), or null for an empty or edited cell. */
function lightOfText(text: CellValue): Light | null {
  return LIGHTS.find((l) => LIGHT_LABELS[l].zh === text || LIGHT_LABELS[l].en === text) ?? null;
}

/** The fill a 亮灯 cell gets for its words. */
export const lightFill = (text: CellValue) => LIGHT_FILL[lightOfText(text) ?? 'none'];

/**
 * The same colours as conditional-format rules: a cell beginning with a light's words, in either language (a workbook
 * keeps its rules if the pane's language changes), takes its fill.
 */
export const LIGHT_RULES: readonly { text: string; fill: string }[] = LIGHTS.flatMap((light) => {
  const fill = LIGHT_FILL[light];
  return fill ? [LIGHT_LABELS[light].zh, LIGHT_LABELS[light].en].map((text) => ({ text, fill })) : [];
});

/**
 * Each target's cells by target id, and each task's by task number as text (the ledgers' keys). A level or a cap
 * is judged without 序时进度 (BRIEF), so its 序时进度 cell stays empty.
 */
export function judgedRows(
  assessment: Assessment,
  lang: Lang,
): { figures: Map<string, Judged>; reports: Map<string, Judged> } {
  const word = (light: Light) => LIGHT_LABELS[light][lang];
  return {
    figures: new Map(
      assessment.targets.map((t) => [
        t.targetId,
        {
          thisPeriod: t.thisPeriod ?? '',
          lastPeriod: t.lastPeriod ?? '',
          elapsed: t.basis === 'cumulative' ? assessment.elapsed : '',
          light: word(t.light),
        },
      ]),
    ),
    reports: new Map(
      assessment.tasks.map((t) => [String(t.task), { elapsed: assessment.elapsed, light: word(t.light) }]),
    ),
  };
}
