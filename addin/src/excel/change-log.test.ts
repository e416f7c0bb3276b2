import { changeRows, type ChangeRow } from '@plansync/shared';
import { describe, expect, it } from 'vitest';
import { WorkbookStateError } from '../api/errors';
import { ADMIN, editorOf, seedPlan, setup } from '../test/workbook-fixtures';
import { writeChangeLog } from './change-log';
import { SYNC_BUDGET_BYTES } from './ops';

const seed = seedPlan();
const task = seed.tasks.find((t) => t.targets.length >= 2)!;
const [first, second] = task.targets;

function logged() {
  const s = setup(seed, ADMIN);
  s.api.writeAs(editorOf(task.leadUnit), first!.id, 20);
  s.api.writeAs(ADMIN, first!.id, 25, '含区县');
  s.api.writeAs(editorOf(task.leadUnit), second!.id, 3);
  return s;
}

describe('writeChangeLog', () => {
  it('writes every change of a task newest first, old → new with who, in 2 syncs, and replaces its own sheet next time', async () => {
    const { book, host, api } = logged();
    const rows = changeRows((await api.history(seed.id, { task: task.number })).entries, 'zh');
    host.resetStats();
    expect(await writeChangeLog(host, seed, rows, task.number, 'zh', '2014-07-08T02:00:00.000Z')).toBe(2);
    expect(host.stats.syncs).toBe(2);
    const grid = book.sheet('变更记录')!.snapshot();
    expect(String(grid[0]![0])).toContain(`任务${task.number}的变更记录`);
    expect(grid[1]!.slice(0, 10)).toEqual([
      '时间',
      '任务',
      '编号',
      '事项',
      '字段',
      '原值',
      '新值',
      '报送期',
      '填报单位',
      '版本',
    ]);
    expect(grid.slice(2).map((r) => [r[2], r[3], r[4], r[5], r[6], r[8]])).toEqual([
      [second!.id, second!.metric, '完成值', '', '3', task.leadUnit],
      [first!.id, first!.metric, '完成值', '20', '25', '管理员'],
      [first!.id, first!.metric, '备注', '', '含区县', '管理员'],
      [first!.id, first!.metric, '完成值', '', '20', task.leadUnit],
    ]);
    expect(book.sheet('变更记录')!.frozenRows).toBe(2);

    await writeChangeLog(host, seed, rows.slice(0, 1), null, 'zh');
    const again = book.sheet('变更记录')!.snapshot();
    expect(String(again[0]![0])).toContain('全部任务的变更记录');
    expect(again.slice(2).filter((r) => r.some((c) => c !== ''))).toHaveLength(1);
  });

  it("never touches a user's own sheet named 变更记录", async () => {
    const { book, host } = logged();
    book.addSheet('变更记录');
    book.type('变更记录', 'A1', '我的记录');
    const error = await writeChangeLog(host, seed, [], null, 'zh').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookStateError);
    expect(error).toMatchObject({ reason: 'user_log_sheet', sheet: '变更记录' });
    expect(book.sheet('变更记录')!.snapshot()).toEqual([['我的记录']]);
  });

  it('chunks a long log under the request limit, one more sync per extra 4.5 MB', async () => {
    const { host } = logged();
    const row: ChangeRow = {
      writtenAt: '2014-07-08T02:00:00.000Z',
      task: task.number,
      targetId: null,
      field: 'progress',
      old: '推进'.repeat(100),
      new: '完成'.repeat(100),
      period: '2014年6月',
      writer: task.leadUnit,
      version: 2,
    };
    host.resetStats();
    const syncs = await writeChangeLog(
      host,
      seed,
      Array.from({ length: 12_000 }, () => row),
      null,
      'zh',
    );
    expect(syncs).toBe(host.stats.syncs);
    // About 15 MB of text: the read, then as many writes as the bytes need (at most one more), each under the budget.
    const writes = host.stats.requestBytes.slice(1);
    const total = writes.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(3 * SYNC_BUDGET_BYTES);
    expect(writes.length).toBeLessThanOrEqual(Math.ceil(total / SYNC_BUDGET_BYTES) + 1);
    expect(Math.max(...writes)).toBeLessThan(SYNC_BUDGET_BYTES);
  });
});
