/**
 * 2008-era phrasings, one per line, each paired with a near miss that must not bind (issue: "one fixture per
 * phrasing, each paired with a near miss"). Each case is a small report: a title of a 2016 report, the section
 * heading the sentence would sit under, and the sentence.
 */
import { describe, expect, it } from 'vitest';
import { parseReport, toRecord } from 'ogi-report';

type Expect = Record<string, number | null>;
const doc = (heading: string, sentence: string): string => `某局2016年政府信息公开工作年度报告\n${heading}\n${sentence}`;
const REQUESTS = '三、依申请公开政府信息情况';
const REVIEW = '五、因政府信息公开申请行政复议、提起行政诉讼的情况';
const PROACTIVE = '二、主动公开政府信息情况';
const FEES = '四、政府信息公开的收费及减免情况';

const PAIRS: Array<[string, string, Expect, string, Expect]> = [
  // [heading, phrasing, expected, near miss, must not bind]
  [REQUESTS, '全年共受理政府信息公开申请56件，同比增长12%。', { 'requests.received': 56 }, '全年受理行政审批事项3560件，同比增长12%。', { 'requests.received': null }],
  [REQUESTS, '本年度共收到政府信息公开申请12条，比上年减少3条。', { 'requests.received': 12 }, '本年度共收到群众来信12条。', { 'requests.received': null }],
  [REQUESTS, '全年共接收依申请公开申请8起。', { 'requests.received': 8 }, '全年共接收咨询8起。', { 'requests.received': null }],
  [REQUESTS, '共办理依申请公开申请20宗。', { 'requests.received': 20 }, '共办理信访件20宗。', { 'requests.received': null }],
  [REQUESTS, '其中当面申请3件，传真申请1件，网络申请10件，信函申请4件，电子邮件申请2件。', { 'requests.byChannel.inPerson': 3, 'requests.byChannel.fax': 1, 'requests.byChannel.online': 10, 'requests.byChannel.mail': 4, 'requests.byChannel.email': 2 }, '网上申请占比达到62%。', { 'requests.byChannel.online': null }],
  [REQUESTS, '已办结19件，其中按时办结18件，延期办结1件。', { 'requests.completed': 19, 'requests.completedOnTime': 18, 'requests.extended': 1 }, '已办结信访事项19件，办结率100%。', { 'requests.completed': null }],
  [REQUESTS, '上年结转申请2件，结转下年度办理3件。', { 'requests.carriedOver': 2, 'requests.carriedForward': 3 }, '2015年结转资金2万元。', { 'requests.carriedOver': null }],
  [REQUESTS, '在已答复的申请中，属于已主动公开范围的5件，同意公开的7件，同意部分公开的2件，不同意公开的3件。', { 'dispositions.alreadyPublic': 5, 'dispositions.granted': 7, 'dispositions.partiallyGranted': 2, 'dispositions.denied': 3 }, '同意公开的申请占答复总数的55%。', { 'dispositions.granted': null }],
  [REQUESTS, '不属于本行政机关公开的4件，申请信息不存在的2件，告知作出更改补充的1件，告知通过其他途径办理的3件。', { 'dispositions.notThisAgency': 4, 'dispositions.notExist': 2, 'dispositions.amendRequested': 1, 'dispositions.otherChannel': 3 }, '共制作政府信息3021条，其中主动公开信息1027条，不予公开信息1535条。', { 'dispositions.denied': null, 'dispositions.granted': null }],
  [REQUESTS, '予以公开及部分公开25件。', { 'dispositions.grantedOrPartial': 25 }, '予以公开及部分公开的比例为25%。', { 'dispositions.grantedOrPartial': null }],
  [REVIEW, '全年共发生政府信息公开行政复议3件，其中维持具体行政行为2件，被依法纠错1件。', { 'review.total': 3, 'review.upheld': 2, 'review.corrected': 1 }, '如对答复不服，可依法申请行政复议或提起行政诉讼。', { 'review.total': null, 'litigation.total': null }],
  [REVIEW, '发生行政诉讼2件，均已胜诉。', { 'litigation.total': 2, 'litigation.upheld': 2 }, '行政诉讼案件的胜诉率为100%。', { 'litigation.upheld': null }],
  [REVIEW, '本年度未发生因政府信息公开引起的行政复议和行政诉讼。', { 'review.total': 0, 'litigation.total': 0 }, '除上述1件外，未发生其他行政复议案件。', { 'review.total': null }],
  [REVIEW, '全年共收到政府信息公开举报投诉2件。', { 'complaints.total': 2 }, '全年受理信访举报投诉45件。', { 'complaints.total': null }],
  [REVIEW, '未收到有关政府信息公开的举报投诉。', { 'complaints.total': 0 }, '政府信息公开方面的申诉、举报3件。', { 'complaints.total': null }],
  [PROACTIVE, '全年主动公开政府信息1234条。', { 'proactive.total': 1234 }, '召开新闻发布会12次，发布微博300条。', { 'proactive.total': null }],
  [PROACTIVE, '主动公开政府信息4900余条。', { 'proactive.total': 4900 }, '通过门户网站公开信息2017年以来累计8000条。', { 'proactive.total': null }],
  [FEES, '本机关依申请提供政府信息，未收取任何费用。', { 'fees.collected': 0 }, '政府信息公开工作经费15万元。', { 'fees.collected': null }],
  [FEES, '2013年度，我局未发生政府信息公开收费情况。', { 'fees.collected': 0 }, '本单位不涉及任何政府收费行为。', { 'fees.collected': null }],
  [REQUESTS, '全年无政府信息公开申请。', { 'requests.received': 0 }, '全年无信访积案。', { 'requests.received': null }],
  [PROACTIVE, '全年主动公开政府信息900条。', { 'proactive.total': 900 }, '通过政府网站主动公开政府信息800条，通过政府公报公开50条。', { 'proactive.total': null }],
  [REVIEW, '因政府信息公开申请行政复议和行政诉讼案件均为零。', { 'review.total': 0, 'litigation.total': 0 }, '因政府信息公开申请行政复议和行政诉讼案件均为零星发生。', { 'review.total': null }],
  [FEES, '依申请公开收取检索费、复制费共计120元。', { 'fees.collected': 120 }, '咨询电话：0571-87052222。', { 'fees.collected': null }],
  // Real-report phrasings (issue 12), each with its near miss.
  [PROACTIVE, '2016年，全年共主动公开356条政务信息。', { 'proactive.total': 356 }, '2016年，全年共公开356条新闻稿件。', { 'proactive.total': null }],
  [PROACTIVE, '2016年共公布政府信息120条。', { 'proactive.total': 120 }, '2016年共公布办事指南120条。', { 'proactive.total': null }],
  [PROACTIVE, '2016年，主动公开公安政府信息300条。', { 'proactive.total': 300 }, '2016年，主动公开人事类政府信息5条。', { 'proactive.total': null }],
  [PROACTIVE, '2016年，主动公开我区各级单位政府信息5000条。', { 'proactive.total': 5000 }, '其中，区直、县直各单位主动公开政府信息1397条，占73%。', { 'proactive.total': null }],
  [PROACTIVE, '本年度主动公开信息的有5条。', { 'proactive.total': 5 }, '本年度主动公开信息的占比为5%。', { 'proactive.total': null }],
  [PROACTIVE, '全年發布各類信息247條。', { 'proactive.total': 247 }, '全年發布各類微博247條。', { 'proactive.total': null }],
  [PROACTIVE, '年内，我局累计主动公开政府信息1568条，其中2016年度我局共主动公开政府信息181条。', { 'proactive.total': 181 }, '截止2016年12月31日，我局累计主动公开政府信息1224条。', { 'proactive.total': null }],
  [PROACTIVE, '2016年，全局累计主动公开政府信息12条，其中概况类信息3条。', { 'proactive.total': 12 }, '截止2016年12月底，本局已主动公开政府信息8400多条。', { 'proactive.total': null }],
  [REQUESTS, '全年共收到12起政府信息依申请公开。', { 'requests.received': 12 }, '全年共收到12起群众咨询。', { 'requests.received': null }],
  [REQUESTS, '全年共收到书面申请12件，均已按时答复。', { 'requests.received': 12 }, '书面申请占全部申请的62%。', { 'requests.received': null }],
  [REQUESTS, '2016年，我局收到市民张某的信函申请1条。', { 'requests.received': 1, 'requests.byChannel.mail': 1 }, '2016年，我局收到网上申请3件，信函申请1件。', { 'requests.received': null }],
  [REQUESTS, '近3年共受理信息公开申请2件，已经全部按时给予答复。', { 'requests.received': null }, '2016年共受理信息公开申请2宗。', { 'requests.received': 2 }],
  [REQUESTS, '全年共办结依申请公开7件。', { 'requests.completed': 7 }, '全年共办结信访事项7件。', { 'requests.completed': null }],
  [REQUESTS, '对收到的政府信息公开申请，及时依法依规办结69件。', { 'requests.completed': 69 }, '依托12345平台，截至目前共收到15564件咨询投诉件，已办结15042件。', { 'requests.completed': null }],
  [REQUESTS, '收到政府信息公开申请7件，及时规范答复7件。', { 'requests.completed': 7 }, '对群众来信来访，及时规范答复70件。', { 'requests.completed': null }],
  [REQUESTS, '在已经答复的9件申请中，“同意公开”的7件，“同意部分公开”1件，“信息不存在”的1件。', { 'requests.completed': 9, 'dispositions.granted': 7, 'dispositions.partiallyGranted': 1, 'dispositions.notExist': 1 }, '在已经答复的9件咨询中，满意的7件。', { 'requests.completed': null }],
  [REQUESTS, '本年度没有接到群众主动要求公开政府信息的申请。', { 'requests.received': 0 }, '本年度没有接到群众要求行政复议的申请。', { 'requests.received': null }],
  [REQUESTS, '2016年，我局未收到信息公开的申请。', { 'requests.received': 0 }, '2016年，我局未收到行政审批申请。', { 'requests.received': null }],
  [REQUESTS, '我局在2016年度未收到申请公开政府信息情况。', { 'requests.received': 0 }, '2016年我局没有收到申请公开的信息涉及“不予公开”的。', { 'requests.received': null }],
  [REQUESTS, '政府信息公开申请数为2，当面申请数为2条。同意公开答复1条，由于信息不存在否决公开答复1条。', { 'requests.received': 2, 'requests.byChannel.inPerson': 2, 'dispositions.granted': 1, 'dispositions.notExist': 1, 'dispositions.denied': 1 }, '政府信息公开申请数为2%。', { 'requests.received': null }],
  [REQUESTS, '我镇2016年度无申请。', { 'requests.received': 0 }, '我镇2016年度无信访积案。', { 'requests.received': null }],
  [FEES, '我镇2016年度无申请。', { 'requests.received': null }, '2016年依申请提供政府信息暂不收费。', { 'fees.collected': 0 }],
  [REVIEW, '我镇2016年度无申请。', { 'review.total': 0, 'litigation.total': 0, 'requests.received': null }, '我镇2016年度无申请，但接到群众咨询3次。', { 'review.total': null }],
  [REVIEW, '本年度未发生因政府信息公开引起的复议、诉讼。', { 'review.total': 0, 'litigation.total': 0 }, '政府信息公开方面，申请人未经复议、诉讼，直接向本机关投诉2件。', { 'review.total': null, 'litigation.total': null }],
  [REVIEW, '因政府信息公开申请的行政复议案0件。', { 'review.total': 0 }, '因政府信息公开申请的行政复议案的比例为0%。', { 'review.total': null }],
  [REVIEW, '2012年，我局未收到政府信息公开投诉及因政府信息公开提起行政诉讼和行政申诉情况。', { 'complaints.total': 0, 'litigation.total': 0 }, '未收到政府信息公开申诉、举报。', { 'complaints.total': null }],
  [FEES, '对政府信息公开申请，2016年度未向公民、法人或其他组织收取任何费用。', { 'fees.collected': 0 }, '2016年度未向企业收取任何行政事业性收费。', { 'fees.collected': null }],
  [FEES, '依申请提供政府信息，沒有向申請人收費的情況。', { 'fees.collected': 0 }, '停车场暂不收费，方便群众办事。', { 'fees.collected': null }],
  [FEES, '我局没有收到信息公开申请。四、收费及减免情况 无收费及减免情况。', { 'fees.collected': 0 }, '我局没有收到信息公开申请。四、收费标准 无。', { 'fees.collected': null }],
];

