/**
 * The 2008-era statistics table in HTML, pipes, tabs and aligned text: the year's column (never 历年累计), "/" cells
 * absent, outcome rows under their own 行政复议 / 行政诉讼 row, and the table over the prose when both state a figure.
 */
import { describe, expect, it } from 'vitest';
import { parseReport, toRecord } from 'ogi-report';
import { FORMS_OF } from '../../src/formats/ogi-2008/rules/flat-table.js';
import { normalize } from '../../src/text/normalize.js';

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

/** Every character (code point) whose normalised form holds `target`. */
function normalisingTo(target: string): string[] {
  const found: string[] = [];
  for (let code = 0; code <= 0x10ffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const ch = String.fromCodePoint(code);
    if (normalize(ch).text.includes(target)) found.push(ch);
  }
  return found;
}

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

describe('2008 statistics table flattened onto one line (scraped pages)', () => {
  const page = (table: string): string => `${TITLE}\n一、概述 2016年，我局认真做好政府信息公开工作。 附件：政府信息公开情况统计表 ${table} 附件下载`;

  it('single spaces: rows cut at the unit tokens, the year column by the header', () => {
    const table =
      '指标名称 计量单位 2016年度 历年累计 主动公开信息数 条 210 1530 其中：1、网站公开 条 210 1530 2、政府公报公开 条 0 0 ' +
      '受理依申请公开信息总数 条 3 11 其中：1、当面申请数 条 1 4 2、传真申请数 条 0 0 3、电子邮件申请数 条 2 5 4、网上申请数 条 0 2 ' +
      '对申请的答复总数 条 3 11 其中：1、同意公开答复数 条 2 9 2、同意部分公开答复数 条 1 1 3、否决公开答复数 条 0 1 ' +
      '行政复议数 件 0 1 行政诉讼数 件 0 0 行政申诉、举报数 件 0 2';
    expect(countKeys(toRecord(parseReport(page(table))))).toEqual({
      'proactive.total': 210,
      'requests.received': 3,
      'requests.byChannel.inPerson': 1,
      'requests.byChannel.fax': 0,
      'requests.byChannel.email': 2,
      'requests.byChannel.online': 0,
      'requests.completed': 3,
      'dispositions.granted': 2,
      'dispositions.partiallyGranted': 1,
      'dispositions.denied': 0,
      'review.total': 0,
      'litigation.total': 0,
    });
  });

  it('one value column (年末统计, 数量): label variants, combined rows map to no key', () => {
    const table =
      '指 标 名 称 单位 数量 主动公开文件数 条 15 正式受理政府信息公开申请数 件 2 其中：1．在办 件 0 2．办结 件 2 其中：1．同意提供 件 1 ' +
      '2．拒绝提供 件 1 其中：1．信息不存在 件 1 2．信息涉密 件 0 6．其他 件 0 信函、传真申请数 件 0 其他类型答复数 条 0 ' +
      '政府信息公开收费减免金额 元 0 接受行政诉讼、举报数 件 0 受理政府信息公开工作行政复议数 件 0';
    expect(countKeys(toRecord(parseReport(page(table))))).toEqual({
      'proactive.total': 15,
      'requests.received': 2,
      'requests.completed': 2,
      'dispositions.granted': 1,
      'dispositions.denied': 1,
      'dispositions.notExist': 1,
      'dispositions.other': 0,
      'fees.collected': 0,
      'review.total': 0,
    });
  });

  it('no spaces: a run of digits is cut into the year and the running total only where the cut is unique', () => {
    // 728 = 7 | 28 (72 | 8 would put the year above the total); 1853 5395 cannot be told apart (1|8535395, 18|535395 …).
    const table =
      '指标名称计量单位2013年度历年累计主动公开信息数条18535395其中：1.网站公开条171350172.政府公报公开条07' +
      '受理依申请公开信息总数条728其中：1.当面申请数条0182.传真申请数条003.电子邮件申请数条364.网上申请数条44' +
      '对申请的答复数条324行政复议数条00';
    const report = parseReport(page(table));
    expect(countKeys(toRecord(report))).toEqual({
      'requests.received': 7,
      'requests.byChannel.inPerson': 0,
      'requests.byChannel.fax': 0,
      'requests.byChannel.email': 3,
      'requests.byChannel.online': 4,
      'requests.completed': 3,
      'review.total': 0,
    });
    expect(report.messages.map((m) => m.code)).toContain('table.cell-count');
  });

  it('never 历年累计, and a recognised table that cannot be read is reported', () => {
    const cumulativeFirst = '指标名称 单位 历年累计 2016年度 主动公开信息数 条 1530 210';
    expect(toRecord(parseReport(page(cumulativeFirst)))['proactive.total']).toBe(210);
    const onlyCumulative = page('指标名称 单位 历年累计 主动公开信息数 条 1530 受理依申请公开信息总数 条 11');
    const report = parseReport(onlyCumulative);
    expect(countKeys(toRecord(report))).toEqual({});
    expect(report.messages.map((m) => m.code)).toContain('table.unread');
    // Two columns in the header, one value per row with spaces around it: which column it is cannot be known.
    const oneOfTwo = parseReport(page('指标名称单位2016年历年累计主动公开文件数条148 受理政府信息公开申请总数条2 行政复议数条0'));
    expect(countKeys(toRecord(oneOfTwo))).toEqual({});
    expect(oneOfTwo.messages.map((m) => m.code)).toContain('table.unread');
  });

  it('a line is read for a flat header only if it holds a character that normalises to 指 (the check before normalising)', () => {
    expect(normalisingTo('指')).toEqual([...FORMS_OF.指]);
    // 🈯 (U+1F22F) in the header normalises to 指: the table is read as with 指 itself.
    expect(toRecord(parseReport(page('\u{1F22F}标名称 单位 2016年度 主动公开信息数 条 210')))['proactive.total']).toBe(210);
  });

  it('the checks before normalising take every character that normalises to a header word\'s (指 标 统 计 表 量 单)', () => {
    for (const [ch, forms] of Object.entries(FORMS_OF)) expect(normalisingTo(ch).sort()).toEqual([...forms].sort());
  });
});

describe('2008 statistics table in Traditional characters', () => {
  const title = '某市2016年政府信息公開工作年度報告';
  it('flattened onto one line: 指標名稱 計量單位 is the header 指标名称 计量单位', () => {
    const input = `${title}\n一、概述 2016年，我局認真做好政府信息公開工作。 附件：政府信息公開情況統計表 指標名稱 計量單位 2016年度 歷年累計 主動公開信息數 條 210 1530 受理依申請公開信息總數 條 3 11 行政復議數 件 0 1 附件下載`;
    expect(countKeys(toRecord(parseReport(input)))).toEqual({ 'proactive.total': 210, 'requests.received': 3, 'review.total': 0 });
  });

  it('as a grid: the year column, never 歷年累計', () => {
    const input = [title, '| 指標名稱 | 計量單位 | 歷年累計 | 2016年度 |', '| 主動公開政府信息數 | 條 | 1580 | 224 |', '| 受理依申請公開信息總數 | 件 | 30 | 12 |'].join('\n');
    expect(countKeys(toRecord(parseReport(input)))).toEqual({ 'proactive.total': 224, 'requests.received': 12 });
  });
});
