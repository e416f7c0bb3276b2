// The snapshot on the real local KV: the stored value is the GET progress body; older two-line values still read.
import { env } from 'cloudflare:workers';
import { reset } from 'cloudflare:test';
import { beforeEach, expect, it } from 'vitest';
import { progressKey } from './keys';
import { ProgressStore, emptyProgress } from './progress-store';

beforeEach(() => reset());

it('round-trips a snapshot whose texts hold newlines, and serves it as stored', async () => {
  const store = new ProgressStore(env.PLANSYNC_KV);
  const progress = emptyProgress('p');
  progress.reports.push({
    task: 1,
    status: 'done',
    progress: '第一行\n第二行',
    problems: '',
    nextSteps: '',
    version: 1,
    writer: { role: 'admin', unit: null, tokenId: 't' },
    writtenAt: '2014-06-30T00:00:00.000Z',
    writeId: 'w',
    batchId: 'b',
  });
  await store.write(progress);
  expect(await store.read('p')).toEqual(progress);
  expect(JSON.parse((await store.readProgressJson('p'))!)).toEqual(progress);
  expect(await store.read('none')).toEqual(emptyProgress('none'));
});

it('reads a snapshot stored with the old second line of replays, ignoring that line', async () => {
  const progress = emptyProgress('old');
  await env.PLANSYNC_KV.put(progressKey('old'), `${JSON.stringify(progress)}\n[{"key":"k"}]`);
  expect(await new ProgressStore(env.PLANSYNC_KV).read('old')).toEqual(progress);
});
