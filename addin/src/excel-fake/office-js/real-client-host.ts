// An ExcelHost that runs the add-in's actions through Microsoft's real Excel client library (`excel-web-16.00.js`
// in jsdom) with `officeRun`, the pane's own Excel.run: a recording request executor measures the request body the
// real client builds (object paths and actions included), refuses it over Excel on the web's 5 MB as Excel does, and
// answers it from a FakeWorkbook (`answerRequest`).
import { officeRun } from '../../excel/host';
import type { ExcelHost } from '../../excel/types';
import { PAYLOAD_LIMIT } from '../context';
import { WEB_API_VERSION, compareVersions, fakeSettings } from '../host';
import type { FakeWorkbook } from '../workbook';
import { excelWebClient } from './load-client';
import { answerRequest, type RichApiBody } from './rich-api';

interface RealRequestStats {
  syncs: number;
  /** UTF-8 bytes of each request body as the real client serialized it. */
  requestBytes: number[];
  responseBytes: number[];
  /** Office.js request flags of each request (64: wait out cell-edit mode). */
  flags: number[];
}

export interface RealClientHost extends ExcelHost {
  stats: RealRequestStats;
  resetStats(): void;
  /** The next request over `minBytes` fails with this Office error code and message (as Excel would answer). */
  failNext(code: string, message: string, minBytes?: number): void;
}

const newStats = (): RealRequestStats => ({ syncs: 0, requestBytes: [], responseBytes: [], flags: [] });
const encoder = new TextEncoder();
const failure = (code: string, message: string, status = 400) => ({
  HttpStatusCode: status,
  ErrorCode: code,
  ErrorMessage: message,
  Headers: {},
  Body: null,
});

/** @example const host = realClientHost(book); await insertPlan({ host, me, lang }, plan, progress); host.stats */
export function realClientHost(book: FakeWorkbook, apiVersion = WEB_API_VERSION): RealClientHost {
  let next: { code: string; message: string; minBytes: number } | null = null;
  const host: RealClientHost = {
    stats: newStats(),
    resetStats: () => void (host.stats = newStats()),
    failNext: (code, message, minBytes = 0) => void (next = { code, message, minBytes }),
    settings: fakeSettings(book),
    supports: (version) => compareVersions(apiVersion, version) >= 0,
    run: officeRun(excelWebClient(), {
      _resolveRequestUrlAndHeaderInfo: () => Promise.resolve({ url: 'https://excel.example/', headers: {} }),
      _createRequestExecutorOrNull: () => ({ executeAsync: execute }),
    }),
  };
  async function execute(_customData: unknown, flags: number, message: { Body: RichApiBody }) {
    const bytes = encoder.encode(JSON.stringify(message.Body)).length;
    host.stats.syncs++;
    host.stats.requestBytes.push(bytes);
    host.stats.flags.push(flags);
    if (next && bytes > next.minBytes) {
      const { code, message: text } = next;
      next = null;
      return failure(code, text);
    }
    if (bytes > PAYLOAD_LIMIT) {
      return failure('RequestPayloadSizeLimitExceeded', `The request payload size (${bytes}) exceeds the limit`, 413);
    }
    const body = await answerRequest(message.Body, book);
    const responseBytes = encoder.encode(JSON.stringify(body)).length;
    host.stats.responseBytes.push(responseBytes);
    if (responseBytes > PAYLOAD_LIMIT) {
      return failure(
        'ResponsePayloadSizeLimitExceeded',
        `The response payload size (${responseBytes}) exceeds the limit`,
      );
    }
    return { HttpStatusCode: 200, ErrorCode: '', ErrorMessage: '', Headers: {}, Body: body };
  }
  return host;
}
