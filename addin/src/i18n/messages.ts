// Every text the task pane shows, Chinese first, with English for Office set to English.
import type { Lang, Localized } from '@plansync/shared';
import { importMessages } from './import-messages';

const messages = {
  ...importMessages,
  appTitle: { zh: '计划进展同步', en: 'Plan progress sync' },
  connection: { zh: '连接设置', en: 'Connection' },
  workerUrl: { zh: '服务地址', en: 'Server URL' },
  token: { zh: '访问令牌', en: 'Access token' },
  connect: { zh: '连接', en: 'Connect' },
  connectedAs: { zh: '当前身份', en: 'Signed in as' },
  adminWritesAll: { zh: '（可填报全部）', en: ' (may report everything)' },
  plan: { zh: '计划', en: 'Plan' },
  choosePlan: { zh: '选择计划', en: 'Choose a plan' },
  insert: { zh: '插入计划', en: 'Insert plan' },
  sync: { zh: '同步进展', en: 'Sync progress' },
  pull: { zh: '拉取最新', en: 'Pull latest' },
  working: { zh: '正在处理…', en: 'Working…' },
  result: { zh: '结果', en: 'Result' },
  conflicts: { zh: '冲突', en: 'Conflicts' },
  mine: { zh: '保留我的', en: 'Keep mine' },
  theirs: { zh: '采用服务器的', en: 'Take theirs' },
  here: { zh: '本表', en: 'Here' },
  server: { zh: '服务器', en: 'Server' },
  differs: { zh: '不同', en: 'differs' },
  sameFields: { zh: '相同：{fields}', en: 'Same: {fields}' },
  blank: { zh: '（空）', en: '(blank)' },
  inserted: { zh: '已插入计划', en: 'Plan inserted' },
  tasksTargets: { zh: '{tasks} 项任务、{targets} 项指标', en: '{tasks} tasks, {targets} targets' },
  errorTitle: { zh: '出错了', en: 'Something went wrong' },
  networkTitle: { zh: '网络故障', en: 'Network failure' },
  networkBody: {
    zh: '未能连接服务器。所有编辑都保留在表格中，稍后再点“同步进展”即可，重试不会重复写入。',
    en: 'Could not reach the server. Every edit stays in the workbook; sync again later — a retry is never applied twice.',
  },
  shapeBody: {
    zh: '服务器的回答不符合约定，请检查服务地址。',
    en: 'The server answered something unexpected; check the server URL.',
  },
  notInserted: {
    zh: '本工作簿还没有插入计划，请先点“插入计划”。',
    en: 'This workbook has no plan yet: insert one first.',
  },
  otherPlanEdits: {
    zh: '本工作簿里另一个计划还有未同步的编辑。请先同步它，或在新的工作簿中插入这个计划。',
    en: 'Another plan in this workbook still has unsynced edits. Sync them first, or insert this plan into a new workbook.',
  },
  waiting: { zh: '待同步 {n} 项，点“同步进展”发送', en: '{n} waiting to be sent: press Sync progress' },
  nothingWaiting: { zh: '没有待同步的修改', en: 'Nothing waiting to be sent' },
  waitingInvalid: {
    zh: '{n} 项填写有误，改正后才能发送（表中红色单元格）',
    en: '{n} entries need fixing before they can be sent (the red cells)',
  },
  lockedTitle: { zh: '此单元格已锁定', en: 'This cell is locked' },
  lockedOtherUnit: {
    zh: '{label} 由{lead}牵头填报，你的令牌不能修改。如数字有误，请联系{lead}，或请目督办（管理员）更正。',
    en: '{label} is reported by its lead unit, {lead}; your token cannot change it. If the figure is wrong, ask {lead}, or the supervising office (admin).',
  },
  lockedReadOnly: {
    zh: '{label} 由{lead}牵头填报。你的令牌只读，不能填报任何一项；需要填报请向目督办（管理员）申请本单位的令牌。',
    en: '{label} is reported by {lead}. Your token is read-only; to report, ask the supervising office (admin) for your unit’s token.',
  },
  reported: { zh: '已报送 {n} 项（服务器已保存）', en: 'Reported {n} (saved on the server)' },
  reportedNone: { zh: '没有需要报送的修改', en: 'Nothing to report' },
  notSent: { zh: '{n} 项未发送：', en: '{n} not sent:' },
  unsentNetwork: {
    zh: '{n} 项因网络故障未发送，已保留在表中，稍后再点“同步进展”即可',
    en: '{n} not sent because of the network; kept in the sheet, sync again later',
  },
  conflictsWaiting: {
    zh: '{n} 项与他人报送的值不同，请在下面逐项选择',
    en: '{n} differ from what someone else reported: choose for each below',
  },
  pulledSome: { zh: '更新 {n} 项：', en: 'Updated {n}:' },
  pulledNone: { zh: '没有新的变化', en: 'Nothing new' },
  historyTitle: { zh: '修改记录', en: 'History' },
  historyHint: {
    zh: '选中“指标”表的完成值或备注、或“进展”表的填报单元格，这里列出它的每次修改：谁、何时、报送期、原值 → 新值。',
    en: 'Select a 完成值 or 备注 cell on 指标, or a report cell on 进展: every change to it is listed here (who, when, period, old → new).',
  },
  historyNone: { zh: '尚无修改记录（还没有人填报过）', en: 'No changes yet (nobody has reported it)' },
  historyMore: {
    zh: '只列出最近的部分记录；全部记录请写出到“变更记录”表。',
    en: 'Only the latest changes are listed; write the 变更记录 sheet for all of them.',
  },
  changeLogTask: { zh: '写出变更记录：任务{task}', en: 'Change log: task {task}' },
  changeLogAll: { zh: '写出变更记录：整个计划', en: 'Change log: whole plan' },
  changeLogWritten: {
    zh: '已在“变更记录”表写出任务{task}的 {n} 条修改。',
    en: 'Wrote {n} changes of task {task} on the 变更记录 sheet.',
  },
  changeLogWrittenAll: {
    zh: '已在“变更记录”表写出整个计划的 {n} 条修改。',
    en: 'Wrote {n} changes of the whole plan on the 变更记录 sheet.',
  },
  changeLogCut: {
    zh: '记录过多，只写出了最早的一部分。',
    en: ' The history is too long: only its oldest part was written.',
  },
  pulledMarked: {
    zh: '这些单元格已标为紫色，下次同步或拉取时取消标记；选中单元格可查看它的全部修改记录。',
    en: 'These cells are marked purple until the next sync or pull; select a cell to see its whole history.',
  },
  resolved: { zh: '已处理 {n} 项冲突', en: 'Settled {n} conflicts' },
  theirsDiffer: {
    zh: '{writer} 于 {at} 报送的值与本表不同',
    en: '{writer} reported a different value on {at}',
  },
  degraded: {
    zh: '当前 Office（{build}）不支持 {set}，因此未添加：{feature}。更新 Office 或改用 Excel 网页版即可使用。',
    en: 'This Office ({build}) lacks {set}, so this was left out: {feature}. Update Office or use Excel on the web to have it.',
  },
  rollUpUserSheet: {
    zh: '本工作簿已有名为“汇总”的工作表，它不是本加载项建的，因此未写入汇总。如需汇总表，请把该工作表改名后再拉取。',
    en: 'This workbook already has a sheet named "汇总" that the add-in did not create, so the roll-up was not written. Rename that sheet and pull again to have it.',
  },
  userSheet: {
    zh: '本工作簿已有名为“{sheet}”的工作表，它不是本加载项建的。为免覆盖您的内容，插入计划没有做任何改动：请先把该工作表改名（或在新的工作簿中插入计划）。',
    en: 'This workbook already has a sheet named "{sheet}" that the add-in did not create. Nothing was changed: rename that sheet (or insert the plan into a new workbook) first.',
  },
  userLogSheet: {
    zh: '本工作簿已有名为“{sheet}”的工作表，它不是本加载项建的。为免覆盖您的内容，没有写出变更记录：请先把该工作表改名。',
    en: 'This workbook already has a sheet named "{sheet}" that the add-in did not create. Nothing was written: rename that sheet first.',
  },
  sheetPassword: {
    zh: '工作表“{sheet}”设有密码保护，本加载项无法写入，本次没有做任何改动。请在“审阅 › 撤销工作表保护”中输入密码取消保护（密码请向设置的人索取），然后重试。',
    en: 'The sheet "{sheet}" is protected with a password, so nothing was changed. Unprotect it (Review › Unprotect Sheet, with the password from whoever set it), then try again.',
  },
  restoreFailed: {
    zh: '插入计划没有完成，原来的工作表也未能放回（可能是网络中断）。原表完好地保存在隐藏的工作表（如“{sheet}”）中：请检查网络后再点一次“插入计划”，会先把原表放回再插入。',
    en: 'Inserting the plan did not finish, and the sheets could not be put back (the network may be down). The old sheets are kept whole in hidden sheets (such as "{sheet}"): check the network and click Insert plan again; it puts them back first.',
  },
  checkFactor: { zh: '请核实倍数', en: 'Check above' },
  checkFactorHint: {
    zh: '完成值超过目标的几倍时标“请核实”（仍会发送）',
    en: 'times the target, a figure is marked “please check” (it is still sent)',
  },
  needConnection: { zh: '请先填写服务地址和访问令牌并连接。', en: 'Enter the server URL and token and connect first.' },
} as const satisfies Record<string, Localized>;

export type MessageKey = keyof typeof messages;

/** The message in `lang`, with `{name}` placeholders filled from `values`. */
export function t(lang: Lang, key: MessageKey, values: Record<string, string | number> = {}): string {
  return messages[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}
