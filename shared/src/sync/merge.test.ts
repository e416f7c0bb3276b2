import { describe, expect, it } from 'vitest';
import { figureCodec } from './codec';
import { figureRow, figureState } from './fixtures';
import { byKey, mergePulled, mergePushed, resolveConflict } from './merge';

const synced = { value: 10, note: null };
const me = { role: 'editor', unit: '市人社局', tokenId: 'tok-hr' } as const;

describe('mergePulled', () => {
  it('updates untouched cells, keeps equal edits, and turns a differing edit into a conflict', () => {
    const rows = [
      figureRow('1.1', [10, ''], { version: 1, synced }),
      figureRow('1.2', [15, ''], { version: 1, synced }),
      figureRow('1.3', [12, ''], { version: 1, synced }),
      figureRow('1.4', [10, ''], { version: 3, synced }),
    ];
    const server = byKey(figureCodec, [
      figureState('1.1', 11, 2),
      figureState('1.2', 15, 2),
      figureState('1.3', 14, 2),
      figureState('1.4', 9, 3),
    ]);
    expect(mergePulled(figureCodec, rows, server).map((u) => [u.key, u.action, u.state.value])).toEqual([
      ['1.1', 'update', 11],
      ['1.2', 'keep', 15],
      ['1.3', 'conflict', 14],
    ]);
  });

  it('treats a never-synced row with a typed value as an edit', () => {
    const updates = mergePulled(
      figureCodec,
      [figureRow('2.1', [5, ''])],
      byKey(figureCodec, [figureState('2.1', 7, 1)]),
    );
    expect(updates).toEqual([{ key: '2.1', action: 'conflict', state: figureState('2.1', 7, 1) }]);
  });

  it('does not report the same conflict twice but follows a newer server version', () => {
    const row = figureRow('3.1', [12, ''], { version: 1, synced, conflict: figureState('3.1', 14, 2) });
    expect(mergePulled(figureCodec, [row], byKey(figureCodec, [figureState('3.1', 14, 2)]))).toEqual([]);
    expect(mergePulled(figureCodec, [row], byKey(figureCodec, [figureState('3.1', 16, 3)]))[0]?.action).toBe(
      'conflict',
    );
  });

  it('shows an acknowledged write that another write at the same version superseded as a conflict (issue 10.3)', () => {
    const mine = figureRow('3.2', [10, ''], { version: 2, synced, writeId: 'w-mine' });
    const winner = { ...figureState('3.2', 12, 2), writeId: 'w-theirs' };
    expect(mergePulled(figureCodec, [mine], byKey(figureCodec, [winner]))).toEqual([
      { key: '3.2', action: 'conflict', state: winner },
    ]);
    // Shown once: the recorded conflict is not reported again; the same value from the other write is kept quietly.
    const shown = { ...mine, conflict: winner };
    expect(mergePulled(figureCodec, [shown], byKey(figureCodec, [winner]))).toEqual([]);
    const same = { ...winner, value: 10 };
    expect(mergePulled(figureCodec, [mine], byKey(figureCodec, [same]))[0]?.action).toBe('keep');
    // Its own write at the same version is no news.
    const own = { ...figureState('3.2', 10, 2), writeId: 'w-mine' };
    expect(mergePulled(figureCodec, [mine], byKey(figureCodec, [own]))).toEqual([]);
  });
});

describe('mergePushed', () => {
  it('records applied entries at their new version and settles conflicts', () => {
    const rows = [
      figureRow('4.1', [30, '新增'], { version: 1, synced }),
      figureRow('4.2', [40, ''], { version: 1, synced }),
      figureRow('4.3', [50, ''], { version: 1, synced }),
    ];
    const stamp = { version: 2, writer: me, writtenAt: '2026-03-02T00:00:00.000Z', writeId: 'w1', batchId: 'b1' };
    const updates = mergePushed(
      figureCodec,
      rows,
      [{ key: '4.1', ...stamp }],
      [figureState('4.2', 40, 2, me), figureState('4.3', 45, 2)],
      (targetId, value, s) => ({ targetId, ...value, ...s }),
    );
    expect(updates.map((u) => [u.key, u.action, u.state.value, u.state.version])).toEqual([
      ['4.1', 'keep', 30, 2],
      ['4.2', 'keep', 40, 2],
      ['4.3', 'conflict', 45, 2],
    ]);
    expect(updates[0]?.state.note).toBe('新增');
  });
});

describe('resolveConflict', () => {
  it('theirs shows the server value; mine rebases so the next diff sends mine over the server version', () => {
    const server = figureState('5.1', 14, 2);
    expect(resolveConflict('5.1', server, 'theirs')).toEqual({ key: '5.1', action: 'update', state: server });
    expect(resolveConflict('5.1', server, 'mine')).toEqual({ key: '5.1', action: 'keep', state: server });
  });
});
