// The plan's header facts: title, issuing body and date, found in the notice around the plan.
import { parseNumber } from './numerals';

const CN = '〇零一二两三四五六七八九十';
const DATE = new RegExp(`(\\d{4}|[${CN}]{4})\\s*年\\s*(\\d{1,2}|[${CN}]{1,3})\\s*月\\s*(\\d{1,2}|[${CN}]{1,3})\\s*日`);
const SENTENCE_PUNCTUATION = /[。，,；;：:！!？?]/;

export interface Header {
  title: string | undefined;
  issuer: string;
  issuedOn: string;
}

/** ISO date of the first `YYYY年M月D日` in a line (Arabic or Chinese numerals), or undefined. */
export function findDate(line: string): string | undefined {
  const m = DATE.exec(line);
  if (!m) return undefined;
  const [year, month, day] = [m[1]!, m[2]!, m[3]!].map(parseNumber) as [number, number, number];
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A line that is only a date, as under a signature. */
function isDateLine(line: string): boolean {
  const date = DATE.exec(line);
  return date !== null && line.replace(date[0], '').trim() === '';
}

function isStandalone(line: string): boolean {
  return line.length <= 60 && !SENTENCE_PUNCTUATION.test(line) && !isDateLine(line);
}

/**
 * Reads the header from the lines before the plan's body.
 * Title: the 《…》 of a 关于印发《…》的通知 line, else the last standalone line before the body.
 * Issuer and date: the signature, a standalone line followed by a date line.
 */
export function readHeader(lines: readonly string[]): Header {
  const notice = lines.find((l) => /《.+》/.test(l) && /印发|通知|关于/.test(l));
  const quoted = notice ? /《(.+?)》/.exec(notice)?.[1] : undefined;
  const standalone = lines.filter(isStandalone).at(-1);
  const signatureAt = lines.findIndex((l, i) => i > 0 && isDateLine(l) && isStandalone(lines[i - 1]!));
  const issuer = signatureAt > 0 ? lines[signatureAt - 1]! : '';
  const dated = signatureAt > 0 ? lines[signatureAt]! : lines.find((l) => findDate(l));
  return {
    title: quoted ?? standalone,
    issuer: issuer === quoted ? '' : issuer,
    issuedOn: (dated && findDate(dated)) ?? '',
  };
}

/** The plan's year: a year in its title, else the year of issue. */
export function findYear(title: string, issuedOn: string): number | undefined {
  const inTitle = new RegExp(`(\\d{4}|[${CN}]{4})年`).exec(title)?.[1];
  const year = inTitle ? parseNumber(inTitle) : issuedOn ? Number(issuedOn.slice(0, 4)) : NaN;
  return year >= 1900 && year <= 2999 ? year : undefined;
}
