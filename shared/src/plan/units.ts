// A list of responsible units as plans write it: split, roles (牵头/配合/负责), catch-all groups, lead first.

export const OPEN = '(（〔[【';
export const CLOSE = ')）〕]】';
/** Items that stand for a class of bodies rather than one named unit (各区县政府, 市直各部门, 有关单位). */
export const CATCH_ALL = /各|有关|相关|成员单位|协办单位|^其他|^等/;
/** How names of units end (issue 9: 队 中心 办 委 局 院 会 所 站 公司 集团 管委会 政府, and the seed's). */
export const UNIT_NAME_END =
  /(部|局|委|办|院|会|厅|处|室|中心|小组|政府|公司|集团|所|站|队|署|行|校|社|馆|联|协|团|台|司|区|县|镇|乡|街道|办事处|法院|检察院|指挥部|分局)$/;
/** Words after a unit that say its role; 牵头 makes it the lead, 配合/参与/协助/协办 a co-operating unit. */
const ROLE_WORDS = /(等)?(牵头|负责|配合|参与|协助|协办|落实|实施|承办|共同负责|分工负责|为牵头单位|按职责分工负责)+$/;
/** Sentences that explain the list rather than name a unit: `列第一位者为牵头单位，下同`. */
const EXPLANATION = /列第一位|排在第一位|排名第一|首位|下同|为牵头单位$|牵头单位为/;
/** The same explanation as an aside in brackets after the list: `…市税务局(列第一位者为工作牵头单位，下同)`. */
const EXPLANATION_ASIDE = /[(（][^()（）]*(列第一位|排在第一位|下同)[^()（）]*[)）]?/g;
/** Verbs joining two units in one item: `X会同Y`, `X协同Y`. */
const JOINING_VERB = /会同|协同|联合|配合/;

export interface ResponsibleUnits {
  /** Named units in the text's order, the lead first. */
  units: string[];
  /** Catch-all groups such as 市人才工作领导小组有关成员单位. */
  groups: string[];
}

/**
 * Named units and catch-all groups of a list (the inside of a parenthetical, or a labelled field's value).
 * `extraSeparators` adds characters to split on (a labelled field also splits on spaces).
 * @example parseUnitList('市农业局牵头，市水务局配合') // { units: ['市农业局', '市水务局'], groups: [] }
 * @example parseUnitList('市交通局会同有关部门负责') // { units: ['市交通局'], groups: ['有关部门'] }
 */
export function parseUnitList(inner: string, extraSeparators = ''): ResponsibleUnits {
  const statements = splitTopLevel(inner.replace(EXPLANATION_ASIDE, ''), '。').filter(
    (s) => !EXPLANATION.test(s.trim()),
  );
  const items = mergeCoordinated(
    splitTopLevel(statements.join('，'), `、,，;；${extraSeparators}`)
      .map((s) => s.trim())
      .filter(Boolean),
  );
  const lead: string[] = [];
  const units: string[] = [];
  const groups: string[] = [];
  for (const raw of items) {
    const role = ROLE_WORDS.exec(raw);
    const item = role ? raw.slice(0, role.index) : raw;
    for (const part of splitJoined(item)) {
      if (CATCH_ALL.test(part)) groups.push(part);
      else (role?.[0].includes('牵头') ? lead : units).push(part);
    }
  }
  return { units: unique([...lead, ...units]), groups: unique(groups) };
}

/** Whether a parsed list names units at all, rather than being an aside such as `(大学生)`. */
export function looksLikeUnits({ units, groups }: ResponsibleUnits): boolean {
  return groups.length > 0 || units.some((u) => UNIT_NAME_END.test(u));
}

/** `X会同Y` → X, Y; `X等有关部门和单位` → X, 有关部门和单位; `X等` → X. */
function splitJoined(item: string): string[] {
  const parts = item.split(JOINING_VERB).flatMap((p) => {
    // 等 ends a list (X等) or opens a group (X等有关部门); inside a name (高等院校) it is neither.
    const m = /^(.+?)等(有关|相关|其他|各|成员|$)/.exec(p);
    return m ? [m[1]!, p.slice(m[1]!.length + 1)] : [p];
  });
  return parts.map((p) => p.trim()).filter(Boolean);
}

/**
 * Items that share the name's end with the next one: `东湖、西湖管理区` → 东湖管理区, 西湖管理区; a one-character
 * item after 各 is part of one group: `各乡、镇人民政府`.
 */
function mergeCoordinated(items: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const next = items[i + 1];
    if (next && /^各.$/.test(item)) {
      items[i + 1] = `${item}、${next}`;
      continue;
    }
    const bare = !UNIT_NAME_END.test(item) && !CATCH_ALL.test(item) && !ROLE_WORDS.test(item);
    if (next && bare && item.length <= 4 && next.length > item.length + 1 && UNIT_NAME_END.test(next)) {
      out.push(item + next.slice(item.length));
      continue;
    }
    out.push(item);
  }
  return out;
}

/** Splits on separator characters that are not nested inside brackets. */
function splitTopLevel(text: string, separators: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.includes(ch)) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

const unique = (items: string[]) => [...new Set(items)];
