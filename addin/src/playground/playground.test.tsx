import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryApi } from '../api/memory-api';
import { FakeWorkbook, fakeHost } from '../excel-fake';
import { ADMIN, JUDGED_ON, editorOf, letterOf, seedPlan } from '../test/workbook-fixtures';
import type { Writer } from '@plansync/shared';
import { createPaneActions } from '../taskpane/actions';
import { Playground } from './playground';

afterEach(cleanup);

const plan = seedPlan();
const lead = plan.tasks.find((t) => t.targets.length)!.leadUnit;

function renderPlayground(me: Writer = editorOf(lead)) {
  const book = new FakeWorkbook();
  book.addSheet('Sheet1');
  const api = memoryApi(plan, me);
  const actions = createPaneActions(
    fakeHost(book),
    'zh',
    () => api,
    () => JUDGED_ON,
  );
  render(
    <FluentProvider theme={webLightTheme}>
      <Playground
        book={book}
        actions={actions}
        lang="zh"
        initial={{ workerUrl: 'http://w', token: 't', planId: plan.id }}
        onSaveConnection={() => undefined}
        onRestart={() => undefined}
      />
    </FluentProvider>,
  );
  return { book, api };
}

function typeInto(address: string, text: string) {
  fireEvent.click(screen.getByTestId(`cell-${address}`));
  const editor = screen.getByTestId('cell-editor');
  fireEvent.change(editor, { target: { value: text } });
  fireEvent.keyDown(editor, { key: 'Enter' });
}

