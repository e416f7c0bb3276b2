// Feedback while staff type (issue 14), in headless Chromium at 1,000 px wide: marks before any button, a bad value
// marked before sync, a locked row that explains itself, 请核实, and a playground that keeps its workbook on reload.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_PLAN_ID } from '@plansync/shared/seed-plan';
import type { RunningWorker } from '../../worker/scripts/dev';
import { columnLetter } from '../src/layout/address';
import { TARGET_COLUMNS, indexOf } from '../src/layout/columns';
import { seedPlan } from '../src/test/workbook-fixtures';
import { openPlayground, startLoop, type Loop } from './loop';
import type { PlaygroundPage } from './playground-page';

const ROOT = join(import.meta.dirname, '..', '..');
const SHOTS = join(ROOT, 'test-output', 'e2e-typing');
const seed = seedPlan();
const WAIT = { timeout: 30_000 };
const [VALUE, RATE, STATE] = ['value', 'rate', 'state'].map((id) => columnLetter(indexOf(TARGET_COLUMNS, id)));

let loop: Loop | undefined;
let worker: RunningWorker;
let ui: PlaygroundPage;

const shot = (name: string) => ui.page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });

beforeAll(async () => {
  rmSync(SHOTS, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });
  // 1,000 px wide: the narrowest window the playground's columns must stay readable in.
  loop = await startLoop();
  worker = loop.worker;
  ui = await openPlayground(loop, { token: worker.tokens.editor, plan: SEED_PLAN_ID }, { width: 1000, height: 800 });
});

afterAll(() => loop?.stop());

describe('feedback while staff type, in the playground', () => {
  const rowOf = new Map<string, number>();
  const targets = seed.tasks.flatMap((t) => t.targets.map((x) => ({ ...x, lead: t.leadUnit })));
  const waiting = () => ui.testId('waiting').getAttribute('data-value');

  it('inserts the plan as the lead unit of the most tasks', async () => {
    await expect.poll(() => ui.testId('me').innerText(), WAIT).toContain(worker.tokens.editorUnit);
    await ui.act('insert');
    await expect.poll(() => ui.testId('summary-inserted').innerText(), WAIT).toContain('23 项任务');
    (await ui.column('A', 2)).forEach((id, i) => rowOf.set(id, i + 2));
    await expect.poll(waiting, WAIT).toBe('0');
  });

  it('shows 待同步 and the count waiting as soon as a figure is typed, before any button', async () => {
    const mine = targets.filter((t) => t.lead === worker.tokens.editorUnit);
    const row = rowOf.get(mine[0]!.id)!;
    await ui.type(`${VALUE}${row}`, String(mine[0]!.min));
    await expect.poll(() => ui.cellText(`${STATE}${row}`), WAIT).toBe('● 待同步');
    await expect.poll(waiting, WAIT).toBe('1');
    await shot('01-typed-marked-before-sync');
  });

  it('marks and explains a bad value before sync, without a 完成率', async () => {
    const mine = targets.filter((t) => t.lead === worker.tokens.editorUnit);
    const row = rowOf.get(mine[1]!.id)!;
    await ui.type(`${VALUE}${row}`, '-5');
    await expect.poll(() => ui.cellText(`${STATE}${row}`), WAIT).toContain('完成值不能为负数');
    expect((await ui.cellText(`${RATE}${row}`)).trim()).toBe('');
    await expect.poll(() => ui.testId('waiting-invalid').getAttribute('data-value'), WAIT).toBe('1');
    await shot('02-bad-value-marked-before-sync');

    await ui.type(`${VALUE}${row}`, String(mine[1]!.min));
    await expect.poll(() => ui.cellText(`${STATE}${row}`), WAIT).toBe('● 待同步');
    await expect.poll(waiting, WAIT).toBe('2');
  });

  it('questions a figure far above its target as it is typed (请核实), and still sends it', async () => {
    const mine = targets.filter((t) => t.lead === worker.tokens.editorUnit);
    const target = mine[2] ?? mine[0]!;
    const row = rowOf.get(target.id)!;
    await ui.type(`${VALUE}${row}`, String(target.max * 10));
    await expect.poll(() => ui.cellText(`${STATE}${row}`), WAIT).toContain('请核实');
    await shot('03-questioned-as-typed');
    await ui.act('sync');
    await expect.poll(() => ui.testId('summary-applied').innerText(), WAIT).toMatch(/^已报送 \d+ 项（服务器已保存）$/);
    await expect.poll(() => ui.cellText(`${STATE}${row}`), WAIT).toMatch(/^✓ 已同步 · 请核实/);
    await expect.poll(waiting, WAIT).toBe('0');
    await shot('04-synced-in-staff-words');
  });

  it('explains a locked row of another unit when it is clicked: whose row and whom to ask', async () => {
    const theirs = targets.find((t) => t.lead !== worker.tokens.editorUnit)!;
    await ui.testId(`cell-${VALUE}${rowOf.get(theirs.id)}`).click();
    const explained = ui.testId('locked-cell');
    await expect.poll(() => explained.innerText(), WAIT).toContain(`由${theirs.lead}牵头填报`);
    expect(await explained.innerText()).toContain('目督办');
    await shot('05-locked-row-explained');
  });

  it('keeps the workbook on reload, and starts over on 重新开始', async () => {
    const mine = targets.filter((t) => t.lead === worker.tokens.editorUnit);
    const row = rowOf.get(mine[0]!.id)!;
    await ui.page.reload();
    await ui.testId('sheet-指标').waitFor(WAIT);
    await expect.poll(() => ui.cellText(`${VALUE}${row}`), WAIT).toBe(String(mine[0]!.min));
    await expect.poll(() => ui.cellText(`${STATE}${row}`), WAIT).toBe('✓ 已同步');
    await shot('06-restored-after-reload');
    await ui.testId('restart').click();
    // The fresh workbook replaces the restored one on React's next render: wait for the old tab to go.
    await ui.testId('sheet-tab-指标').waitFor({ state: 'detached', ...WAIT });
    await ui.testId('sheet-tab-Sheet1').waitFor(WAIT);
    expect(await ui.testId('sheet-tab-指标').count()).toBe(0);
  });
});
