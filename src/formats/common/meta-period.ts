/** meta.periodStart / meta.periodEnd: the statistics period (本报告所列数据统计期限为2019年1月1日至12月31日). */
import type { DocumentView } from '../../engine/document-view.js';
import { defineRule } from '../../engine/rule.js';
import type { TextView } from '../../engine/text-view.js';
import { type CalendarDate, type DateMatch, formatCalendarDate, scanDates } from '../../text/dates.js';

const PERIOD_CUE = /统计(?:期限|时限|时间|区间|周期|范围|截止|起止)|数据(?:统计)?(?:的)?(?:期限|时限|时间|时间段)|数据(?:统计)?(?:截止|截至)|报告期|(?:期限|时限)为|涵盖.{0,20}?期间/u;
// How a sentence joins a period's two ends when they are written as two dates (自…起，至…止; …——…; …到…).
const AFTER_START = /^[\s\u3000]*(?:起|开始)?[\s\u3000]*[，,]?[\s\u3000]*(?:至|到|—{1,2}|-{1,2}|－|~|～)/u;
const BEFORE_END = /(?:至|到|—|-|－|~|～|截止|截至|截止到|截至到)[\s\u3000]*$/u;

/** The statistics period; an end (or start) the text garbled is left out, the other end kept. */
export interface Period {
  readonly view: TextView;
  readonly from: number;
  readonly to: number;
  readonly start?: CalendarDate;
  readonly end?: CalendarDate;
}

/** Two ends written as separate dates, or one end whose other end the text garbled (统计期限自2017月1日起至2017年12月31日). */
function endsOf(text: string, dates: readonly DateMatch[]): Omit<Period, 'view'> | null {
  const days = dates.filter((d) => d.kind === 'date' && d.date.precision === 'day' && d.yearFrom === 'text');
  let start: DateMatch | undefined;
  let end: DateMatch | undefined;
  for (const d of days) {
    if (!start && !end && AFTER_START.test(text.slice(d.end, d.end + 6))) start = d;
    else if (!end && BEFORE_END.test(text.slice(Math.max(0, d.start - 4), d.start))) end = d;
  }
  if (!start && !end) return null;
  const from = (start ?? end)!.start;
  const to = (end ?? start)!.end;
  return { from, to, ...(start ? { start: start.date } : {}), ...(end ? { end: end.date } : {}) };
}

const cache = new WeakMap<DocumentView, Period | null>();

/** The first day-precision date range in a sentence that announces the statistics period. */
export function findPeriod(doc: DocumentView): Period | null {
  if (cache.has(doc)) return cache.get(doc)!;
  let found: Period | null = null;
  for (const entry of doc.sentences) {
    const cue = PERIOD_CUE.exec(entry.view.text);
    if (!cue) continue;
    const dates = scanDates(entry.view.text).dates.filter((d) => d.start >= cue.index);
    const range = dates.find((d) => d.kind === 'range' && d.date.precision === 'day' && d.until);
    if (range?.until) {
      found = { view: entry.view, from: range.start, to: range.end, start: range.date, end: range.until };
      break;
    }
    const ends = endsOf(entry.view.text, dates);
    if (ends) {
      found = { view: entry.view, ...ends };
      break;
    }
  }
  cache.set(doc, found);
  return found;
}

export const metaPeriod = defineRule({
  id: 'common/meta-period',
  scope: 'document',
  keys: ['meta.periodStart', 'meta.periodEnd'],
  meta: {
    description: 'A day-precision range in a sentence about the statistics period; the end inherits the year.',
    examples: [
      {
        input: '本报告所列数据统计期限为2019年1月1日至12月31日。',
        expect: { 'meta.periodStart': '2019-01-01', 'meta.periodEnd': '2019-12-31' },
      },
      {
        input: '本报告中所列数据的统计期限自 2012 年 1 月 1 日起,至2012年12月31日止。',
        expect: { 'meta.periodStart': '2012-01-01', 'meta.periodEnd': '2012-12-31' },
      },
      { input: '本报告信息数据统计期限为:2016年1月1日——2016年12月31日。', expect: { 'meta.periodStart': '2016-01-01', 'meta.periodEnd': '2016-12-31' } },
      { input: '本报告所列数据的统计期限自2017月1日起至2017年12月31日。', expect: { 'meta.periodStart': null, 'meta.periodEnd': '2017-12-31' } },
      { input: '本报告所列数据统计截至2020年12月31日。', expect: { 'meta.periodStart': null, 'meta.periodEnd': '2020-12-31' } },
      { input: '截至2014年12月25日，我局累计主动公开政府信息805条。', expect: { 'meta.periodStart': null, 'meta.periodEnd': null } },
    ],
  },
  extract(doc) {
    const p = findPeriod(doc);
    if (!p) return [];
    return [
      ...(p.start ? [{ key: 'meta.periodStart', value: formatCalendarDate(p.start), view: p.view, from: p.from, to: p.to }] : []),
      ...(p.end ? [{ key: 'meta.periodEnd', value: formatCalendarDate(p.end), view: p.view, from: p.from, to: p.to }] : []),
    ];
  },
});
