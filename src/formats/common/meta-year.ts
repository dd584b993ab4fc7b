/** meta.year: the year the statistics cover — from the title, else the opening (现将…2017年度…), else the period. */
import { defineRule, type RuleMatch } from '../../engine/rule.js';
import { parseChineseDigitString } from '../../text/numerals.js';
import { blankCited } from './cited.js';
import { findTitle } from './find-title.js';
import { findPeriod } from './meta-period.js';

const YEAR_IN_TITLE = /(?<!\d)((?:19|20)\d{2})(?!\d)[年]|(?<![〇○零一二三四五六七八九])([一二][〇○零一二三四五六七八九]{3})年/u;
// The year the opening gives the report (现将…2017年度…, 2016年度镇政府信息公开年度报告), or the year its first
// statements speak of (2021年，我局…; 2009年，水利部主动公开…). Titles of other documents cited in 《》 are skipped.
const YEAR_IN_OPENING =
  /现将.{0,30}?(?<!\d)((?:19|20)\d{2})(?!\d)年度?|(?<!\d)((?:19|20)\d{2})(?!\d)年度?[\p{Script=Han}]{0,6}?(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?(?:报告|年报|工作)|(?<!\d)((?:19|20)\d{2})(?!\d)年度?[，,]?(?:我|本)(?:局|委|办|厅|处|镇|乡|街道|中心|院|部|区|县|市|单位|机关)|^(?:[^。]{0,12}[，,])?((?:19|20)\d{2})(?!\d)年度?[，,][^。；]{0,30}?主动公开/u;

function yearOf(m: RegExpExecArray): number | null {
  const y = m[1] ? Number(m[1]) : parseChineseDigitString(m[2] ?? '');
  return y !== null && y >= 1990 && y <= 2100 ? y : null;
}

export const metaYear = defineRule({
  id: 'common/meta-year',
  scope: 'document',
  keys: ['meta.year'],
  meta: {
    description: 'The year written in the title (2017年度, 二〇一九年), else in the opening sentences, else the statistics period.',
    examples: [{ input: '贵安新区2016年政务公开工作年度报告\n\n  特公布贵安新区2016年政府信息公开工作年度报告。', expect: { 'meta.year': 2016 } }],
  },
  extract(doc) {
    const title = findTitle(doc);
    const found: RuleMatch[] = [];
    const fromTitle = title ? YEAR_IN_TITLE.exec(title.text) : null;
    const y = fromTitle ? yearOf(fromTitle) : null;
    if (title && fromTitle && y !== null) {
      found.push({ key: 'meta.year', value: y, source: title.span(fromTitle.index, fromTitle.index + fromTitle[0].length), priority: 0 });
      return found;
    }
    for (const entry of doc.sentences.slice(0, 8)) {
      const text = blankCited(entry.view.text);
      const m = YEAR_IN_OPENING.exec(text);
      const year = m ? Number(m[1] ?? m[2] ?? m[3] ?? m[4]) : null;
      if (m && year !== null && year >= 1990 && year <= 2100) {
        return [{ key: 'meta.year', value: year, view: entry.view, from: m.index, to: m.index + m[0].length, priority: 1 }];
      }
    }
    const period = findPeriod(doc);
    if (period?.start && period.end && period.start.year === period.end.year) {
      return [{ key: 'meta.year', value: period.start.year, view: period.view, from: period.from, to: period.to, priority: 2 }];
    }
    return [];
  },
});
