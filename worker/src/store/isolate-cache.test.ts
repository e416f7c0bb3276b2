// The isolate cache: freshness window and size bound.
import { describe, expect, it } from 'vitest';
import { IsolateCache } from './isolate-cache';

describe('IsolateCache', () => {
  it('serves a value only within the freshness window, and any age on request', () => {
    let now = 1000;
    const cache = new IsolateCache<string>(10, () => now);
    cache.set('a', 'x');
    now += 29_999;
    expect(cache.fresh('a', 30_000)).toBe('x');
    now += 1;
    expect(cache.fresh('a', 30_000)).toBeUndefined();
    expect(cache.any('a')).toBe('x');
    expect(cache.fresh('a', 0)).toBeUndefined();
  });

  it('drops the least recently stored entry beyond its size', () => {
    const cache = new IsolateCache<number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('a', 3);
    cache.set('c', 4);
    expect([cache.any('a'), cache.any('b'), cache.any('c')]).toEqual([3, undefined, 4]);
  });
});
