/** meta.periodStart / meta.periodEnd: the statistics period (本报告所列数据统计期限为2019年1月1日至12月31日). */
import type { DocumentView } from '../../engine/document-view.js';
import { defineRule } from '../../engine/rule.js';
import type { TextView } from '../../engine/text-view.js';
import { type CalendarDate, formatCalendarDate, scanDates } from '../../text/dates.js';

const PERIOD_CUE = /统计(?:期限|时限|时间|区间|周期|范围|截止)|数据(?:统计)?(?:期限|时限|时间)|报告期|(?:期限|时限)为/u;

export interface Period {
  readonly view: TextView;
  readonly from: number;
  readonly to: number;
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

const cache = new WeakMap<DocumentView, Period | null>();

/** The first day-precision date range in a sentence that announces the statistics period. */
export function findPeriod(doc: DocumentView): Period | null {
  if (cache.has(doc)) return cache.get(doc)!;
  let found: Period | null = null;
  for (const entry of doc.sentences) {
    const cue = PERIOD_CUE.exec(entry.view.text);
    if (!cue) continue;
    const range = scanDates(entry.view.text).dates.find(
      (d) => d.kind === 'range' && d.start >= cue.index && d.date.precision === 'day' && d.until,
    );
    if (range?.until) {
      found = { view: entry.view, from: range.start, to: range.end, start: range.date, end: range.until };
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
    ],
  },
  extract(doc) {
    const p = findPeriod(doc);
    if (!p) return [];
    return [
      { key: 'meta.periodStart', value: formatCalendarDate(p.start), view: p.view, from: p.from, to: p.to },
      { key: 'meta.periodEnd', value: formatCalendarDate(p.end), view: p.view, from: p.from, to: p.to },
    ];
  },
});
