/**
 * meta.publishedAt: 发布日期/发布时间/发文日期 first; then a labelled 时间/日期; then a bare date line above the body
 * (2018年03月23日来源:…); then 更新时间/成文日期; the closing signature date only when nothing else gives one.
 */
import type { MetaFieldEntry } from '../../engine/document-view.js';
import { defineRule, type RuleMatch } from '../../engine/rule.js';
import { formatCalendarDate, scanDates } from '../../text/dates.js';

export const metaPublishedAt = defineRule({
  id: 'common/meta-published-at',
  scope: 'document',
  keys: ['meta.publishedAt'],
  meta: {
    description: 'The publication date from the page metadata, else the date line, else the signature date.',
    examples: [
      { input: '某局2017年政府信息公开工作年度报告\n发布日期:2018-01-23 来源:某局 浏览次数:\n  现将我局2017年度工作情况报告如下。', expect: { 'meta.publishedAt': '2018-01-23' } },
    ],
  },
  extract(doc) {
    const rank = (field: MetaFieldEntry): number | null => {
      switch (field.name) {
        case 'publishedAt':
          return 0;
        case 'date':
          if (field.label) return 1;
          if (doc.bodyStart < 0 || field.blockIndex < doc.bodyStart) return 2;
          return field.blockIndex > doc.bodyEnd ? 4 : null;
        case 'updatedAt':
        case 'writtenAt':
          return 3;
        default:
          return null;
      }
    };
    const found: RuleMatch[] = [];
    for (const field of doc.metaFields) {
      const priority = rank(field);
      if (priority === null) continue;
      const date = scanDates(field.view.text).dates.find((d) => d.date.precision === 'day');
      if (!date) continue;
      found.push({
        key: 'meta.publishedAt',
        value: formatCalendarDate(date.date),
        view: field.view,
        from: date.start,
        to: date.end,
        priority,
      });
    }
    return found;
  },
});
