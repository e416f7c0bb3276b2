import { describe, expect, it } from 'vitest';
import { deadlineOf } from './due-by';

describe('完成时限 read as a date', () => {
  it.each([
    ['10月底', '2014-10-31'],
    ['10月底前', '2014-10-31'],
    ['十月底前完成', '2014-10-31'],
    ['2月', '2014-02-28'],
    ['6月前', '2014-05-31'],
    ['6月中旬', '2014-06-20'],
    ['3月上旬', '2014-03-10'],
    ['2014年6月30日', '2014-06-30'],
    ['６月３０日前', '2014-06-30'],
    ['2015年3月底', '2015-03-31'],
    ['上半年', '2014-06-30'],
    ['下半年', '2014-12-31'],
    ['第三季度', '2014-09-30'],
    ['年底前', '2014-12-31'],
    ['年内', '2014-12-31'],
    ['2015年底', '2015-12-31'],
    ['全年', '2014-12-31'],
  ])('%s → %s', (text, date) => {
    expect(deadlineOf(text, 2014)).toBe(date);
  });

  it('gives no date for texts without one, or for a day that does not exist', () => {
    expect(deadlineOf('长期坚持', 2014)).toBeNull();
    expect(deadlineOf('持续推进', 2014)).toBeNull();
    expect(deadlineOf('2月30日', 2014)).toBeNull();
    expect(deadlineOf('13月底', 2014)).toBeNull();
  });
});
