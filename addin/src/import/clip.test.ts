// Clipping a selection to the used range, as Office.js writes addresses (sheet prefix, whole columns or rows).
import { describe, expect, it } from 'vitest';
import { clipToUsed } from './clip';

describe('clipToUsed', () => {
  it('clips whole columns and whole rows to the used range', () => {
    expect(clipToUsed('Sheet1!A:F', 'Sheet1!A1:H40')).toBe('A1:F40');
    expect(clipToUsed('任务分解表!$3:$10', '任务分解表!B2:E30')).toBe('B3:E10');
  });

  it('keeps a selection inside the used range, and says when they do not meet', () => {
    expect(clipToUsed('Sheet1!B2:D5', 'Sheet1!A1:H40')).toBe('B2:D5');
    expect(clipToUsed('Sheet1!J1:K5', 'Sheet1!A1:H40')).toBeNull();
  });
});
