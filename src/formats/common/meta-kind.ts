/**
 * meta.kind: `annual-report` for 政府信息公开工作年度报告 / 政务公开工作年度报告 (any year), `other` for notices,
 * work points, half-year bulletins, interpretations, samples and news. Decided by the title; a document without a
 * telling title is a report when its opening says so (现公布…年度报告, 编制了…年度报告, 本报告所列数据 …) or two of the
 * templates' section headings stand in it.
 */
import type { DocumentView } from '../../engine/document-view.js';
import { defineRule, type SourceMatch } from '../../engine/rule.js';
import { blankCited } from './cited.js';
import { findTitle } from './find-title.js';

const REPORT_TITLE = /(?:政府信息公开|政务公开|信息公开|政府信息与政务公开|政务信息公开)(?:工作)?(?:年度)?(?:工作)?(?:报告|年报)|年度报告|年报/u;
// 图解/一图读懂 pages and notes about a report (…年度报告的说明/更正) are about the report, not the report itself.
const OTHER_TITLE = /通知|要点|意见|方案|办法|规定|制度|解读|图解|一图|读懂|上半年|下半年|半年|季度|月报|范文|模板|样本|格式|公告|批复|决定|讲话|新闻|发布会|总结|计划|任务分解|分工|征求|目录|指南|报告的(?:说明|更正|勘误)|关于.{0,40}报告的/u;
// The opening says what the document is: 现将…年度报告…, 现公布/特向社会公布…年度报告, 编制了…年度报告, 本报告所列数据 …
// The author's own words (现/特 公布, 编制了/编制完成, 本报告…) — not a notice asking others to 公布/编制 their reports.
const REPORT_OPENING =
  /(?:现|特)+(?:向社会)?(?:公布|发布).{0,40}?(?:年度报告|工作报告|年报)|编制(?:了|完成了?|而成).{0,30}?(?:年度报告|年报|本报告)|编制本报告|本报告由.{0,40}?(?:编制|编写)|(?:年度报告|本报告)(?:中)?所列数据|本(?:年度)?报告(?:是)?根据|本年度报告由/u;
// Weaker openings that need the sentence to be about 政府信息公开: 现将工作情况报告如下; a first statement of the
// year's proactive figure (2009年，水利部主动公开政府信息1192条) on a page that starts mid-report.
const WORK_REPORTED = /现将.{0,60}?(?:报告|汇报)(?:如下|向社会公布)|^(?:(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})年度?[，,][^。；]{0,30}?主动公开(?:各类)?(?:政府)?信息\d/u;
// The national templates' section headings (2008 and 2019/2021): a body with two of them is a report.
const STANDARD_HEADING =
  /^(?:概述|总体情况|基本情况|主动公开政府信息(?:的)?情况|政府信息主动公开情况|(?:收到和处理|依申请公开)政府信息(?:公开申请)?(?:的|办理)?情况|政府信息依申请公开(?:工作)?情况|政府信息公开(?:的)?收费及减免情况|(?:因政府信息公开申请(?:提起)?|政府信息公开)行政复议、(?:提起)?行政诉讼(?:的)?情况|(?:政府信息公开工作)?存在的主要问题(?:及|和)改进(?:情况|措施)|其他需要报告的事项)/u;
// A cover letter that transmits the report (关于报送…的函): what it carries decides, as its opening says.
const TRANSMITTAL = /报送|呈报|上报/u;
const OPENING_SENTENCES = 8;
// What a 现将…情况报告如下 may report on instead of the year's OGI work: work points, self-inspections, rectification.
const NOT_THE_REPORT = /要点|落实|自查|整改|督查|检查|部署|任务/u;

function openingCue(doc: DocumentView): SourceMatch | null {
  for (const entry of doc.sentences.slice(0, OPENING_SENTENCES)) {
    const text = entry.view.text;
    const own = blankCited(text);
    const m = REPORT_OPENING.exec(text) ?? (/政府信息/u.test(text) && !NOT_THE_REPORT.test(own) ? WORK_REPORTED.exec(text) : null);
    if (m) return { key: 'meta.kind', value: 'annual-report', source: entry.view.toSource(m.index, m.index + m[0].length) };
  }
  return null;
}

