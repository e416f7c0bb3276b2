// The worker answers the shared table of pushes as the add-in's in-memory API does (addin/src/api/memory-api.test.ts).
import { ApiErrorSchema, PushResultSchema } from '@plansync/shared';
import {
  WRITE_CASES,
  answerOfRefusal,
  answerOfResult,
  casePlan,
  type CasePush,
} from '@plansync/shared/write-rules/cases';
import { reset } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { call, importPlan, issueTokens, push as post, type Tokens } from './helpers';

const tokenOf = (tokens: Tokens, who: CasePush['as']) => (who === 'lead' ? tokens.editor : tokens[who]);

describe('POST progress keeps the write rules', () => {
  it.each(WRITE_CASES)('$name', async ({ before = [], push, answer }) => {
    await reset();
    const tokens = await issueTokens();
    const plan = casePlan('write-cases');
    await importPlan(tokens.admin, plan);
    let pushes = 0;
    const send = ({ as, batch, key }: CasePush) =>
      post(tokenOf(tokens, as), batch, { 'Idempotency-Key': key ?? `key-${++pushes}` }, plan.id);
    const progress = async () => (await call(`/api/plans/${plan.id}/progress`, { token: tokens.viewer })).json();
    for (const earlier of before) expect((await send(earlier)).status).toBe(200);
    const progressBefore = await progress();
    const response = await send(push);
    const body: unknown = await response.json();
    const got =
      response.status === 200
        ? answerOfResult(PushResultSchema.parse(body))
        : answerOfRefusal(response.status, ...errorOf(body));
    expect(got).toEqual(answer);
    if ('status' in answer) expect(await progress()).toEqual(progressBefore);
  });
});

function errorOf(body: unknown): [string, unknown] {
  const { error } = ApiErrorSchema.parse(body);
  return [error.code, error.details];
}
