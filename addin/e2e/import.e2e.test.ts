// 导入计划 through the real worker and the real pane in headless Chromium: the admin imports a plan text with a
// warning, fixes the lead unit in 计划草稿 and publishes; an editor of that unit inserts the plan and reports.
import { DRAFT_SHEET, PlanProgressSchema, PlanSchema, TASK_COL, draftLayout, readPlan } from '@plansync/shared';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningWorker } from '../../worker/scripts/dev';
import { columnLetter } from '../src/layout/address';
import { openPlayground, startLoop, type Loop } from './loop';
import type { PlaygroundPage } from './playground-page';

const ROOT = join(import.meta.dirname, '..', '..');
const SHOTS = join(ROOT, 'test-output', 'e2e-import-screenshots');
const PLAN_ID = 'district-2015-talent';
// Task 1 names no unit: the parser warns, and the admin sets its lead in the draft.
const TEXT = [
  '某区2015年人才工作要点',
  '一、人才引进',
  '1.全年引进高层次人才30名。',
  '2.推进人才公寓建设。（区住建局、区财政局）',
].join('\n');

let loop: Loop | undefined;
let worker: RunningWorker | undefined;

async function get<T>(path: string, schema: { parse(v: unknown): T }): Promise<T> {
  const response = await fetch(`${worker!.url}${path}`, {
    headers: { Authorization: `Bearer ${worker!.tokens.admin}` },
  });
  expect(response.status, path).toBe(200);
  return schema.parse(await response.json());
}

const open = (token: string, plan = '') => openPlayground(loop!, { token, plan });

const shot = (ui: PlaygroundPage, name: string) =>
  ui.page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

/** Waits for the import panel to be idle, then returns the status it shows. */
async function importStatus(ui: PlaygroundPage): Promise<{ kind: string | null; text: string }> {
  await ui.testId('import-busy').waitFor({ state: 'detached' });
  const status = ui.testId('import-status');
  await status.waitFor();
  return { kind: await status.getAttribute('data-kind'), text: await status.innerText() };
}

/** The letter of the active sheet's column whose row-1 header reads `header`. */
async function columnHeaded(ui: PlaygroundPage, header: string): Promise<string> {
  for (let col = 0; col < 40; col++) {
    const cell = ui.testId(`cell-${columnLetter(col)}1`);
    if ((await cell.count()) && (await cell.innerText()).trim() === header) return columnLetter(col);
  }
  throw new Error(`no column headed ${header}`);
}

beforeAll(async () => {
  rmSync(SHOTS, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });
  loop = await startLoop();
  worker = loop.worker;
});

afterAll(() => loop?.stop());

