/**
 * The 2008-era statistics table in HTML, pipes, tabs and aligned text: the year's column (never 历年累计), "/" cells
 * absent, outcome rows under their own 行政复议 / 行政诉讼 row, and the table over the prose when both state a figure.
 */
import { describe, expect, it } from 'vitest';
import { parseReport, toRecord } from 'ogi-report';

const HEADER = ['指标名称', '计量单位', '2016年度', '历年累计'];
const ROWS: Array<[string, string, string, string]> = [
  ['主动公开政府信息数', '条', '224', '1580'],
  ['受理依申请公开信息总数', '件', '56', '410'],
  ['其中:1.当面申请数', '件', '6', '41'],
  ['2.传真申请数', '件', '/', '3'],
  ['3.电子邮件申请数', '件', '11', '72'],
  ['4.网上申请数', '件', '30', '250'],
  ['5.信函申请数', '件', '9', '44'],
  ['本年度对申请的答复总数', '件', '52', '400'],
  ['其中:1.同意公开答复数', '件', '40', '300'],
  ['2.同意部分公开答复数', '件', '5', '50'],
  ['3.否决公开答复总数', '件', '7', '50'],
  ['行政复议数', '件', '2', '9'],
  ['其中:维持具体行政行为数', '件', '1', '6'],
  ['被依法纠错数', '件', '1', '2'],
  ['行政诉讼数', '件', '1', '4'],
  ['其中:维持具体行政行为数', '件', '1', '4'],
  ['举报投诉数量', '件', '0', '1'],
  ['依申请公开信息收取的费用', '万元', '0.012', '0.3'],
];
const EXPECTED = {
  'proactive.total': 224,
  'requests.received': 56,
  'requests.byChannel.inPerson': 6,
  'requests.byChannel.email': 11,
  'requests.byChannel.online': 30,
  'requests.byChannel.mail': 9,
  'requests.completed': 52,
  'dispositions.granted': 40,
  'dispositions.partiallyGranted': 5,
  'dispositions.denied': 7,
  'review.total': 2,
  'review.upheld': 1,
  'review.corrected': 1,
  'litigation.total': 1,
  'litigation.upheld': 1,
  'complaints.total': 0,
  'fees.collected': 120,
};
const TITLE = '某市2016年政府信息公开工作年度报告';
const TAIL = '附件：政府信息公开情况统计表';

const render = (form: 'html' | 'pipes' | 'tabs' | 'aligned'): string => {
  const rows = [HEADER, ...ROWS];
  switch (form) {
    case 'html':
      return `<html><body><h1>${TITLE}</h1><p>${TAIL}</p><table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</table></body></html>`;
    case 'pipes':
      return [TITLE, TAIL, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
    case 'tabs':
      return [TITLE, TAIL, ...rows.map((r) => r.join('\t'))].join('\n');
    case 'aligned':
      return [TITLE, TAIL, ...rows.map((r) => `${r[0]!.padEnd(24, '\u3000')}  ${r.slice(1).map((c) => c.padStart(8)).join('  ')}`)].join('\n');
  }
};

const countKeys = (record: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(record).filter(([k]) => !k.startsWith('meta.')));

describe('2008 statistics table', () => {
  it.each(['html', 'pipes', 'tabs', 'aligned'] as const)('%s: the year column, "/" absent', (form) => {
    const report = parseReport(render(form));
    expect(report.meta.template?.value).toBe('ogi-2008');
    expect(countKeys(toRecord(report))).toEqual(EXPECTED);
  });

  it('never reads 历年累计, whichever side it stands on', () => {
    const input = [TITLE, '| 指标名称 | 计量单位 | 历年累计 | 2016年度 |', '| 主动公开政府信息数 | 条 | 1580 | 224 |'].join('\n');
    expect(toRecord(parseReport(input))['proactive.total']).toBe(224);
    const onlyCumulative = [TITLE, '| 指标名称 | 计量单位 | 历年累计 |', '| 主动公开政府信息数 | 条 | 1580 |'].join('\n');
    expect(toRecord(parseReport(onlyCumulative))['proactive.total']).toBeUndefined();
  });

  it('other layouts: 序号 | 统计指标 | 单位 | 统计数, and 代码 | 本期实际 | 本年累计', () => {
    const n14 = [TITLE, '| 序号 | 统 计 指 标 | 单位 | 统计数 |', '| 1 | 主动公开政府信息数(不同渠道和方式公开相同信息计1条) | 条 | 88 |'].join('\n');
    expect(toRecord(parseReport(n14))['proactive.total']).toBe(88);
    const dingxi = [TITLE, '| 指标名称 | 计量单位 | 代码 | 本期实际 | 本年累计 |', '| 申请总数 | 件 | 05 | 12 | 12 |'].join('\n');
    expect(toRecord(parseReport(dingxi))['requests.received']).toBe(12);
  });

  it('the table wins over a prose figure for the same key, with a warning', () => {
    const input = render('pipes').replace(TAIL, `全年受理政府信息公开申请60件。\n${TAIL}`);
    const report = parseReport(input);
    expect(toRecord(report)['requests.received']).toBe(56);
    expect(report.messages.map((m) => m.code)).toContain('conflicting-values');
  });

  it('a text row whose cells do not line up with the header is left out with a warning', () => {
    const input = [TITLE, '指标名称    计量单位    2016年度    历年累计', '受理依申请公开信息总数    件    410'].join('\n');
    const report = parseReport(input);
    expect(toRecord(report)['requests.received']).toBeUndefined();
    expect(report.messages.map((m) => m.code)).toContain('table.cell-count');
  });
});
