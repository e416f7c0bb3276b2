// The plan's header facts: title, issuing body and date, found in the notice around the plan (issue 9, point 3).
import { parseNumber } from './numerals';

const CN = '〇零一二两三四五六七八九十';
const DATE = new RegExp(`(\\d{4}|[${CN}]{4})\\s*年\\s*(\\d{1,2}|[${CN}]{1,3})\\s*月\\s*(\\d{1,2}|[${CN}]{1,3})\\s*日`);
/** `2016-03-05`, `2016/3/5`, `2016.03.05` (year first) and `05.03.2016` (day first, as some sites print it). */
const YEAR_FIRST = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
const DAY_FIRST = /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/;
const SENTENCE_PUNCTUATION = /[。，,；;：:！!？?]/;
/** A document number such as 某政办发〔2018〕12号: evidence of the year, never the title. */
const DOCUMENT_NUMBER = /[〔[［(（](\d{4})[〕\]］)）]\s*\d*\s*号?/;
/** How a plan's own title ends (…工作要点, …任务分工方案, …实事). */
const PLAN_TITLE = /(要点|方案|实事|计划|清单|任务|分解|分工|分解表|责任表|工作|安排|意见|目标)$/;
/** The subject of a notice, its issuer before 关于 or not: `某市办公室关于做好X的通知` → 做好X, `关于印发X的通知` → X. */
const NOTICE_SUBJECT = /关于(?:印发)?(.+)的(?:通知|意见|函)$/;
/** A notice that issues the plan: 关于印发《X》的通知 names it. */
const ISSUING_NOTICE = /印发\s*《(.+?)》/;

export interface Header {
  title: string | undefined;
  issuer: string;
  issuedOn: string;
  /** The year of a document number (〔2018〕) in the header, if any. */
  documentYear: number | undefined;
}

/** ISO date of the first date in a line (`YYYY年M月D日` in Arabic or Chinese numerals, or numeric forms), or undefined. */
export function findDate(line: string): string | undefined {
  const written = DATE.exec(line);
  const yearFirst = written ? undefined : YEAR_FIRST.exec(line);
  const dayFirst = written || yearFirst ? undefined : DAY_FIRST.exec(line);
  const parts = written
    ? [written[1]!, written[2]!, written[3]!]
    : yearFirst
      ? [yearFirst[1]!, yearFirst[2]!, yearFirst[3]!]
      : dayFirst
        ? [dayFirst[3]!, dayFirst[2]!, dayFirst[1]!]
        : undefined;
  if (!parts) return undefined;
  const [year, month, day] = parts.map(parseNumber) as [number, number, number];
  if (!(year >= 1900 && year <= 2999 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A line that is only a date, as under a signature. */
function isDateLine(line: string): boolean {
  const date = findDate(line);
  return date !== undefined && line.replace(/[\d〇零一二两三四五六七八九十年月日\-/.\s]/g, '') === '';
}

function isStandalone(line: string): boolean {
  return line.length <= 60 && !SENTENCE_PUNCTUATION.test(line) && !isDateLine(line) && !DOCUMENT_NUMBER.test(line);
}

/**
 * Reads the header from the lines before the plan's body, and `tail`, the last lines of the text, where some
 * notices sign and date. Title: the 《…》 of a 关于印发《…》的通知 line; else the last standalone line that reads as
 * a plan's title (…要点, …方案, …实事); else the subject of a 关于…的通知 line; else the last standalone line. A
 * cited 《政府工作报告》 in a notice about something else is not the title, nor is a document number.
 * Issuer and date: the signature, a standalone line followed by a date line.
 */
export function readHeader(lines: readonly string[], tail: readonly string[] = []): Header {
  const issued = lines.map((l) => ISSUING_NOTICE.exec(l)?.[1]).find(Boolean);
  const standalone = lines.filter(isStandalone);
  const planLike = standalone.filter((l) => PLAN_TITLE.test(l) && !l.startsWith('关于')).at(-1);
  const subject = lines.map((l) => NOTICE_SUBJECT.exec(l)?.[1]).find(Boolean);
  const title = joinWrapped(issued ?? planLike ?? subject ?? standalone.at(-1));
  const signed = signature(lines) ?? signature(tail);
  const dated = signed?.date ?? lines.map(findDate).find(Boolean);
  const documentYear = lines.map((l) => DOCUMENT_NUMBER.exec(l)?.[1]).find(Boolean);
  return {
    title,
    issuer: signed && signed.issuer !== title ? signed.issuer : '',
    issuedOn: dated ?? '',
    documentYear: documentYear ? Number(documentYear) : undefined,
  };
}

/** A title wrapped over two lines of the notice keeps no space between its Chinese characters. */
function joinWrapped(title: string | undefined): string | undefined {
  return title?.replace(/(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/g, '');
}

function signature(lines: readonly string[]): { issuer: string; date: string } | undefined {
  const at = lines.findIndex((l, i) => i > 0 && isDateLine(l) && isStandalone(lines[i - 1]!));
  return at > 0 ? { issuer: lines[at - 1]!, date: findDate(lines[at]!)! } : undefined;
}

/** The plan's year: a year in its title, else the year of issue, else the year of its document number. */
export function findYear(title: string, issuedOn: string, documentYear?: number): number | undefined {
  const inTitle = new RegExp(`(\\d{4}|[${CN}]{4})\\s*年`).exec(title)?.[1];
  const year = inTitle ? parseNumber(inTitle) : issuedOn ? Number(issuedOn.slice(0, 4)) : (documentYear ?? NaN);
  return year >= 1900 && year <= 2999 ? year : undefined;
}
