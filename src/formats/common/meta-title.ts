/** meta.title: the document title as written. */
import { defineRule } from '../../engine/rule.js';
import { findTitle } from './find-title.js';

export const metaTitle = defineRule({
  id: 'common/meta-title',
  scope: 'document',
  keys: ['meta.title'],
  meta: {
    description: 'The first short title-like line before the body (报告/通知/要点 …), else a 标题 field.',
    examples: [{ input: '浙江省发展改革委2017年度政府信息公开工作报告\n\n  根据《条例》要求，现将我委2017年度工作情况报告如下。', expect: { 'meta.title': '浙江省发展改革委2017年度政府信息公开工作报告' } }],
  },
  extract(doc) {
    const title = findTitle(doc);
    if (!title) return [];
    // The title is kept as written, not in normalised form.
    return [{ key: 'meta.title', value: title.value, source: title.span(0, title.text.length) }];
  },
});
