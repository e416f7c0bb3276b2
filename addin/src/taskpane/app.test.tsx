import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiRequestError, NetworkError } from '../api/errors';
import type { ConflictItem } from '../excel/summary';
import {
  EDITOR as me,
  EMPTY_SUMMARY as empty,
  PLANS as plans,
  connect,
  fakeActions,
  renderPane,
} from '../test/pane-fixtures';
import type { PaneActions } from './actions';

afterEach(cleanup);

describe('task pane', () => {
  it('connects with the typed settings, shows the unit and role, picks the only plan and saves the settings', async () => {
    const actions = fakeActions();
    const save = await connect(actions);
    expect(actions.connect).toHaveBeenCalledWith({ workerUrl: 'http://localhost:8787', token: 'secret', planId: '' });
    expect(screen.getByTestId('me').textContent).toContain('市人社局');
    expect(screen.getByTestId('me').textContent).toContain('填报单位');
    expect(screen.getByTestId<HTMLSelectElement>('plan-picker').value).toBe('chengdu-2014');
    expect(screen.getByRole('option', { name: /23项任务、14项指标/ })).toBeTruthy();
    expect(save).toHaveBeenCalledWith({ workerUrl: 'http://localhost:8787', token: 'secret', planId: 'chengdu-2014' });
  });

  it('names a read-only token by its label (目督办), with its role beside it', async () => {
    const viewer = { role: 'viewer', unit: null, tokenId: 't2', label: '目督办' } as const;
    await connect(fakeActions({ connect: vi.fn(async () => ({ me: viewer, plans, workbookPlan: null })) }));
    expect(screen.getByTestId('me').textContent).toContain('目督办');
    expect(screen.getByTestId('me').textContent).toContain('只读用户');
  });

  it('prefers the plan already inserted in the workbook', async () => {
    const two = [...plans, { ...plans[0]!, id: 'other-plan', title: '另一计划' }];
    await connect(fakeActions({ connect: vi.fn(async () => ({ me, plans: two, workbookPlan: 'other-plan' })) }));
    expect(screen.getByTestId<HTMLSelectElement>('plan-picker').value).toBe('other-plan');
  });

  it('connects by itself when it opens with a saved token', async () => {
    const actions = fakeActions();
    renderPane(actions, { initial: { workerUrl: 'http://w', token: 'saved', planId: '' } });
    expect((await screen.findByTestId('me')).textContent).toContain('市人社局');
    expect(actions.connect).toHaveBeenCalledTimes(1);
    expect(actions.connect).toHaveBeenCalledWith({ workerUrl: 'http://w', token: 'saved', planId: '' });
  });

  it('says which Office build lacks a requirement set when an insert left a feature out', async () => {
    const degraded = [{ set: 'ExcelApi 1.8', feature: '数据验证', build: 'PC 16.0.10827.20150' }];
    const actions = fakeActions({
      insert: vi.fn(async () => ({ ...empty, inserted: { tasks: 1, targets: 1 }, degraded })),
    });
    await connect(actions);
    fireEvent.click(screen.getByTestId('insert'));
    expect((await screen.findByTestId('summary-degraded')).textContent).toBe(
      '当前 Office（PC 16.0.10827.20150）不支持 ExcelApi 1.8，因此未添加：数据验证。更新 Office 或改用 Excel 网页版即可使用。',
    );
  });

  it('says when a pull left a person’s own sheet named 汇总 alone', async () => {
    const actions = fakeActions({
      pull: vi.fn(async () => ({ ...empty, action: 'pull' as const, rollUp: 'user_sheet' as const })),
    });
    await connect(actions);
    fireEvent.click(screen.getByTestId('pull'));
    expect((await screen.findByTestId('summary-roll-up')).textContent).toContain('未写入汇总');
  });

  it('keeps the actions disabled until connected', () => {
    renderPane(fakeActions());
    for (const id of ['insert', 'sync', 'pull']) expect(screen.getByTestId<HTMLButtonElement>(id).disabled).toBe(true);
  });

  it('runs insert, sync and pull, and shows the counts and the invalid cells as links that select them', async () => {
    const cell = { sheet: '指标', address: 'H3', label: '指标 4.2 完成值', message: '“约30”不是数字' };
    const actions = fakeActions({ sync: vi.fn(async () => ({ ...empty, sent: 3, applied: 3, invalid: [cell] })) });
    await connect(actions);
    fireEvent.click(screen.getByTestId('insert'));
    await waitFor(() => expect(actions.insert).toHaveBeenCalledWith('chengdu-2014'));
    expect((await screen.findByTestId('summary-inserted')).textContent).toContain('23 项任务、14 项指标');
    fireEvent.click(screen.getByTestId('sync'));
    const link = await screen.findByTestId('invalid-cell');
    expect(screen.getByTestId('summary-applied').dataset.value).toBe('3');
    expect(screen.getByTestId('summary').textContent).toContain('“约30”不是数字');
    fireEvent.click(link);
    await waitFor(() => expect(actions.select).toHaveBeenCalledWith(cell));
    fireEvent.click(screen.getByTestId('pull'));
    await waitFor(() => expect(actions.pull).toHaveBeenCalled());
  });

  it('says the result in staff words: 已报送 … （服务器已保存）, 未发送 …, 更新 … with each item a link', async () => {
    const saved = { sheet: '指标', address: 'H2', label: '4.1 引进高层次人才', message: '30' };
    const bad = { sheet: '指标', address: 'H3', label: '指标 4.2 完成值', message: '“约30”不是数字' };
    const came = { sheet: '指标', address: 'H5', label: '6.2 培训', message: '12000 → 15000（市委组织部）' };
    const actions = fakeActions({
      sync: vi.fn(async () => ({
        ...empty,
        action: 'sync' as const,
        sent: 2,
        applied: 1,
        reported: [saved],
        invalid: [bad],
      })),
      pull: vi.fn(async () => ({ ...empty, action: 'pull' as const, updated: 1, pulled: [came] })),
    });
    await connect(actions);
    fireEvent.click(screen.getByTestId('sync'));
    expect((await screen.findByTestId('summary-applied')).textContent).toBe('已报送 1 项（服务器已保存）');
    expect(screen.getByTestId('summary-invalid').textContent).toBe('1 项未发送：');
    fireEvent.click(screen.getByTestId('reported-cell'));
    await waitFor(() => expect(actions.select).toHaveBeenCalledWith(saved));
    fireEvent.click(screen.getByTestId('pull'));
    expect((await screen.findByTestId('summary-updated')).textContent).toBe('更新 1 项：');
    expect(screen.getByTestId('summary').textContent).toContain('12000 → 15000（市委组织部）');
    expect(screen.getByTestId('summary-pulled-marked').textContent).toContain('紫色');
    fireEvent.click(screen.getByTestId('pulled-cell'));
    await waitFor(() => expect(actions.select).toHaveBeenCalledWith(came));
  });

  it('shows the count waiting as staff type, a locked cell explained, and keeps the 请核实 factor setting', async () => {
    let listener: Parameters<PaneActions['watch']>[0] | undefined;
    const actions = fakeActions({ watch: vi.fn((l) => void (listener = l)) });
    await connect(actions);
    act(() => listener!.waiting({ pending: 2, invalid: 1 }));
    expect(screen.getByTestId('waiting').textContent).toBe('待同步 2 项，点“同步进展”发送');
    expect(screen.getByTestId('waiting-invalid').dataset.value).toBe('1');
    const locked = {
      sheet: '指标',
      address: 'H9',
      label: '指标 10.1 完成值',
      leadUnit: '市委组织部',
      reason: 'other_unit' as const,
    };
    act(() => listener!.selected(locked));
    expect(screen.getByTestId('locked-cell').textContent).toContain('指标 10.1 完成值 由市委组织部牵头填报');
    const factor = screen.getByTestId('check-factor');
    fireEvent.change(factor, { target: { value: '5' } });
    fireEvent.blur(factor);
    await waitFor(() => expect(actions.setCheckFactor).toHaveBeenCalledWith(5));
  });

  it('shows a server error in a MessageBar with its code and Chinese message', async () => {
    const actions = fakeActions({
      insert: vi.fn(async () => Promise.reject(new ApiRequestError(403, 'forbidden', '无权读取该计划', null))),
    });
    await connect(actions);
    fireEvent.click(screen.getByTestId('insert'));
    const bar = await screen.findByTestId('error');
    expect(bar.textContent).toContain('403 forbidden');
    expect(bar.textContent).toContain('无权读取该计划');
  });

  it('says edits are kept when the network fails during sync', async () => {
    const actions = fakeActions({
      sync: vi.fn(async () => ({ ...empty, unsent: 2, failure: new NetworkError('Failed to fetch') })),
    });
    await connect(actions);
    fireEvent.click(screen.getByTestId('sync'));
    const bar = await screen.findByTestId('error');
    expect(bar.textContent).toContain('所有编辑都保留在表格中');
    expect(screen.getByTestId('summary-unsent').dataset.value).toBe('2');
  });

  it('shows a failed connection instead of swallowing it', async () => {
    renderPane(fakeActions({ connect: vi.fn(async () => Promise.reject(new NetworkError('Failed to fetch'))) }), {
      lang: 'en',
    });
    fireEvent.change(screen.getByTestId('settings-token'), { target: { value: 'x' } });
    fireEvent.click(screen.getByTestId('connect'));
    expect((await screen.findByTestId('error')).textContent).toContain('Network failure');
  });

  it('offers keep-mine / take-theirs per conflict with both values and the other writer', async () => {
    const conflict: ConflictItem = {
      kind: 'figure',
      key: '4.1',
      sheet: '指标',
      address: 'H2',
      label: '指标 4.1',
      message: '',
      mine: '50',
      theirs: '45',
      writer: '管理员',
      writtenAt: '2026-03-01 08:00',
      fields: [
        { id: 'value', name: '完成值', mine: '50', theirs: '45', differs: true },
        { id: 'note', name: '备注', mine: '', theirs: '', differs: false },
      ],
    };
    const actions = fakeActions({ pull: vi.fn(async () => ({ ...empty, conflicts: [conflict] })) });
    await connect(actions);
    fireEvent.click(screen.getByTestId('pull'));
    const card = await screen.findByTestId('conflict');
    expect(within(card).getByTestId('conflict-who').textContent).toContain('管理员 于 2026-03-01 08:00');
    expect(within(card).getByTestId('conflict-field').dataset.field).toBe('value');
    expect(within(card).getByTestId('conflict-mine').textContent).toBe('50');
    expect(within(card).getByTestId('conflict-theirs').textContent).toBe('45');
    expect(within(card).getByTestId('conflict-same').textContent).toBe('相同：备注');
    fireEvent.click(within(card).getByTestId('take-theirs'));
    await waitFor(() =>
      expect(actions.resolve).toHaveBeenCalledWith([{ kind: 'figure', key: '4.1', choice: 'theirs' }]),
    );
  });

  it('speaks English when Office does', async () => {
    await connect(fakeActions(), 'en');
    expect(screen.getByTestId('insert').textContent).toBe('Insert plan');
  });
});
