/** Running and multi-year totals are not the year's figures; the year's own running total is. */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse-report.js';
import { toRecord } from '../../src/record/to-record.js';

const HEAD = '青石县交通局2014年政府信息公开工作年度报告\n\n';
const record = (body: string) => toRecord(parseReport(HEAD + body));

describe('cumulative totals', () => {
  it('a total counted up to a date or over the years is not the year total', () => {
    expect(record('截止2014年12月25日，我局在门户网站累计主动公开政府信息805条，全文电子化达100%。')['proactive.total']).toBeUndefined();
    expect(record('年内，我局在服务网站累计主动公开政府信息1568条。')['proactive.total']).toBeUndefined();
    expect(record('近3年共受理信息公开申请2件，1件通过邮寄申请。')['requests.received']).toBeUndefined();
  });

  it('the year named at the start of the sentence, or 全年累计, makes it the year total', () => {
    expect(record('2014年，全局累计主动公开政府信息12条，其中概况类信息3条。')['proactive.total']).toBe(12);
    expect(record('全年累计主动公开政府信息356条。')['proactive.total']).toBe(356);
    expect(record('2014年，我局主动公开政府信息360条。')['proactive.total']).toBe(360);
  });
});
