// Real plan texts (seeds/real/) against a person's reading: title, year, lead units, targets and their direction.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPlan } from './read';
import { REAL_PLANS, scoreReading } from './real-plans';

const read = (file: string) => readFileSync(new URL(`../../../seeds/real/${file}`, import.meta.url), 'utf8');

describe.each(REAL_PLANS)('$file ($forms)', (expected) => {
  const { plan, warnings } = readPlan(read(expected.file));

  it('reads the title and year', () => {
    expect([plan.title, plan.year]).toEqual([expected.title, expected.year]);
    expect(warnings.map((w) => w.kind)).not.toContain('no_year');
  });

  it('reads every task with its lead unit', () => {
    expect(plan.tasks.map((t) => t.leadUnit)).toEqual(expected.leads);
  });

  it('finds the targets a person reads, with their direction, and no others', () => {
    const given = plan.tasks.flatMap((t) => t.targets).map((t) => [t.task, t.min, t.unit, t.direction]);
    expect(given).toEqual(expected.targets.map((t) => [t.task, t.min, t.unit, t.direction]));
    expect(scoreReading(plan, expected)).toMatchObject({ found: expected.targets.length, given: given.length });
  });
});