describe('2008-era phrasings and their near misses', () => {
  it.each(PAIRS.map((p) => [p[1], p] as const))('%s', (_name, [heading, phrase, expected, nearMiss, nothing]) => {
    const record: Record<string, unknown> = toRecord(parseReport(doc(heading, phrase)));
    for (const [key, value] of Object.entries(expected)) expect(record[key] ?? null, key).toBe(value);
    const missed: Record<string, unknown> = toRecord(parseReport(doc(heading, nearMiss)));
    for (const [key, value] of Object.entries(nothing)) expect(missed[key] ?? null, `near miss: ${key}`).toBe(value);
  });

  it('a nil statement stops at a section marker of a page flattened onto one line', () => {
    const record = toRecord(parseReport(`某局2016年政府信息公开工作年度报告\n${REQUESTS}\n全年未收到政府信息公开申请。四、收费及减免情况 依申请公开没有收费 五、因政府信息公开申请行政复议、提起行政诉讼的情况 发生行政复议1件。`));
    expect(record['fees.collected']).toBe(0);
    expect(record['review.total']).toBe(1);
  });

  it('a scraped page on one line: the body after the dated metadata of the page is read', () => {
    const page =
      '标题: 某局2009年度政府信息公开工作年度报告\n' +
      '当前位置： 首页政务公开政府信息公开年报 某局2009年度政府信息公开工作年度报告 来源：某局办公室 时间：2010-05-12 00:00 --> 微信 微博 ' +
      '一、概述 2009年，我局认真做好信息公开工作。 二、政府信息主动公开情况 本局共主动公开政府信息15条，其中全文电子化达100%。 ' +
      '三、依申请公开政府信息情况 2009年度，我局没有收到信息公开申请。 四、收费及减免情况 无收费及减免情况。';
    const record = toRecord(parseReport(page));
    expect(record['meta.publishedAt']).toBe('2010-05-12');
    expect(record['proactive.total']).toBe(15);
    expect(record['requests.received']).toBe(0);
    expect(record['fees.collected']).toBe(0);
  });

  it('approximate statements keep their number and say so', () => {
    const report = parseReport(doc(PROACTIVE, '主动公开政府信息4900余条。'));
    expect(report.values['proactive.total']).toMatchObject({ value: 4900, approximate: true });
  });
});

