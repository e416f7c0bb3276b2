// The in-memory API answers the shared table of pushes as the worker does (worker/test/write-cases.test.ts).
import type { Writer } from '@plansync/shared';
import {
  CASE_WRITERS,
  WRITE_CASES,
  answerOfRefusal,
  answerOfResult,
  casePlan,
  type CasePush,
  type CaseWriter,
} from '@plansync/shared/write-rules/cases';
import { describe, expect, it } from 'vitest';
import { ApiRequestError } from './errors';
import { memoryApi } from './memory-api';

const writer = (who: CaseWriter): Writer => ({ ...CASE_WRITERS[who], tokenId: `tok_${who}` });

describe('memoryApi keeps the write rules', () => {
  it.each(WRITE_CASES)('$name', async ({ before = [], push, answer }) => {
    const plan = casePlan('p');
    const api = memoryApi(plan, writer('admin'));
    let pushes = 0;
    const send = ({ as, batch, key }: CasePush) => api.as(writer(as)).push(plan.id, batch, key ?? `key-${++pushes}`);
    for (const earlier of before) await send(earlier);
    const progressBefore = await api.progress(plan.id);
    const got = await send(push).then(answerOfResult, (error: unknown) => {
      if (!(error instanceof ApiRequestError)) throw error;
      return answerOfRefusal(error.status, error.code, error.details);
    });
    expect(got).toEqual(answer);
    if ('status' in answer) expect(await api.progress(plan.id)).toEqual(progressBefore);
  });
});
