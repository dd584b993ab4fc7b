/**
 * meta.kind: `annual-report` for 政府信息公开工作年度报告 / 政务公开工作年度报告 (any year), `other` for notices,
 * work points, half-year bulletins, interpretations, samples and news. Decided by the title; a document without a
 * recognisable title is a report only when its opening says so (现将…年度…报告如下, 编制本报告).
 */
import { defineRule } from '../../engine/rule.js';
import { findTitle } from './find-title.js';

const REPORT_TITLE = /(?:政府信息公开|政务公开|信息公开|政府信息与政务公开|政务信息公开)(?:工作)?(?:年度)?(?:工作)?(?:报告|年报)|年度报告|年报/u;
// 图解/一图读懂 pages and notes about a report (…年度报告的说明/更正) are about the report, not the report itself.
const OTHER_TITLE = /通知|要点|意见|方案|办法|规定|制度|解读|图解|一图|读懂|上半年|下半年|半年|季度|月报|范文|模板|样本|格式|公告|批复|决定|讲话|新闻|发布会|总结|计划|任务分解|分工|征求|目录|指南|报告的(?:说明|更正|勘误)|关于.{0,40}报告的/u;
const REPORT_OPENING = /现将.{0,30}?(?:年度|年).{0,30}?报告如下|特公布.{0,30}?年度报告|编制本报告|本报告由.{0,40}?编制|(?:年度报告|本报告)所列数据/u;

export const metaKind = defineRule({
  id: 'common/meta-kind',
  scope: 'document',
  keys: ['meta.kind'],
  meta: {
    description: 'annual-report when the title names an OGI annual report and nothing marks it as a notice or bulletin.',
    examples: [
      { input: '沈阳市发展和改革委员会2017年度政府信息公开工作报告\n\n  现将2017年度我委政府信息公开工作情况汇报如下。', expect: { 'meta.kind': 'annual-report' } },
      { input: '浙江省人民政府办公厅关于印发2017年浙江省政务公开工作要点的通知\n\n  现印发给你们，请认真贯彻执行。', expect: { 'meta.kind': 'other' } },
      { input: '2022年上半年政府信息公开数据统计\n\n  上半年共收到申请10件。', expect: { 'meta.kind': 'other' } },
      { input: '图解：某区2022年政府信息公开工作年度报告\n\n  全年共收到申请10件。', expect: { 'meta.kind': 'other' } },
      { input: '某局关于2017年政府信息公开工作年度报告的说明\n\n  特此说明。', expect: { 'meta.kind': 'other' } },
    ],
  },
  extract(doc) {
    const title = findTitle(doc);
    const report = title ? REPORT_TITLE.exec(title.text) : null;
    const other = title ? OTHER_TITLE.exec(title.text) : null;
    if (title && report && !other) {
      return [{ key: 'meta.kind', value: 'annual-report', view: title, from: report.index, to: report.index + report[0].length }];
    }
    if (title && other) {
      return [{ key: 'meta.kind', value: 'other', view: title, from: other.index, to: other.index + other[0].length }];
    }
    // No telling title: the opening sentences may still say what the document is.
    for (const entry of doc.sentences.slice(0, 8)) {
      const m = REPORT_OPENING.exec(entry.view.text);
      if (m) return [{ key: 'meta.kind', value: 'annual-report', view: entry.view, from: m.index, to: m.index + m[0].length }];
    }
    return title ? [{ key: 'meta.kind', value: 'other', view: title, from: 0, to: title.text.length }] : [];
  },
});
