// The texts of 导入计划 (issue 13), Chinese first, English for Office set to English; merged into `messages`.
export const importMessages = {
  importTitle: { zh: '导入计划', en: 'Import plan' },
  importPlanId: { zh: '计划编号（小写字母、数字、连字符）', en: 'Plan id (lowercase letters, digits, hyphens)' },
  importText: { zh: '粘贴计划全文', en: 'Paste the plan text' },
  importFromText: { zh: '从文本导入', en: 'Import text' },
  importFile: { zh: '选择文件（.docx、.txt）', en: 'Choose a file (.docx, .txt)' },
  importFromSelection: { zh: '从所选表格导入', en: 'Import selected table' },
  publish: { zh: '发布', en: 'Publish' },
  draftWritten: {
    zh: '已写入“计划草稿”：{tasks} 项任务、{targets} 项指标，{warnings} 处提示（黄色，原因见“提示”列）。核对修改后点“发布”。',
    en: 'Written to 计划草稿: {tasks} tasks, {targets} targets, {warnings} warnings (yellow, reasons in 提示). Check, then publish.',
  },
  draftErrors: {
    zh: '计划草稿中有 {count} 处错误（已标红，原因见“提示”列），改正后再点“发布”。未发送任何内容。',
    en: 'The draft has {count} errors (red, reasons in 提示). Correct them, then publish. Nothing was sent.',
  },
  confirmTitle: { zh: '确认发布：与已发布的计划相比', en: 'Confirm: compared with the published plan' },
  confirmPublish: { zh: '确认发布', en: 'Publish' },
  cancel: { zh: '取消', en: 'Cancel' },
  noChanges: { zh: '与已发布的计划相同。', en: 'Same as the published plan.' },
  tasksAdded: { zh: '新增任务', en: 'Tasks added' },
  tasksRemoved: { zh: '删除任务', en: 'Tasks removed' },
  tasksRenamed: { zh: '任务改名', en: 'Tasks renamed' },
  targetsAdded: { zh: '新增指标', en: 'Targets added' },
  targetsRemoved: { zh: '删除指标', en: 'Targets removed' },
  targetsRenamed: { zh: '指标改名', en: 'Targets renamed' },
  targetsRestored: { zh: '恢复指标（沿用原编号和已报数据）', en: 'Targets restored (old ids and figures)' },
  orphaned: {
    zh: '以下编号已报的数据会保留，但不再对应计划中的指标：{ids}',
    en: 'Figures reported under these ids are kept but no longer belong to a target: {ids}',
  },
  published: {
    zh: '已发布“{title}”：{tasks} 项任务、{targets} 项指标。各单位可在计划列表中选择并插入。',
    en: 'Published “{title}”: {tasks} tasks, {targets} targets. Units can now choose and insert it.',
  },
} as const;
