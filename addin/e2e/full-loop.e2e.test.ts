// Insert the seed plan, type figures as the lead unit, sync, have the admin change one, pull, resolve, sync again —
// through the real worker and the real task pane in headless Chromium, with a screenshot of every stage.
import {
  type FigureState,
  type HistoryEntry,
  HistorySchema,
  PlanProgressSchema,
  PushResultSchema,
} from '@plansync/shared';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_PLAN_ID } from '@plansync/shared/seed-plan';
import type { RunningWorker } from '../../worker/scripts/dev';
import { letterOf, seedPlan } from '../src/test/workbook-fixtures';
import { openPlayground, startLoop, type Loop } from './loop';
import type { PlaygroundPage } from './playground-page';

const ROOT = join(import.meta.dirname, '..', '..');
const seed = seedPlan();
const SHOTS = join(ROOT, 'test-output', 'e2e-screenshots', 'full-loop');

let loop: Loop | undefined;
let worker: RunningWorker | undefined;
let ui: PlaygroundPage;

async function api<T>(
  path: string,
  schema: { parse(v: unknown): T },
  init: Omit<RequestInit, 'headers'> & { headers?: Record<string, string> } = {},
): Promise<T> {
  const response = await fetch(`${worker!.url}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${worker!.tokens.admin}`, 'Content-Type': 'application/json', ...init.headers },
  });
  expect(response.status, `${path}: ${response.status}`).toBe(200);
  return schema.parse(await response.json());
}

const figures = async () =>
  Object.fromEntries(
    (await api(`/api/plans/${SEED_PLAN_ID}/progress`, PlanProgressSchema)).figures.map((f) => [f.targetId, f] as const),
  );
const history = async (targetId: string): Promise<HistoryEntry[]> =>
  (await api(`/api/plans/${SEED_PLAN_ID}/history?target=${targetId}`, HistorySchema)).entries;

async function shot(name: string): Promise<void> {
  await ui.page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

beforeAll(async () => {
  rmSync(SHOTS, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });
  console.log(`e2e screenshots: ${SHOTS}`);
  loop = await startLoop();
  worker = loop.worker;
  ui = await openPlayground(loop, { token: worker.tokens.editor, plan: SEED_PLAN_ID });
});

// Stops everything it started, also when a step failed.
afterAll(() => loop?.stop());

describe('the full loop in the playground', () => {
  const rowOf = new Map<string, number>();

  it('connects as the lead unit of the most tasks', async () => {
    const me = ui.testId('me');
    await expect.poll(() => me.innerText()).toContain(worker!.tokens.editorUnit);
    await shot('01-connected');
  });

  it('inserts the seed plan into the three sheets', async () => {
    await ui.act('insert');
    await expect.poll(() => ui.testId('summary-inserted').innerText()).toContain('23 项任务');

    await ui.openSheet('计划');
    const planRows = await ui.page.getByTestId('sheet-计划').locator('tbody tr').allInnerTexts();
    for (const task of seed.tasks)
      expect(planRows.some((r) => r.includes(task.title) && r.includes(task.leadUnit))).toBe(true);
    await shot('02-plan-sheet');

    await ui.openSheet('进展');
    expect(await ui.column('A', 2)).toEqual(seed.tasks.map((t) => String(t.number)));

    await ui.openSheet('指标');
    const ids = await ui.column('A', 2);
    expect(ids).toEqual(seed.tasks.flatMap((t) => t.targets.map((x) => x.id)));
    ids.forEach((id, i) => rowOf.set(id, i + 2));
    await shot('03-targets-sheet');
  });

  it('sends only the valid figures the lead unit typed and marks the invalid one', async () => {
    await ui.type(`H${rowOf.get('4.1')}`, '20');
    await ui.type(`H${rowOf.get('4.2')}`, '约30');
    await ui.type(`H${rowOf.get('6.2')}`, '12000');
    await shot('04-typed');
    await ui.act('sync');
    expect(await ui.count('applied')).toBe(2);
    expect(await ui.count('invalid')).toBe(1);
    const invalid = ui.testId('invalid-cell');
    expect(await invalid.getAttribute('data-address')).toBe(`H${rowOf.get('4.2')}`);
    expect(await ui.cellText(`${letterOf('指标', 'state')}${rowOf.get('4.2')}`)).toMatch(/约30|数字/);
    await shot('05-synced-with-invalid-cell');

    const current = await figures();
    expect(Object.keys(current).sort()).toEqual(['4.1', '6.2']);
    expect([current['4.1']!.value, current['6.2']!.value]).toEqual([20, 12000]);
    const [entry] = await history('4.1');
    expect(entry).toMatchObject({
      kind: 'figure',
      old: null,
      new: { value: 20 },
      writer: { unit: worker!.tokens.editorUnit },
    });
  });

  it('pulls the admin’s change into an untouched cell and turns an edited one into a conflict', async () => {
    const now = await figures();
    const admin = (f: FigureState, value: number) => ({ targetId: f.targetId, value, baseVersion: f.version });
    const pushed = await api(`/api/plans/${SEED_PLAN_ID}/progress`, PushResultSchema, {
      method: 'POST',
      body: JSON.stringify({ figures: [admin(now['4.1']!, 25), admin(now['6.2']!, 15000)] }),
    });
    expect([pushed.applied.length, pushed.conflicts.length]).toEqual([2, 0]);
    await ui.type(`H${rowOf.get('6.2')}`, '13000');
    await ui.act('pull');
    await expect.poll(() => ui.cellText(`H${rowOf.get('4.1')}`)).toBe('25');
    expect(await ui.cellText(`H${rowOf.get('6.2')}`)).toBe('13000');
    const conflict = ui.page.locator('[data-testid="conflict"][data-key="6.2"]');
    expect(await conflict.getByTestId('conflict-mine').innerText()).toContain('13,000');
    expect(await conflict.getByTestId('conflict-theirs').innerText()).toContain('15,000');
    await shot('06-pulled-with-conflict');

    await ui.act('keep-mine', conflict);
    await expect.poll(() => conflict.count()).toBe(0);
    await ui.act('sync');
    expect(await ui.count('applied')).toBe(1);
    await shot('07-conflict-resolved-and-synced');

    const after = await figures();
    expect(after['6.2']).toMatchObject({ value: 13000, version: 3, writer: { unit: worker!.tokens.editorUnit } });
    expect((await history('6.2')).map((e) => (e.kind === 'figure' ? e.new.value : null))).toEqual([
      12000, 15000, 13000,
    ]);
    expect(after['4.1']!.value).toBe(25);
  });

  it('sends the corrected cell once it is a number', async () => {
    await ui.type(`H${rowOf.get('4.2')}`, '30');
    await ui.act('sync');
    expect(await ui.count('applied')).toBe(1);
    expect((await figures())['4.2']!.value).toBe(30);
    await shot('08-corrected-and-synced');
  });
});
