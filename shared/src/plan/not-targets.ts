// Numbers with a measure word that are no goal: phases, durations, conditions, progress so far (issue 9, point 6).
import type { Quantity } from './quantities';

/** A clause about what is already done, not what is to be done: `截至目前已完成60%`. */
const ACHIEVED = /截至|截止|已经|已(完成|建成|达到|达|累计|实现|开工|投用|竣工)|目前已|现有|原有|去年|上年末/;
/** Words that start a clause about something else the goal refers to (围绕10个示范基地…). */
const REFERENCE_LEAD = /^(围绕|依托|按照|结合|根据|对照|参照|借鉴)/;
/** A comparison that makes the quantity a condition (`超过100人的企业`), with 的 after it. */
const CONDITION_BEFORE = /(超过|超|不足|满|高于|低于|在)$/;
/** What a document counts about itself: `两个表格`, `以下3个方面`. */
const DOCUMENT_NOUN = /^(表格|表|附件|方面|部分|章节|章|条款|环节|步骤|阶段)/;
const DOCUMENT_BEFORE = /(上述|以下|下列|如下|这|该|前|后)$/;

/**
 * Whether a quantity is no goal: an ordinal (第3期), the indefinite 一 (一批), a phase or line number (5号线二期),
 * a duration (6个月, 3—12个月), a condition (超过100人的企业), a count of the document's own parts, progress already
 * achieved, a reference (围绕10个…), or the count of a list just given (A、B、C和D 4支队伍).
 * `clause` is the clause's text up to the quantity; `text` the whole task text.
 */
export function isNoGoal(text: string, q: Quantity, clause: string): boolean {
  const before = clause.trimEnd();
  const next = text.slice(q.end, q.end + 4);
  if (q.indefinite || text[q.start - 1] === '第') return true;
  // 期 counts sessions (举办3期培训班); otherwise it is a phase of a project (5号线二期, 改扩建二期).
  if (q.unit === '期' && !/(举办|开展|组织|培训|办)$/.test(before) && !/^(培训|班|研修|讲座|论坛|活动|课程)/.test(next))
    return true;
  // A distance that names a kind of place or service (三公里充分就业社区, 500米服务半径), not a length to build.
  if (/^(千米|公里|米)$/.test(q.unit) && /^(充分就业|就业|生活圈|服务圈|服务半径|半径|范围|内)/.test(next)) return true;
  // A rate or standard, not an amount to reach: `每院5万元的标准`.
  if (/^的?标准/.test(next) || /每[\u4e00-\u9fff]{1,2}$/.test(before)) return true;
  if (q.unit === '个' && /^(多)?(月|工作日|小时|季度|星期|周)/.test(next)) return true;
  if (next.startsWith('的') && CONDITION_BEFORE.test(before)) return true;
  if (/^的(企业|项目|单位|家庭|村|工程|园区|学校|医院)/.test(next) && q.after !== '') return true;
  if (DOCUMENT_NOUN.test(next) || (DOCUMENT_BEFORE.test(before) && /^[个项条]$/.test(q.unit))) return true;
  const lead = clause.trimStart();
  if (ACHIEVED.test(lead) || REFERENCE_LEAD.test(lead)) return true;
  return q.min === q.max && q.min === listLength(lead);
}

/** Items of an enumeration ending right before a number (A、B、C和D → 4), or 0. */
function listLength(prefix: string): number {
  const items = prefix.split('、');
  if (items.length < 2) return 0;
  return items.length + (/[和及与]/.test(items.at(-1)!) ? 1 : 0);
}
