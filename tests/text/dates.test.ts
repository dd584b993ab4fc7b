import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/text/normalize.js';
import { formatCalendarDate, scanDates } from '../../src/text/dates.js';

const dates = (s: string, contextYear?: number) =>
  scanDates(normalize(s).text, contextYear === undefined ? {} : { contextYear }).dates.map((d) => ({
    date: formatCalendarDate(d.date),
    until: d.until ? formatCalendarDate(d.until) : undefined,
    kind: d.kind,
    yearFrom: d.yearFrom,
  }));

describe('dates', () => {
  it('reads ISO and CJK dates, stray spaces and Chinese numerals', () => {
    expect(dates('发布日期:2018-01-23')[0]?.date).toBe('2018-01-23');
    expect(dates('2017年10月17日')[0]?.date).toBe('2017-10-17');
    expect(dates('2017年 10月17日')[0]?.date).toBe('2017-10-17');
    expect(dates('二〇一九年十二月三十一日')[0]?.date).toBe('2019-12-31');
    expect(dates('二○一一年十二月二日')[0]?.date).toBe('2011-12-02');
    expect(dates('2018年03月23日来源')[0]?.date).toBe('2018-03-23');
  });

  it('reads ranges whose end inherits the year (and month)', () => {
    expect(dates('统计期限为2019年1月1日至12月31日')).toEqual([
      { date: '2019-01-01', until: '2019-12-31', kind: 'range', yearFrom: 'text' },
    ]);
    expect(dates('自2019年1月1日起至2019年12月31日止')[0]?.until).toBe('2019-12-31');
    expect(dates('2019年3月1日至31日')[0]?.until).toBe('2019-03-31');
  });

  it('reads month precision and deadlines', () => {
    expect(dates('截至2017年12月，平台')[0]).toMatchObject({ date: '2017-12', kind: 'date' });
    expect(dates('2016年3月份组织')[0]?.date).toBe('2016-03');
    expect(dates('在2017年5月5日前报送')[0]).toMatchObject({ date: '2017-05-05', kind: 'deadline' });
  });

  it('rejects impossible dates with a reason', () => {
    const { dates: found, invalid } = scanDates('2017年2月30日');
    expect(found).toEqual([]);
    expect(invalid[0]?.reason).toMatch(/not a calendar date/);
    expect(scanDates('2017年13月1日').invalid).toHaveLength(1);
  });

  it('is a calendar date: no timezone drift at a day boundary', () => {
    expect(dates('2019-12-31')[0]?.date).toBe('2019-12-31');
    expect(dates('2020-01-01')[0]?.date).toBe('2020-01-01');
  });

  it('does not read counts, years, document numbers or durations as dates', () => {
    expect(dates('主动公开政府信息1640条')).toEqual([]);
    expect(dates('浙政办发〔2017〕36号')).toEqual([]);
    expect(dates('国家发展改革委令2017年第2号')).toEqual([]);
    expect(dates('30日内作出答复，24小时内')).toEqual([]);
    expect(dates('(2014-2017)')).toEqual([]);
    expect(dates('统计期限为201711日至20171231日')).toEqual([]);
    expect(dates('5.15政务公开活动')).toEqual([]);
  });

  it('keeps month-day dates without a year only with a context year, which never comes from the clock', () => {
    expect(dates('7月13日，在官网上公示')).toEqual([]);
    expect(dates('7月13日，在官网上公示', 2017)).toEqual([
      { date: '2017-07-13', until: undefined, kind: 'date', yearFrom: 'context' },
    ]);
    expect(dates('十一月十日', 2017)[0]?.date).toBe('2017-11-10');
  });
});

describe('parseDate', () => {
  it('parses exactly one date token', async () => {
    const { parseDate } = await import('../../src/text/dates.js');
    expect(parseDate('2017年4月25日')).toEqual({ year: 2017, month: 4, day: 25, precision: 'day' });
    expect(parseDate('2017年12月')).toEqual({ year: 2017, month: 12, precision: 'month' });
    expect(parseDate('一月')).toBeNull();
    expect(parseDate('2017年2月30日')).toBeNull();
  });
});

describe('scanDates over several parts', () => {
  it('takes the year of a month-day date from contextYearAt, by where it stands', () => {
    const text = '7月13日召开会议。\n8月1日完成。';
    const { dates } = scanDates(text, { contextYearAt: (at) => (at < text.indexOf('\n') ? 2019 : 2020) });
    expect(dates.map((d) => [formatCalendarDate(d.date), d.yearFrom, text.slice(d.start, d.end)])).toEqual([
      ['2019-07-13', 'context', '7月13日'],
      ['2020-08-01', 'context', '8月1日'],
    ]);
  });

  it('finds every date a line holds whatever stands around it (separators, decimals, ranges, deadlines)', () => {
    const text = '3.5%，2019.1.2发布\n2018年1月1日至12月31日\n2017年5月5日前\n１２月３日 2020-02-30';
    const { dates, invalid } = scanDates(text);
    expect(dates.map((d) => [formatCalendarDate(d.date), d.kind])).toEqual([
      ['2019-01-02', 'date'],
      ['2018-01-01', 'range'],
      ['2017-05-05', 'deadline'],
    ]);
    expect(invalid.map((d) => d.text)).toEqual(['2020-02-30']);
  });
});
