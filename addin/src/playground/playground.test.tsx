import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryApi } from '../api/memory-api';
import { FakeWorkbook, fakeHost } from '../excel-fake';
import { ADMIN, JUDGED_ON, editorOf, seedPlan } from '../test/workbook-fixtures';
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
    expect(within(table).getAllByRole('row')).toHaveLength(plan.tasks.flatMap((t) => t.targets).length + 2);
    typeInto('H2', '30');
    typeInto('H3', '约30');
    expect(screen.getByTestId('cell-H3').textContent).toBe('约30');
    fireEvent.click(screen.getByTestId('sync'));
    await waitFor(() => expect(screen.getByTestId('summary-applied').dataset.value).toBe('1'), { timeout: 15_000 });
    expect(api.pushes[0]!.batch.figures).toEqual([
      { targetId: plan.tasks.flatMap((t) => t.targets)[0]!.id, value: 30, baseVersion: 0, period: '2014-06' },
    ]);
    expect(screen.getByTestId('cell-M3').textContent).toContain('不是数字');
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
    await waitFor(() => expect(screen.getByTestId('cell-M2').textContent).toBe('● 待同步'), { timeout: 10_000 });
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
    expect(screen.getByTestId(`cell-L${row}`).textContent).toBe('滞后');
  }, 30_000);
});
