// History where people look (issue 12.6), in headless Chromium: the lead unit reports a figure twice; the office pulls,
// sees the changed cell marked and listed old → new, selects it and reads its history in the pane, writes the
// 变更记录 sheet of that task, and the next action clears the mark.
import { PushResultSchema } from '@plansync/shared';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_PLAN_ID } from '@plansync/shared/seed-plan';
import type { RunningWorker } from '../../worker/scripts/dev';
import { letterOf, seedPlan } from '../src/test/workbook-fixtures';
import { openPlayground, startLoop, type Loop } from './loop';
import type { PlaygroundPage } from './playground-page';

const ROOT = join(import.meta.dirname, '..', '..');
const SHOTS = join(ROOT, 'test-output', 'e2e-screenshots', 'history');
const seed = seedPlan();
const WAIT = { timeout: 60_000 };
/** MARK_FILL.changed (#E3DAF5) as the browser reports a background. */
const CHANGED = 'rgb(227, 218, 245)';

let loop: Loop | undefined;
let worker: RunningWorker;
let ui: PlaygroundPage;

const shot = (name: string) => ui.page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

/** The lead unit's push through the API, as its own task pane would send it. */
async function report(value: number, baseVersion: number, targetId: string): Promise<void> {
  const response = await fetch(`${worker.url}/api/plans/${SEED_PLAN_ID}/progress`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${worker.tokens.editor}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ figures: [{ targetId, value, baseVersion, period: '2014-06' }] }),
  });
  expect(response.status).toBe(200);
  expect(PushResultSchema.parse(await response.json()).applied).toHaveLength(1);
}

beforeAll(async () => {
  rmSync(SHOTS, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });
  loop = await startLoop();
  worker = loop.worker;
  ui = await openPlayground(loop, { token: worker.tokens.admin, plan: SEED_PLAN_ID });
});

afterAll(() => loop?.stop());

describe('history where people look', () => {
  const target = () => seed.tasks.filter((t) => t.leadUnit === worker.tokens.editorUnit).flatMap((t) => t.targets)[0]!;
  const cell = () =>
    `${letterOf('指标', 'value')}${seed.tasks.flatMap((t) => t.targets).findIndex((t) => t.id === target().id) + 2}`;

  it('marks the cell another unit changed after a pull and lists it old → new with the writer', async () => {
    await expect.poll(() => ui.testId('me').innerText(), WAIT).toContain('管理员');
    await ui.act('insert');
    await expect.poll(() => ui.testId('summary-inserted').innerText(), WAIT).toContain('23 项任务');
    await report(20, 0, target().id);
    await report(30, 1, target().id);
    await ui.act('pull');
    await expect.poll(() => ui.cellText(cell()), WAIT).toBe('30');
    expect(await ui.cellFill(cell())).toBe(CHANGED);
    const pulled = ui.page.locator(`[data-testid="pulled-cell"][data-address="${cell()}"]`);
    expect(await pulled.locator('xpath=..').innerText()).toContain(`（空） → 30（${worker.tokens.editorUnit}）`);
    await shot('01-pulled-and-marked');
  });

  it('shows the selected cell’s history in the pane: who, when, the period, old → new', async () => {
    await ui.testId(`cell-${cell()}`).click();
    await ui.page.keyboard.press('Escape');
    await expect.poll(() => ui.testId('history-subject').innerText(), WAIT).toBe(`指标 ${target().id} 完成值`);
    await expect.poll(() => ui.testId('history-row').count(), WAIT).toBe(2);
    const [latest, first] = await ui.testId('history-row').allInnerTexts();
    expect(latest).toContain(worker.tokens.editorUnit);
    expect(latest).toContain('2014年6月');
    expect(latest).toContain('完成值：20 → 30');
    expect(first).toContain('完成值：（空） → 20');
    await shot('02-cell-history');
  });

  it('writes the task’s 变更记录 sheet, and the next action clears the mark', async () => {
    await ui.testId('change-log-task').click();
    await expect.poll(() => ui.testId('change-log-written').getAttribute('data-value'), WAIT).toBe('2');
    await ui.testId('sheet-变更记录').waitFor(WAIT);
    expect(await ui.column('C', 3)).toEqual([target().id, target().id]);
    expect([await ui.cellText('F3'), await ui.cellText('G3')]).toEqual(['20', '30']);
    await shot('03-change-log-sheet');

    await ui.openSheet('指标');
    await ui.act('pull');
    await expect.poll(() => ui.cellFill(cell()), WAIT).not.toBe(CHANGED);
  });
});
