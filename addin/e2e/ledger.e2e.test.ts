// The office's ledger in headless Chromium (issue 12): the admin sets a monthly schedule; judged after June's due
// day, a figure behind 序时进度 shows 滞后 in the sheet and the office's pane lists the units that have not reported;
// its 汇总 sheet shows the same red and marks those units 未报送.
import { ScheduleReplySchema } from '@plansync/shared';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_PLAN_ID } from '@plansync/shared/seed-plan';
import type { RunningWorker } from '../../worker/scripts/dev';
import { letterOf, seedPlan } from '../src/test/workbook-fixtures';
import { openPlayground, startLoop, type Loop } from './loop';
import type { PlaygroundPage } from './playground-page';

const ROOT = join(import.meta.dirname, '..', '..');
const SHOTS = join(ROOT, 'test-output', 'e2e-screenshots', 'ledger');
/** After 5 July, the due day of June's 月报: June is the period reported, 截至6月底. */
const AS_OF = '2014-07-08';
const seed = seedPlan();
/** LIGHT_FILL.red (#FFC7CE) as the browser reports a background. */
const RED = 'rgb(255, 199, 206)';

let loop: Loop | undefined;
let worker: RunningWorker | undefined;

/** A playground in its own browser context (its own stored workbook) for one token. */
const openAs = (token: string) => openPlayground(loop!, { token, plan: SEED_PLAN_ID, asOf: AS_OF });

const shot = (ui: PlaygroundPage, name: string) =>
  ui.page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

beforeAll(async () => {
  rmSync(SHOTS, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });
  loop = await startLoop();
  worker = loop.worker;
}, 180_000);

afterAll(() => loop?.stop());

describe('the supervising office’s ledger', () => {
  const unit = () => worker!.tokens.editorUnit;
  const target = () => seed.tasks.filter((t) => t.leadUnit === unit()).flatMap((t) => t.targets)[0]!;
  const rowOf = (id: string) => seed.tasks.flatMap((t) => t.targets).findIndex((t) => t.id === id) + 2;

  it('lets the admin set a monthly schedule due on the 5th', async () => {
    const response = await fetch(`${worker!.url}/api/plans/${SEED_PLAN_ID}/schedule`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${worker!.tokens.admin}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ cycle: 'monthly', dueDay: 5 }),
    });
    expect(response.status).toBe(200);
    expect(ScheduleReplySchema.parse(await response.json())).toMatchObject({
      isDefault: false,
      schedule: { dueDay: 5 },
    });
  });

  it('shows a figure far behind 序时进度 as 滞后 after the lead unit syncs it for June', async () => {
    const ui = await openAs(worker!.tokens.editor);
    await ui.act('insert');
    await ui.openSheet('指标');
    const row = rowOf(target().id);
    await ui.type(`H${row}`, '1');
    await ui.act('sync');
    await expect.poll(() => ui.testId('reporting-period').innerText()).toBe('本次报送：2014年6月（截至6月底）');
    const light = `${letterOf('指标', 'light')}${row}`;
    await expect.poll(() => ui.cellText(light)).toBe('滞后');
    expect(await ui.cellText(`${letterOf('指标', 'elapsed')}${row}`)).toBe('50%');
    // Red from the 亮灯 column's conditional format (LIGHT_FILL.red #FFC7CE), in view for the screenshot.
    expect(await ui.cellFill(light)).toBe('rgb(255, 199, 206)');
    await ui.testId(`cell-${light}`).scrollIntoViewIfNeeded();
    await shot(ui, '01-editor-synced-red');
    await ui.page.context().close();
  });

  it('lists for the office the units that have not reported for June, and shows the same red', async () => {
    const ui = await openAs(worker!.tokens.admin);
    await ui.act('insert');
    await ui.act('pull');
    await ui.testId('overdue-heading').waitFor();
    expect(await ui.testId('overdue-heading').innerText()).toMatch(/^未报送（2014年6月，7月5日截止）\d+ 个单位：$/);
    const overdue = await ui.testId('overdue-unit').allInnerTexts();
    const leads = new Set(seed.tasks.map((t) => t.leadUnit).filter(Boolean));
    expect(overdue).not.toContain(unit());
    expect(overdue).toHaveLength(leads.size - 1);
    await ui.openSheet('指标');
    const light = `${letterOf('指标', 'light')}${rowOf(target().id)}`;
    await expect.poll(() => ui.cellText(light)).toBe('滞后');
    await ui.testId(`cell-${light}`).scrollIntoViewIfNeeded();
    await shot(ui, '02-office-not-reported');

    // 汇总: the unit behind 序时进度 has a task counted 滞后 on red; the units that did not report read 未报送 on red.
    await ui.openSheet('汇总');
    expect(await ui.cellText('A1')).toBe('汇总（截至6月底）');
    const units = await ui.column('A', 5);
    expect(units.slice(0, -1).sort()).toEqual([...leads].sort());
    expect(units.at(-1)).toBe('合计');
    const row = (name: string) => 5 + units.indexOf(name);
    expect(Number(await ui.cellText(`K${row(unit())}`))).toBeGreaterThan(0);
    expect(await ui.cellFill(`K${row(unit())}`)).toBe(RED);
    expect(await ui.cellText(`M${row(unit())}`)).toBe('已报送');
    for (const silent of overdue) {
      expect(await ui.cellText(`M${row(silent)}`)).toBe('未报送');
      expect(await ui.cellFill(`M${row(silent)}`)).toBe(RED);
    }
    // The chart plots every unit's 平均完成率 against 序时进度.
    await expect.poll(() => ui.testId('chart-plansync-completion').innerText()).toContain('完成率与序时进度');
    await shot(ui, '03-office-roll-up');
    await ui.page.context().close();
  });
});
