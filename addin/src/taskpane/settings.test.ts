import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKER_URL, defaultWorkerUrl, loadConnection, saveConnection } from './settings';

describe('defaultWorkerUrl', () => {
  it('prefers the URL the build was given', () => {
    expect(
      defaultWorkerUrl({ VITE_PLANSYNC_WORKER_URL: 'http://localhost:9999', PROD: true }, 'https://a.example'),
    ).toBe('http://localhost:9999');
  });

  it('uses the pane’s own origin in a production build, where the Worker serves the pane', () => {
    expect(defaultWorkerUrl({ VITE_PLANSYNC_WORKER_URL: '', PROD: true }, 'https://plansync.example.workers.dev')).toBe(
      'https://plansync.example.workers.dev',
    );
  });

  it('uses the local dev worker in development', () => {
    expect(defaultWorkerUrl({ PROD: false }, 'https://localhost:3000')).toBe(DEFAULT_WORKER_URL);
  });
});

describe('loadConnection', () => {
  it('round-trips saved settings and falls back on corrupt storage', () => {
    const data = new Map<string, string>();
    const store = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
    };
    expect(loadConnection(store, 'http://x')).toEqual({ workerUrl: 'http://x', token: '', planId: '' });
    saveConnection(store, { workerUrl: 'http://w', token: 't', planId: 'p' });
    expect(loadConnection(store)).toEqual({ workerUrl: 'http://w', token: 't', planId: 'p' });
    data.set([...data.keys()][0]!, '{not json');
    expect(loadConnection(store, 'http://x').token).toBe('');
  });
});
