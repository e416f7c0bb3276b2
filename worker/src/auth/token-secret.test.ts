// Token secrets: random, stored only as hashes, units only for editors.
import { describe, expect, it } from 'vitest';
import { createToken, hashTokenSecret, hashesEqual } from './token-secret';

describe('tokens', () => {
  it('stores only the hash of a random secret, with a public id derived from it', async () => {
    const { secret, record } = await createToken({ role: 'editor', unit: '市人社局', label: 'test' });
    expect(secret).toMatch(/^ps_[A-Za-z0-9_-]{43}$/);
    expect(record.hash).toBe(await hashTokenSecret(secret));
    expect(JSON.stringify(record)).not.toContain(secret);
    expect(record.tokenId).toBe(`tok_${record.hash.slice(0, 12)}`);
    expect((await createToken({ role: 'admin' })).secret).not.toBe(secret);
  });

  it('binds units to editors only', async () => {
    await expect(createToken({ role: 'editor' })).rejects.toThrow(/unit/);
    await expect(createToken({ role: 'viewer', unit: '市人社局' })).rejects.toThrow(/unit/);
  });

  it('compares hashes exactly', () => {
    expect(hashesEqual('ab', 'ab')).toBe(true);
    expect(hashesEqual('ab', 'ac')).toBe(false);
    expect(hashesEqual('ab', 'abc')).toBe(false);
  });
});
