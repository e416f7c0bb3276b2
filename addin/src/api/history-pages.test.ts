import { describe, expect, it } from 'vitest';
import { ADMIN, editorOf, seedPlan } from '../test/workbook-fixtures';
import { readHistory } from './history-pages';
import { memoryApi } from './memory-api';

describe('readHistory', () => {
  it("follows the cursor to the end of a target's, a task's and the whole plan's history", async () => {
    const plan = seedPlan();
    const api = memoryApi(plan, ADMIN);
    const [first, second] = plan.tasks.filter((t) => t.targets.length > 0);
    const target = first!.targets[0]!.id;
    for (let value = 1; value <= 450; value++) api.writeAs(editorOf(first!.leadUnit), target, value);
    api.writeAs(ADMIN, second!.targets[0]!.id, 7);

    const one = await readHistory(api, plan.id, { target });
    expect(one.cut).toBe(false);
    expect(one.entries.map((e) => (e.kind === 'figure' ? e.new.value : null))).toEqual(
      Array.from({ length: 450 }, (_, i) => i + 1),
    );
    expect((await readHistory(api, plan.id, { task: second!.number })).entries).toHaveLength(1);
    expect((await readHistory(api, plan.id, {})).entries).toHaveLength(451);
    expect(await readHistory(api, plan.id, { target }, 2)).toMatchObject({ cut: true, entries: { length: 400 } });
  });
});
