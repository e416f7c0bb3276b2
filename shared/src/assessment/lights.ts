// The lights an office shows (已完成/绿/黄/红/无), the words that go with each colour, and how lights combine.
import { z } from 'zod';

/** `done` 已完成, `green` 绿 (on pace), `yellow` 黄 (slightly behind), `red` 红 (behind), `none` 无 (nothing to judge yet). */
export const LIGHTS = ['done', 'green', 'yellow', 'red', 'none'] as const;
export const LightSchema = z.enum(LIGHTS);
export type Light = z.infer<typeof LightSchema>;

/**
 * The text that always accompanies a light's colour, so that it reads without colour vision (BRIEF: 滞后/预警/正常/
 * 已完成, red = behind, yellow = slightly behind, green = on pace).
 */
export const LIGHT_LABELS: Record<Light, { zh: string; en: string }> = {
  done: { zh: '已完成', en: 'Done' },
  green: { zh: '正常', en: 'On pace' },
  yellow: { zh: '预警', en: 'Slightly behind' },
  red: { zh: '滞后', en: 'Behind' },
  none: { zh: '无', en: 'Not judged' },
};

const SEVERITY: Record<Light, number> = { none: 0, done: 1, green: 2, yellow: 3, red: 4 };

/** The worst of some lights (red before yellow before green before done); `none` when all are `none` or none given. */
export function worstLight(lights: Iterable<Light>): Light {
  let worst: Light = 'none';
  for (const light of lights) if (SEVERITY[light] > SEVERITY[worst]) worst = light;
  return worst;
}

/** `light`, or `floor` when that is worse: a late report makes a task 黄 at least (BRIEF). */
export function atLeast(light: Light, floor: Light): Light {
  return SEVERITY[floor] > SEVERITY[light] ? floor : light;
}

/**
 * The light of a share against the share it should have reached: 绿 at or ahead, 黄 behind by less than
 * `thresholdPoints` percentage points, 红 further behind (BRIEF).
 */
export function paceLight(share: number, expected: number, thresholdPoints: number): Light {
  // Rounded to a hundredth of a point so that 0.3 vs 0.1 + 0.2 does not read as behind.
  const behindPoints = Math.round((expected - share) * 10_000) / 100;
  if (behindPoints <= 0) return 'green';
  return behindPoints < thresholdPoints ? 'yellow' : 'red';
}
