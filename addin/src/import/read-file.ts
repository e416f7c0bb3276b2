// A plan file chosen in the pane → its text: .docx through mammoth (in the browser), .txt in UTF-8 or GB18030.
import { IMPORT_ERRORS, ImportError } from './import-error';

/** What the pane needs of a browser `File`. */
export interface PlanFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * The plan text of a file. `.doc` (binary Word) and PDF cannot be read in the browser with a well-kept library:
 * they are refused with a message saying what to do instead (save as .docx; copy the text and paste it).
 * @throws ImportError for .doc, PDF, other types, and a .docx that does not open.
 */
export async function readPlanFile(file: PlanFile): Promise<string> {
  const extension = /\.([^.]+)$/.exec(file.name.toLowerCase())?.[1] ?? '';
  if (extension === 'doc' || extension === 'wps') throw new ImportError(IMPORT_ERRORS.doc);
  if (extension === 'pdf') throw new ImportError(IMPORT_ERRORS.pdf);
  if (extension === 'txt') return decodeText(await file.arrayBuffer());
  if (extension !== 'docx') throw new ImportError(IMPORT_ERRORS.fileType);
  const arrayBuffer = await file.arrayBuffer();
  // Loaded only when a .docx is chosen: most sessions never need it.
  const { default: mammoth } = await import('mammoth');
  try {
    // The browser build reads `arrayBuffer`, the Node build (tests) `buffer`; both take the same bytes.
    const input = { arrayBuffer, buffer: arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer };
    return (await mammoth.extractRawText(input)).value;
  } catch {
    throw new ImportError(IMPORT_ERRORS.unreadableDocx);
  }
}

/** UTF-8 when the bytes are valid UTF-8, else GB18030 (a superset of GBK/GB2312, as Chinese Windows saves .txt). */
function decodeText(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