describe('playground', () => {
  it('inserts the plan into tables, takes typed figures and syncs the valid one', async () => {
    const { api } = renderPlayground();
    fireEvent.click(screen.getByTestId('connect'));
    await screen.findByTestId('me');
    fireEvent.click(screen.getByTestId('insert'));
    await screen.findByTestId('summary', {}, { timeout: 15_000 });
    await waitFor(() => expect(screen.getByTestId('sheet-tab-指标').getAttribute('aria-selected')).toBe('true'));
    const table = screen.getByTestId('sheet-指标');
    const targets = plan.tasks.flatMap((t) => t.targets);
    expect(within(table).getAllByRole('row')).toHaveLength(targets.length + 2);
    // Figures with thousands separators: a target of 30000 reads 30,000.
    const big = targets.findIndex((t) => t.min === t.max && t.min >= 10_000);
    expect(screen.getByTestId(`cell-D${big + 2}`).textContent).toBe(targets[big]!.min.toLocaleString('en-US'));
    typeInto('H2', '30');
    typeInto('H3', '约30');
    expect(screen.getByTestId('cell-H3').textContent).toBe('约30');
    fireEvent.click(screen.getByTestId('sync'));
    await waitFor(() => expect(screen.getByTestId('summary-applied').dataset.value).toBe('1'), { timeout: 15_000 });
    expect(api.pushes[0]!.batch.figures).toEqual([
      { targetId: plan.tasks.flatMap((t) => t.targets)[0]!.id, value: 30, baseVersion: 0, period: '2014-06' },
    ]);
    expect(screen.getByTestId(`cell-${letterOf('指标', 'state')}3`).textContent).toContain('不是数字');
  }, 30_000);

  it('refuses typing into a locked cell and says so', async () => {
    renderPlayground();
    fireEvent.click(screen.getByTestId('connect'));
    await screen.findByTestId('me');
    fireEvent.click(screen.getByTestId('insert'));
    await screen.findByTestId('summary', {}, { timeout: 15_000 });
    fireEvent.click(screen.getByTestId('sheet-tab-计划'));
    await screen.findByTestId('sheet-计划');
    expect(screen.getByTestId('cell-B3').dataset.locked).toBe('true');
    fireEvent.click(screen.getByTestId('cell-B3'));
    expect(screen.queryByTestId('cell-editor')).toBeNull();
    fireEvent.keyDown(screen.getByTestId('cell-B3'), { key: '5' });
    expect(screen.getByTestId('sheet-error').textContent).toContain('受保护');
  }, 30_000);

  it('marks a typed figure 待同步 and counts it before any button, and explains a locked row when clicked', async () => {
    renderPlayground();
    fireEvent.click(screen.getByTestId('connect'));
    await screen.findByTestId('me', {}, { timeout: 10_000 });
    fireEvent.click(screen.getByTestId('insert'));
    await screen.findByTestId('summary', {}, { timeout: 10_000 });
    await waitFor(() => expect(screen.getByTestId('waiting').dataset.value).toBe('0'), { timeout: 10_000 });
    typeInto('H2', '30');
    await waitFor(() => expect(screen.getByTestId(`cell-${letterOf('指标', 'state')}2`).textContent).toBe('● 待同步'), {
      timeout: 10_000,
    });
    expect(screen.getByTestId('waiting').dataset.value).toBe('1');

    const targets = plan.tasks.flatMap((t) => t.targets.map((x) => ({ id: x.id, lead: t.leadUnit })));
    const other = targets.findIndex((x) => x.lead !== lead);
    fireEvent.click(screen.getByTestId(`cell-H${other + 2}`));
    const explained = await screen.findByTestId('locked-cell', {}, { timeout: 10_000 });
    expect(explained.textContent).toContain(`由${targets[other]!.lead}牵头填报`);
    expect(screen.queryByTestId('cell-editor')).toBeNull();
  }, 30_000);

  it('after a pull as the office, says 截至6月底, lists the units that have not reported and shows a lagging figure red', async () => {
    const { api } = renderPlayground(ADMIN);
    const target = plan.tasks.filter((t) => t.leadUnit === lead).flatMap((t) => t.targets)[0]!;
    fireEvent.click(screen.getByTestId('connect'));
    await screen.findByTestId('me');
    fireEvent.click(screen.getByTestId('insert'));
    await screen.findByTestId('summary', {}, { timeout: 15_000 });
    api.writeAs(editorOf(lead), target.id, 0);
    fireEvent.click(screen.getByTestId('pull'));
    await screen.findByTestId('overdue-heading', {}, { timeout: 15_000 });
    expect(screen.getByTestId('reporting-judged').textContent).toMatch(/^序时进度 49\.6%（截至6月底）/);
    const overdue = screen.getAllByTestId('overdue-unit').map((li) => li.textContent);
    expect(overdue).not.toContain(lead);
    expect(overdue.length).toBe(new Set(plan.tasks.map((t) => t.leadUnit).filter(Boolean)).size - 1);
    const row = plan.tasks.flatMap((t) => t.targets).findIndex((t) => t.id === target.id) + 2;
    expect(screen.getByTestId(`cell-${letterOf('指标', 'light')}${row}`).textContent).toBe('滞后');
  }, 30_000);

  it('shows a report conflict where only 下步计划 differs: that field marked 不同, both texts in full', async () => {
    const { api } = renderPlayground();
    const index = plan.tasks.findIndex((t) => t.leadUnit === lead);
    const [task, row] = [plan.tasks[index]!.number, index + 2];
    fireEvent.click(screen.getByTestId('connect'));
    await screen.findByTestId('me', {}, { timeout: 15_000 });
    fireEvent.click(screen.getByTestId('insert'));
    await screen.findByTestId('summary', {}, { timeout: 15_000 });
    fireEvent.click(screen.getByTestId('sheet-tab-进展'));
    await screen.findByTestId('sheet-进展', {}, { timeout: 15_000 });
    typeInto(`D${row}`, '推进中');
    typeInto(`E${row}`, '已完成调研');
    typeInto(`G${row}`, '下月召开座谈会');
    fireEvent.click(screen.getByTestId('sync'));
    await waitFor(() => expect(screen.getByTestId('summary-applied').dataset.value).toBe('1'), { timeout: 15_000 });

    // The office rewrites only 下步计划, in more than the old card's 40 characters; the unit edits it meanwhile.
    const instruction =
      '按市委组织部要求，7月底前报送引才方案初稿，8月中旬完成征求意见，9月底前提请领导小组会议审议并印发实施。';
    await api.as(ADMIN).push(
      plan.id,
      {
        reports: [
          {
            task,
            status: 'in_progress',
            progress: '已完成调研',
            problems: '',
            nextSteps: instruction,
            baseVersion: 1,
          },
        ],
      },
      'office-1',
    );
    typeInto(`G${row}`, '下月召开座谈会并形成纪要');
    fireEvent.click(screen.getByTestId('pull'));
    const card = await screen.findByTestId('conflict', {}, { timeout: 15_000 });

    const differing = within(card).getAllByTestId('conflict-field');
    expect(differing.map((f) => f.dataset.field)).toEqual(['nextSteps']);
    expect(differing[0]!.textContent).toContain('下步计划');
    expect(differing[0]!.textContent).toContain('不同');
    expect(within(card).getByTestId('conflict-mine').textContent).toBe('下月召开座谈会并形成纪要');
    expect(within(card).getByTestId('conflict-theirs').textContent).toBe(instruction);
    expect(within(card).getByTestId('conflict-same').textContent).toBe('相同：状态、进展情况、存在问题');
  }, 60_000);
});
