// What each cell problem means, in words for the people who typed it (Chinese first, English available).
import { TASK_STATUS_LABELS, TASK_STATUSES } from '../progress/schema';
import type { Lang } from '../text/localized';
import type { CellProblem } from './cell';

/** Every status label in `lang`, in order: what a 状态 cell may hold (and its list validation offers). */
export const statusLabels = (lang: Lang): string[] => TASK_STATUSES.map((s) => TASK_STATUS_LABELS[s][lang]);

const statusList = (lang: Lang) => statusLabels(lang).join(lang === 'zh' ? '、' : ', ');

/** One sentence explaining why a cell was not sent. */
export function describeProblem(problem: CellProblem, lang: Lang): string {
  const { text, limit } = problem;
  const zh = lang === 'zh';
  switch (problem.code) {
    case 'not_a_number':
      return zh
        ? `“${text}”不是数字：完成值只填数字，如 30、1,200 或 1.5万`
        : `"${text}" is not a number: type a figure such as 30, 1,200 or 1.5万`;
    case 'bad_separator':
      return zh
        ? `“${text}”中的逗号不是千位分隔（应写 1,200）：小数请用小数点，如 4.5`
        : `"${text}": commas only group thousands (1,200); use a point for decimals, e.g. 4.5`;
    case 'date':
      return zh
        ? `“${text}”被当作日期或时间，不是完成值：请只填一个数字，如 30`
        : `"${text}" reads as a date or time, not a figure: type one number, e.g. 30`;
    case 'percent':
      return zh
        ? `“${text}”是百分数，而本指标不按 % 计：请填写数字，如 30`
        : `"${text}" is a percentage, but this target is not counted in %: type a number, e.g. 30`;
    case 'negative':
      return zh ? `完成值不能为负数（${text}）` : `A completed value cannot be negative (${text})`;
    case 'too_large':
      return zh ? `数值过大（${text}），上限为 ${limit}` : `Value too large (${text}); the limit is ${limit}`;
    case 'error_value':
      return zh ? `单元格是错误值 ${text}，请改为数字或文字` : `The cell holds the error ${text}; type a value instead`;
    case 'too_long':
      return zh ? `文字过长，最多 ${limit} 字` : `Text too long: at most ${limit} characters`;
    case 'unknown_status':
      return zh
        ? `状态“${text}”无效，请选择：${statusList('zh')}`
        : `Unknown status "${text}"; choose: ${statusList('en')}`;
    case 'missing_status':
      return zh ? `请先选择状态（${statusList('zh')}）` : `Choose a status first (${statusList('en')})`;
    case 'missing_value':
      return zh ? '填写备注时请同时填写完成值' : 'Type the completed value along with the note';
    case 'cleared':
      return zh ? '已同步的值不能清空，请填写 0 或恢复原值' : 'A synced value cannot be cleared; type 0 or restore it';
    case 'rejected':
      return zh ? `服务器拒绝：${text}` : `Refused by the server: ${text}`;
    case 'forbidden':
      return zh ? `无权填报：本项由${limit}牵头` : `Not yours to report: ${limit} leads this item`;
  }
}
