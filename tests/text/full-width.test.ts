/** The primitives on un-normalised input: full-width digits read as ASCII ones, offsets into the caller's string. */
import { describe, expect, it } from 'vitest';
import { scanDates, scanQuantities } from '../../src/index.js';

describe('full-width input', () => {
  it('scanDates reads ２０１７年１０月１７日 with offsets into the input', () => {
    const text = '于２０１７年１０月１７日发布';
    const [date] = scanDates(text).dates;
    expect(date).toMatchObject({ start: 1, end: 12, date: { year: 2017, month: 10, day: 17, precision: 'day' } });
    expect(text.slice(date!.start, date!.end)).toBe('２０１７年１０月１７日');
  });

  it('scanQuantities reads ５８件 and ３．５％', () => {
    const text = '共收到申请５８件，占３．５％';
    const found = scanQuantities(text);
    expect(found.map((q) => [q.value, q.kind, text.slice(q.start, q.end)])).toEqual([
      [58, expect.any(String), '５８件'],
      [3.5, 'percent', '３．５％'],
    ]);
  });
});
