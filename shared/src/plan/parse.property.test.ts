// Properties of the parser over generated text: it never crashes, and target ids survive unrelated edits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanParseError, parsePlan, safeParsePlan } from './parse';
import { PlanSchema, type Plan } from './schema';
import { readSeedText } from './seed-plan';

const SEED = readSeedText();
const SEED_LINES = SEED.split('\n');
const seedPlan = parsePlan(SEED);
/** Hundreds of parses on a shared, loaded machine: a bound on hanging, never a speed check. */
const GENEROUS_MS = 120_000;

/** Pieces plan texts are made of, so generated text often looks like a plan and reaches every branch. */
const planToken = fc.constantFrom(
  '\n',
  '一、',
  '二、',
  '1.',
  '2、',
  '23.',
  '。',
  ',',
  '，',
  '、',
  '(',
  ')',
  '（',
  '）',
  '〔',
  '〕',
  '“',
  '”',
  '《',
  '》',
  '2014年',
  '6月4日',
  '50名左右',
  '5-8个',
  '3万人次',
  '两万',
  '千人',
  '各',
  '在',
  '等领域',
  '左右',
  '以内',
  '第',
  '市委组织部',
  '有关成员单位',
  '各区〔市〕县',
  '引进',
  '人才',
  '浏览量:12',
  '网站地图',
  '领导小组',
  // The forms of issue 9: labelled fields, other numbering, tables, directions, vague and formatted numbers.
  '牵头单位：',
  '责任单位:',
  '完成时限：',
  '分管领导：',
  '（一）',
  '（1）',
  '第三件实事：',
  '\t',
  '    ',
  '序号\t工作任务\t牵头单位\t完成时限',
  '牵头，',
  '会同有关部门负责',
  '列第一位者为牵头单位，下同',
  '以上',
  '控制在',
  '12,500人次',
  '3万4000',
  '三四十个',
  '壹佰贰拾名',
  '附件1',
  '〔2018〕',
);
const planLike = fc
  .array(fc.oneof(planToken, fc.string({ maxLength: 6 })), { maxLength: 80 })
  .map((parts) => parts.join(''));

describe('parsePlan properties', () => {
  it(
    'never throws anything but PlanParseError, and what it returns is a valid plan',
    () => {
      fc.assert(
        fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 400 }), planLike), (text) => {
          const result = safeParsePlan(text);
          if (result.success) expect(PlanSchema.safeParse(result.plan).success).toBe(true);
          else expect(result.error).toBeInstanceOf(PlanParseError);
        }),
        { numRuns: 2000 },
      );
    },
    GENEROUS_MS,
  );

  it(
    'survives arbitrary edits of the seed',
    () => {
      fc.assert(
        fc.property(fc.nat(SEED.length), fc.nat(200), fc.string({ maxLength: 30 }), (at, cut, insert) => {
          const edited = SEED.slice(0, at) + insert + SEED.slice(at + cut);
          const result = safeParsePlan(edited);
          if (!result.success) expect(result.error).toBeInstanceOf(PlanParseError);
        }),
        { numRuns: 300 },
      );
    },
    GENEROUS_MS,
  );

  it(
    'keeps the targets of every other task when one task’s text is edited',
    () => {
      const taskLines = SEED_LINES.flatMap((line, i) => (/^\s*\d+\./.test(line) ? [i] : []));
      fc.assert(
        fc.property(
          fc.constantFrom(...taskLines),
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => s.replace(/[\r\n]/g, '')),
          (lineIndex, where, insert) => {
            const line = SEED_LINES[lineIndex]!;
            const at = line.indexOf('.') + 1 + Math.floor(where * (line.length - line.indexOf('.') - 1));
            const lines = [...SEED_LINES];
            lines[lineIndex] = line.slice(0, at) + insert + line.slice(at);
            const edited = parsePlan(lines.join('\n'));
            const editedTask = Number(/^\s*(\d+)\./.exec(line)![1]);
            expect(targetsExcept(edited, editedTask)).toEqual(targetsExcept(seedPlan, editedTask));
          },
        ),
        { numRuns: 500 },
      );
    },
    GENEROUS_MS,
  );

  it(
    'keeps a task’s own target ids when a sentence without numbers is added to it',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...seedPlan.tasks.filter((t) => t.targets.length > 0).map((t) => t.number)),
          fc.array(fc.constantFrom(...Array.from('加强完善推进人才工作机制服务平台建设创新')), {
            minLength: 1,
            maxLength: 30,
          }),
          (taskNumber, chars) => {
            const sentence = `${chars.join('')}。`;
            const edited = parsePlan(
              SEED.replace(/(\n\s*)(\d+)\.([^。]+。)/g, (m, pre, n, first) =>
                Number(n) === taskNumber ? `${pre}${n}.${first}${sentence}` : m,
              ),
            );
            const ids = (plan: Plan) =>
              plan.tasks[taskNumber - 1]!.targets.map((t) => [t.id, t.metric, t.min, t.max, t.unit]);
            expect(ids(edited)).toEqual(ids(seedPlan));
          },
        ),
        { numRuns: 200 },
      );
    },
    GENEROUS_MS,
  );
});

function targetsExcept(plan: Plan, taskNumber: number) {
  return plan.tasks
    .filter((t) => t.number !== taskNumber)
    .flatMap((t) =>
      t.targets.map(({ id, metric, min, max, unit, approximate }) => ({ id, metric, min, max, unit, approximate })),
    );
}
