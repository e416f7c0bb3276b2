// Which way a target counts, from the words around its number (issue 9, point 5).
import type { TargetDirection } from './schema';

/** Words before the number. */
const FLOOR_BEFORE = /(不低于|不少于|不小于|至少|达到|达|(?<!不)超过|突破|以上)$/;
const CAP_BEFORE = /(不超过|不高于|不多于|(?<!不)低于|控制在|控制到|压减到|压缩到|降至|降到|下降到|以内)$/;
const ABOUT_BEFORE = /(约|大约|近|接近|大概)$/;

/**
 * The direction of a target: `at_least` for 80%以上, 不低于, 不少于, 达到 and a plain 新增N; `at_most` for
 * 控制在4.5%以内, 不超过, 以下; `about` for 左右, 约. `before` is the clause up to the number, `after` the word after
 * the measure word (以上, 以下, 以内, 左右, 上下 or '').
 */
export function directionOf(before: string, after: string): TargetDirection {
  const lead = before.trimEnd();
  if (after === '以下' || after === '以内' || CAP_BEFORE.test(lead)) return 'at_most';
  if (after === '以上' || FLOOR_BEFORE.test(lead)) return 'at_least';
  if (after === '左右' || after === '上下' || ABOUT_BEFORE.test(lead)) return 'about';
  return 'at_least';
}