function standardHeadings(doc: DocumentView): SourceMatch | null {
  const found = doc.headings.filter((h) => STANDARD_HEADING.test(h.text.replace(/^[一二三四五六七八九十]{1,3}[、，,．.]\s*/u, '')));
  if (found.length < 2) return null;
  return { key: 'meta.kind', value: 'annual-report', source: found[0]!.toSource(0, found[0]!.text.length) };
}

export const metaKind = defineRule({
  id: 'common/meta-kind',
  scope: 'document',
  keys: ['meta.kind'],
  meta: {
    description: 'annual-report when the title names an OGI annual report and nothing marks it as a notice or bulletin; without a telling title, when the opening says so or two standard section headings stand in the body.',
    examples: [
      { input: '沈阳市发展和改革委员会2017年度政府信息公开工作报告\n\n  现将2017年度我委政府信息公开工作情况汇报如下。', expect: { 'meta.kind': 'annual-report' } },
      { input: '浙江省人民政府办公厅关于印发2017年浙江省政务公开工作要点的通知\n\n  现印发给你们，请认真贯彻执行。', expect: { 'meta.kind': 'other' } },
      { input: '2022年上半年政府信息公开数据统计\n\n  上半年共收到申请10件。', expect: { 'meta.kind': 'other' } },
      { input: '图解：某区2022年政府信息公开工作年度报告\n\n  全年共收到申请10件。', expect: { 'meta.kind': 'other' } },
      { input: '某局关于2017年政府信息公开工作年度报告的说明\n\n  特此说明。', expect: { 'meta.kind': 'other' } },
      { input: '根据《中华人民共和国政府信息公开条例》，现公布青石县2015年政府信息公开工作年度报告。本报告数据统计时限为2015年1月1日至12月31日。', expect: { 'meta.kind': 'annual-report' } },
      { input: '一、总体情况\n2023年，我镇认真贯彻《条例》。\n二、主动公开政府信息情况\n全年主动公开政府信息20条。', expect: { 'meta.kind': 'annual-report' } },
      { input: '青石县统计局关于报送《青石县统计局2016年政府信息公开工作情况》的函\n\n  县政府办：我局编制了2016年度政府信息公开年度报告，现报送如下。', expect: { 'meta.kind': 'annual-report' } },
      { input: '青石县统计局关于2015年政府信息公开工作要点落实情况的函\n\n  县政府办：现将我局落实情况报告如下。', expect: { 'meta.kind': 'other' } },
      { input: '各乡镇：请于3月31日前向社会公布本单位2014年度政府信息公开工作年度报告，认真编制2014年度政府信息公开工作年度报告。', expect: { 'meta.kind': null } },
      { input: '县政府办：现将我局2015年政府信息公开工作要点落实情况报告如下。', expect: { 'meta.kind': null } },
    ],
  },
  extract(doc) {
    const title = findTitle(doc);
    const report = title ? REPORT_TITLE.exec(title.text) : null;
    const other = title ? OTHER_TITLE.exec(title.text) : null;
    if (title && report && !other) {
      return [{ key: 'meta.kind', value: 'annual-report', source: title.span(report.index, report.index + report[0].length) }];
    }
    const opening = openingCue(doc);
    if (title && other && !(TRANSMITTAL.test(title.text) && opening)) {
      return [{ key: 'meta.kind', value: 'other', source: title.span(other.index, other.index + other[0].length) }];
    }
    // No telling title: the opening sentences or the section headings may still say what the document is.
    const body = opening ?? standardHeadings(doc);
    if (body) return [body];
    return title ? [{ key: 'meta.kind', value: 'other', source: title.span(0, title.text.length) }] : [];
  },
});