describe('documents that are not annual reports: kind other, no count keys', () => {
  const body = '\n一、总体情况\n全年共收到政府信息公开申请12件，主动公开政府信息300条。未发生行政复议。\n';
  const emptyTemplate = ['| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 |', '| 一、本年新收政府信息公开申请数量 | | | | | | | |', '| 四、结转下年度继续办理 | | | | | | | |'].join('\n');
  it.each([
    ['a half-year bulletin', `2022年上半年政府信息公开数据统计${body}`],
    ['a notice on compiling reports', `关于做好2021年政府信息公开工作年度报告编制发布工作的通知${body}`],
    ['the notice announcing a new format, ending with its empty table', `国务院办公厅政府信息公开办公室关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知\n现将修订后的格式印发给你们。\n${emptyTemplate}`],
    ['an interpretation page', `文字解读:某区2022年政府信息公开工作年度报告${body}`],
    ['an infographic page', `图解：某区2022年政府信息公开工作年度报告${body}`],
    ['a sample', `政府信息公开年度工作报告范文${body}`],
    ['work points', `2017年政务公开工作要点${body}`],
    ['a task breakdown', `某市2017年政务公开工作任务分解表${body}`],
    ['news', `全省2018年政府信息公开工作取得新进展${body}`],
  ])('%s', (_name, input) => {
    const record = toRecord(parseReport(input));
    expect(record['meta.kind']).toBe('other');
    expect(Object.keys(record).filter((k) => !k.startsWith('meta.'))).toEqual([]);
  });
});
