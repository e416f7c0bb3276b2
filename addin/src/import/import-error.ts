// Why an import could not go on, in the admin's words (Chinese first, English available).
export interface ImportText {
  zh: string;
  en: string;
}

export class ImportError extends Error {
  override name = 'ImportError';
  constructor(readonly text: ImportText) {
    super(text.en);
  }
}

export const IMPORT_ERRORS = {
  noDraft: {
    zh: '工作簿中没有“计划草稿”工作表：请先导入计划。',
    en: 'The workbook has no 计划草稿 (draft) sheet: import a plan first.',
  },
  emptyText: { zh: '请先粘贴计划全文，或选择一个文件。', en: 'Paste the plan text or choose a file first.' },
  planId: {
    zh: '计划编号只能用小写字母、数字和连字符（-），如 chengdu-2015-talent。',
    en: 'The plan id takes lowercase letters, digits and hyphens, e.g. chengdu-2015-talent.',
  },
  doc: {
    zh: '不能直接读取旧版 Word 文件（.doc）：请在 Word 中“另存为” .docx 后再选择，或复制全文粘贴到文本框。',
    en: 'Old Word files (.doc) cannot be read: save it as .docx in Word, or copy the whole text into the box.',
  },
  pdf: {
    zh: '不能读取 PDF：请在 PDF 阅读器中全选复制正文，粘贴到文本框（扫描件需先做文字识别）。',
    en: 'PDF cannot be read: copy the text from a PDF reader and paste it into the box (a scan needs OCR first).',
  },
  fileType: {
    zh: '只能读取 .docx 或 .txt 文件。',
    en: 'Only .docx and .txt files can be read.',
  },
  unreadableDocx: {
    zh: '无法读取这个 .docx 文件（可能已损坏或加密）：请在 Word 中打开后复制全文粘贴。',
    en: 'This .docx cannot be read (damaged or encrypted?): open it in Word and paste the text.',
  },
  draftSheetTaken: {
    zh: '工作簿中已有一个名为“计划草稿”的工作表，不是本加载项创建的：请先将它改名或删除，再导入。',
    en: 'The workbook already has a sheet named 计划草稿 that the add-in did not create: rename or delete it first.',
  },
  emptySelection: {
    zh: '请先在工作表中选中任务分解表（含表头行）的区域。',
    en: 'Select the task table, header row included, in a worksheet first.',
  },
} satisfies Record<string, ImportText>;
