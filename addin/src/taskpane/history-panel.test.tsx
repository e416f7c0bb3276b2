import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import type { ChangeRow } from '@plansync/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SelectedSubject } from '../excel/explain';
import { connect, fakeActions } from '../test/pane-fixtures';
import type { PaneActions } from './actions';

afterEach(cleanup);

const subject = (targetId: string | null, task: number, address: string): SelectedSubject => ({
  sheet: targetId ? '指标' : '进展',
  address,
  label: targetId ? `指标 ${targetId} 完成值` : `进展 任务${task} 下步计划`,
  targetId,
  task,
});
const change = (version: number, old: string, now: string, field: ChangeRow['field'] = 'value'): ChangeRow => ({
  writtenAt: `2014-07-0${version}T02:00:00.000Z`,
  task: 4,
  targetId: '4.1',
  field,
  old,
  new: now,
  period: '2014年6月',
  writer: '市人社局',
  version,
});

async function watched(over: Partial<PaneActions>) {
  let listener: Parameters<PaneActions['watch']>[0] | undefined;
  const actions = fakeActions({ watch: vi.fn((l) => void (listener = l)), ...over });
  await connect(actions);
  return { actions, select: (s: SelectedSubject | null) => act(() => listener!.subject!(s)) };
}

describe('history where people look', () => {
  it('shows the selected figure’s history, newest first, with who, when, period and old → new', async () => {
    const { actions, select } = await watched({
      history: vi.fn(async () => ({ rows: [change(2, '20', '30'), change(1, '', '20')], cut: false })),
    });
    expect(screen.getByTestId('history-hint').textContent).toContain('选中');
    select(subject('4.1', 4, 'H5'));
    await waitFor(() => expect(screen.getAllByTestId('history-row')).toHaveLength(2), { timeout: 20_000 });
    expect(actions.history).toHaveBeenCalledWith(expect.objectContaining({ targetId: '4.1', task: 4 }));
    expect(screen.getByTestId('history-subject').textContent).toBe('指标 4.1 完成值');
    const [latest, first] = screen.getAllByTestId('history-row').map((r) => r.textContent);
    expect(latest).toContain('市人社局 · 2014年6月');
    expect(latest).toContain('完成值：20 → 30');
    expect(first).toContain('完成值：（空） → 20');
  });

  it('asks again for the history shown after a sync, which may have added to it', async () => {
    const history = vi
      .fn<PaneActions['history']>()
      .mockResolvedValueOnce({ rows: [change(1, '', '20')], cut: false })
      .mockResolvedValue({ rows: [change(2, '20', '30'), change(1, '', '20')], cut: false });
    const { actions, select } = await watched({ history });
    select(subject('4.1', 4, 'H5'));
    await waitFor(() => expect(screen.getAllByTestId('history-row')).toHaveLength(1), { timeout: 20_000 });
    fireEvent.click(screen.getByTestId('sync'));
    await waitFor(() => expect(screen.getAllByTestId('history-row')).toHaveLength(2), { timeout: 20_000 });
    expect(actions.sync).toHaveBeenCalled();
    expect(history).toHaveBeenLastCalledWith(expect.objectContaining({ targetId: '4.1' }));
  });

  it('shows only the answer for the latest selection, and says when a subject has no history', async () => {
    let answerFirst: (rows: ChangeRow[]) => void = () => undefined;
    const history = vi.fn(
      (s: SelectedSubject) =>
        new Promise<{ rows: ChangeRow[]; cut: boolean }>((resolve) => {
          if (s.targetId) answerFirst = (rows) => resolve({ rows, cut: false });
          else resolve({ rows: [], cut: false });
        }),
    );
    const { select } = await watched({ history });
    select(subject('4.1', 4, 'H5'));
    select(subject(null, 7, 'G8'));
    await screen.findByTestId('history-empty', {}, { timeout: 20_000 });
    await act(async () => answerFirst([change(1, '', '20')]));
    await waitFor(() => expect(history).toHaveBeenCalledTimes(2), { timeout: 20_000 });
    expect(screen.getByTestId('history-subject').textContent).toBe('进展 任务7 下步计划');
    expect(screen.queryByTestId('history-row')).toBeNull();
    select(null);
    expect(screen.getByTestId('history-subject').textContent).toBe('进展 任务7 下步计划');
  });

  it('writes the 变更记录 sheet for the selected row’s task or for the whole plan, and says how many rows', async () => {
    const { actions, select } = await watched({
      history: vi.fn(async () => ({ rows: [], cut: false })),
      changeLog: vi.fn(async (task: number | null) => ({ task, rows: task === null ? 40 : 3, cut: false })),
    });
    expect(screen.queryByTestId('change-log-task')).toBeNull();
    fireEvent.click(screen.getByTestId('change-log-all'));
    expect((await screen.findByTestId('change-log-written', {}, { timeout: 20_000 })).textContent).toBe(
      '已在“变更记录”表写出整个计划的 40 条修改。',
    );
    select(subject('4.1', 4, 'H5'));
    fireEvent.click(await screen.findByTestId('change-log-task', {}, { timeout: 20_000 }));
    await waitFor(() => expect(screen.getByTestId('change-log-written').textContent).toContain('任务4的 3 条'), {
      timeout: 20_000,
    });
    expect(actions.changeLog).toHaveBeenCalledWith(4);
  });
});