describe('importing a plan in the pane', () => {
  const leadCell = `${columnLetter(TASK_COL.牵头单位)}${draftLayout(readPlan(TEXT).plan).taskHeaderRow + 2}`;

  it('lets the admin import, fix and publish a plan, which an editor of the lead unit then inserts and reports', async () => {
    const admin = await open(worker!.tokens.admin);
    const panel = admin.testId('import-panel');
    await panel.getByTestId('import-plan-id').fill(PLAN_ID);
    await panel.getByTestId('import-text').fill(TEXT);
    await panel.getByTestId('import-from-text').click();
    const drafted = await importStatus(admin);
    expect(drafted.kind).toBe('draft');
    expect(drafted.text).toMatch(/2 项任务.*1 处提示/);
    await admin.openSheet(DRAFT_SHEET);
    expect(await admin.cellText(leadCell)).toBe('');
    await shot(admin, '01-draft-with-warning');

    // Publishing as it is: the task without a lead unit is refused on its cell, and nothing is stored.
    await panel.getByTestId('publish').click();
    const refused = await importStatus(admin);
    expect(refused.kind).toBe('errors');
    const missing = await fetch(`${worker!.url}/api/plans/${PLAN_ID}`, {
      headers: { Authorization: `Bearer ${worker!.tokens.admin}` },
    });
    expect(missing.status).toBe(404);
    await shot(admin, '02-error-marked');

    await admin.type(leadCell, worker!.tokens.editorUnit);
    await panel.getByTestId('publish').click();
    const published = await importStatus(admin);
    expect(published.kind).toBe('published');
    const plan = await get(`/api/plans/${PLAN_ID}`, PlanSchema);
    expect(plan.tasks.map((t) => t.leadUnit)).toEqual([worker!.tokens.editorUnit, '区住建局']);
    await shot(admin, '03-published');
    await admin.page.close();

    const editor = await open(worker!.tokens.editor, PLAN_ID);
    await editor.act('insert');
    await editor.openSheet('指标');
    const ids = await editor.column('A', 2);
    const target = plan.tasks[0]!.targets[0]!;
    expect(ids).toContain(target.id);
    const figureColumn = await columnHeaded(editor, '完成值');
    await editor.type(`${figureColumn}${ids.indexOf(target.id) + 2}`, '12');
    await shot(editor, '04-editor-typed');
    await editor.act('sync');
    expect(await editor.count('applied')).toBe(1);
    const progress = await get(`/api/plans/${PLAN_ID}/progress`, PlanProgressSchema);
    expect(progress.figures.map((f) => [f.targetId, f.value, f.writer.unit])).toEqual([
      [target.id, 12, worker!.tokens.editorUnit],
    ]);
    await shot(editor, '05-editor-synced');
  });

  it('reads a .docx in the browser, and refuses a PDF saying what to do instead', async () => {
    const admin = await open(worker!.tokens.admin);
    const panel = admin.testId('import-panel');
    await panel.getByTestId('import-plan-id').fill('community-2015');
    await panel.getByTestId('import-file').setInputFiles(join(import.meta.dirname, '../src/import/fixtures/plan.docx'));
    const drafted = await importStatus(admin);
    expect(drafted.kind).toBe('draft');
    expect(drafted.text).toMatch(/2 项任务/);
    await admin.openSheet(DRAFT_SHEET);
    expect(await admin.cellText('B2')).toBe('2015年社区服务工作要点');
    await shot(admin, '06-docx-draft');

    await panel
      .getByTestId('import-file')
      .setInputFiles({ name: '计划.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
    await admin.testId('import-busy').waitFor({ state: 'detached' });
    await expect.poll(() => panel.getByTestId('error').innerText()).toMatch(/不能读取 PDF/);
    await shot(admin, '07-pdf-refused');
    await admin.page.close();
  });

  it('imports a 任务分解表 the admin selects in a worksheet', async () => {
    const admin = await open(worker!.tokens.admin);
    const table = [
      ['2016年重点任务分解表', '', '', ''],
      ['序号', '重点任务', '牵头单位', '完成时限'],
      ['1', '新增停车位3000个', '市交委', '10月底'],
      ['2', '建设智慧社区', '', '12月底'],
    ];
    await admin.page.evaluate((rows) => {
      const { book } = (
        window as unknown as { plansyncPlayground: { book: { type(s: string, a: string, t: string): void } } }
      ).plansyncPlayground;
      rows.forEach((row, r) => row.forEach((text, c) => text && book.type('Sheet1', `${'ABCD'[c]}${r + 1}`, text)));
    }, table);
    await admin.openSheet('Sheet1');
    await admin.testId('cell-A1').click();
    await admin.testId('cell-editor').press('Escape');
    await admin.testId('cell-D4').click({ modifiers: ['Shift'] });
    const panel = admin.testId('import-panel');
    await panel.getByTestId('import-plan-id').fill('tasks-2016');
    await panel.getByTestId('import-from-selection').click();
    const drafted = await importStatus(admin);
    expect(drafted.kind).toBe('draft');
    // Task 2's blank lead is taken from the row above (a merged cell reads blank), with a warning to check.
    expect(drafted.text).toMatch(/2 项任务.*1 处提示/);
    await admin.openSheet(DRAFT_SHEET);
    expect(await admin.cellText('B2')).toBe('2016年重点任务分解表');
    expect(await admin.cellText(leadCell)).toBe('市交委');
    await shot(admin, '08-table-draft');
    await admin.page.close();
  });
});
