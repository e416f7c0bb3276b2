// The admin's 导入计划 panel in the pane: shown to admins only, each source wired, the diff confirmed, plans refreshed.
import type { PlanDiff } from '@plansync/shared';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportActions } from '../import/import-actions';
import { ImportError, IMPORT_ERRORS } from '../import/import-error';
import { PLANS as plans, fakeActions, renderPane } from '../test/pane-fixtures';

afterEach(cleanup);

const diff: PlanDiff = {
  isNew: false,
  tasks: { added: [], removed: [{ number: 23, title: '旧任务' }], renamed: [] },
  targets: { added: [{ id: '4.3', task: 4, metric: '新指标' }], removed: [], renamed: [], restored: [] },
  orphanedFigures: ['23.1'],
  orphanedReports: [23],
};

function paneWith(role: 'admin' | 'editor', steps: Partial<ImportActions> = {}) {
  const connect = vi.fn(async () => ({
    me: { role, unit: null, tokenId: 't', label: null },
    plans,
    workbookPlan: null,
  }));
  const actions = fakeActions({ connect });
  actions.import = { ...actions.import, ...steps };
  renderPane(actions, { initial: { workerUrl: 'http://w', token: 'secret', planId: '' } });
  return { connect, steps: actions.import };
}

describe('导入计划 panel', () => {
  it('is not shown to an editor', async () => {
    paneWith('editor');
    await screen.findByTestId('me');
    expect(screen.queryByTestId('import-panel')).toBeNull();
  });

  it('imports the pasted text under the plan id chosen, and says what the draft holds', async () => {
    const { steps } = paneWith('admin', {
      fromText: vi.fn(async () => ({ kind: 'draft', written: { tasks: 23, targets: 14, warnings: 2 } }) as const),
    });
    const panel = await screen.findByTestId('import-panel');
    fireEvent.change(within(panel).getByTestId('import-plan-id'), { target: { value: 'chengdu-2015' } });
    fireEvent.change(within(panel).getByTestId('import-text'), { target: { value: '计划全文' } });
    fireEvent.click(within(panel).getByTestId('import-from-text'));
    expect((await screen.findByTestId('import-status')).textContent).toMatch(/23 项任务、14 项指标，2 处提示/);
    expect(steps.fromText).toHaveBeenCalledWith('chengdu-2015', '计划全文');
  });

  it('shows a refused file in Chinese', async () => {
    paneWith('admin', { fromFile: vi.fn(async () => Promise.reject(new ImportError(IMPORT_ERRORS.pdf))) });
    const panel = await screen.findByTestId('import-panel');
    const file = new File(['%PDF'], '计划.pdf');
    fireEvent.change(within(panel).getByTestId('import-file'), { target: { files: [file] } });
    expect((await screen.findByTestId('error')).textContent).toMatch(/不能读取 PDF/);
  });

  it('shows a re-import diff to confirm, then publishes and refreshes the plan list', async () => {
    const published = { kind: 'published', plan: { ...plans[0]!, tasks: 22 } } as const;
    const { connect, steps } = paneWith('admin', {
      publish: vi.fn(async () => ({ kind: 'confirm', diff, title: plans[0]!.title }) as const),
      confirm: vi.fn(async () => published),
    });
    fireEvent.click(await screen.findByTestId('publish'));
    const shown = await screen.findByTestId('import-diff');
    expect(within(shown).getByTestId('diff-tasksRemoved').textContent).toMatch(/23\. 旧任务/);
    expect(within(shown).getByTestId('diff-targetsAdded').textContent).toMatch(/4\.3 新指标/);
    expect(within(shown).getByTestId('diff-orphaned').textContent).toMatch(/23\.1/);
    expect(connect).toHaveBeenCalledTimes(1);
    fireEvent.click(within(shown).getByTestId('import-confirm'));
    expect((await screen.findByTestId('import-status')).textContent).toMatch(
      /已发布“成都市2014年人才工作要点”：22 项任务/,
    );
    expect(steps.confirm).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(connect).toHaveBeenCalledTimes(2));
  });
});
