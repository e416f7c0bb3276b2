// Test helpers: tokens written straight to the real local KV, and requests through the worker's own fetch.
import { syntheticPlan, type Plan, type PlanProgress, type Role } from '@plansync/shared';
import { createExecutionContext, reset, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeEach } from 'vitest';
import { createToken } from '../src/auth/token-secret';
import { KV_OPS_HEADER, parseKvOps, type KvOpCounts } from '../src/store/counting-kv';
import worker from '../src/index';
import { TokenStore } from '../src/store/token-store';

export const BASE = 'https://api.test';
export const PLAN_ID = 'test-plan';

/** Two tasks: task 1 (targets 1.1–1.4) led by 市人社局, task 2 (targets 2.1–2.4) led by 市科技局. */
export const testPlan = (): Plan => syntheticPlan(8, PLAN_ID);
export const LEAD_OF_TASK_1 = '市人社局';
export const LEAD_OF_TASK_2 = '市科技局';

export async function issueToken(role: Role, unit: string | null = null, label?: string): Promise<string> {
  const { secret, record } = await createToken({ role, unit, label });
  await new TokenStore(env.PLANSYNC_KV).save(record);
  return secret;
}

export interface Tokens {
  admin: string;
  /** Editor of task 1's lead unit. */
  editor: string;
  /** Editor of task 2's lead unit: not task 1's. */
  otherEditor: string;
  viewer: string;
}

export async function issueTokens(): Promise<Tokens> {
  return {
    admin: await issueToken('admin'),
    editor: await issueToken('editor', LEAD_OF_TASK_1),
    otherEditor: await issueToken('editor', LEAD_OF_TASK_2),
    viewer: await issueToken('viewer'),
  };
}

/**
 * Starts every test of the calling file from empty KV (`reset()`) with the four tokens issued and `plan` imported
 * (none when null). Returns the tokens, filled in afresh before each test.
 * @example const tokens = freshEachTest(); // then tokens.editor inside a test
 */
export function freshEachTest(plan: Plan | null = testPlan()): Tokens {
  const tokens = {} as Tokens;
  beforeEach(async () => {
    await reset();
    Object.assign(tokens, await issueTokens());
    if (plan) await importPlan(tokens.admin, plan);
  });
  return tokens;
}

export interface CallOptions {
  method?: string;
  token?: string;
  json?: unknown;
  text?: string;
  headers?: Record<string, string>;
}

export function call(path: string, options: CallOptions = {}): Promise<Response> {
  const headers = new Headers(options.headers);
  if (options.token) headers.set('Authorization', `Bearer ${options.token}`);
  let body: string | undefined;
  if (options.json !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(options.json);
  } else if (options.text !== undefined) {
    headers.set('Content-Type', 'text/plain; charset=utf-8');
    body = options.text;
  }
  return send(new Request(`${BASE}${path}`, { method: options.method ?? 'GET', headers, body }));
}

/**
 * Hands a request to the worker's own fetch handler with the test env (real local KV), or `withEnv` (say, other
 * vars: the plan writer keeps the test env's).
 * Not `exports.default.fetch`/`SELF`: in vitest-pool-workers 0.15.1 each loopback call gets slower
 * than the last (600 calls take ~40 s), which the 1,000-case fuzz tests cannot afford.
 */
export async function send(request: Request, withEnv: Env = env): Promise<Response> {
  const ctx = createExecutionContext();
  const response = await worker.fetch(request, withEnv, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

/** Parses a JSON reply after checking its status (the body is shown when the status is wrong). */
export async function expectJson<T = unknown>(response: Response, status: number): Promise<T> {
  const text = await response.text();
  if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${text}`);
  return JSON.parse(text) as T;
}

export async function importPlan(admin: string, plan: Plan = testPlan()): Promise<void> {
  await expectJson(await call(`/api/plans/${plan.id}`, { method: 'PUT', token: admin, json: plan }), 201);
}

export const push = (token: string, batch: unknown, headers: Record<string, string> = {}, planId = PLAN_ID) =>
  call(`/api/plans/${planId}/progress`, { method: 'POST', token, json: batch, headers });

/** The counts from the X-KV-Ops header (tests run with KV_OPS_HEADER=on). */
export const kvOps = (response: Response): KvOpCounts => parseKvOps(response.headers.get(KV_OPS_HEADER));

/** GET progress of a plan (the test plan by default) as `token`, expecting 200. */
export async function readProgress(token: string, planId = PLAN_ID): Promise<PlanProgress> {
  return expectJson<PlanProgress>(await call(`/api/plans/${planId}/progress`, { token }), 200);
}
