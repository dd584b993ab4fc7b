import { describe, expect, it } from 'vitest';
import { parseReport, toRecord } from 'ogi-report';
import {
  type Template,
  type TextForm,
  appRows,
  consistentModel,
  counter,
  expectedRecord,
  renderFlipbookReview,
  renderHtml,
  renderText,
} from '../helpers/standard-tables.js';

const FORMS: TextForm[] = ['pipes', 'pipes-repeated', 'tabs', 'aligned', 'cell-per-line', 'cell-per-line-bare'];

function tableKeys(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).filter(([k]) => /^(requests\.(received|carried)|dispositions\.|review\.|litigation\.|proactive\.)/.test(k)),
  );
}

describe.each(['2019', '2021'] as Template[])('standard tables %s', (template) => {
  const model = consistentModel(template, counter(template === '2019' ? 3 : 7));
  const expected = expectedRecord(model);

  it('HTML with spans and a three-row header', () => {
    const report = parseReport(renderHtml(model));
    expect(report.meta.template?.value).toBe(`ogi-${template}`);
    expect(tableKeys(toRecord(report))).toEqual(expected);
    expect(report.messages.filter((m) => m.severity === 'warning')).toEqual([]);
  });

  it.each(FORMS)('text form: %s', (form) => {
    const report = parseReport(renderText(model, form));
    expect(tableKeys(toRecord(report))).toEqual(expected);
    expect(report.messages.filter((m) => m.severity === 'warning')).toEqual([]);
  });

  it('run-together textContent: only cells the arithmetic proves', () => {
    const report = parseReport(renderText(model, 'run-together'));
    const got = tableKeys(toRecord(report));
    for (const [key, value] of Object.entries(got)) expect([key, value]).toEqual([key, expected[key]]);
  });

  it('review table as a bare line of fifteen numbers under a vertical header', () => {
    const got = tableKeys(toRecord(parseReport(renderFlipbookReview(model))));
    expect(got).toMatchObject(Object.fromEntries(Object.entries(expected).filter(([k]) => /^(review|litigation)\./.test(k))));
  });
});

const warnings = (report: ReturnType<typeof parseReport>, prefix = ''): string[] =>
  report.messages.filter((m) => m.severity === 'warning' && m.code.startsWith(prefix)).map((m) => m.code);

describe('standard tables: variants seen in real reports', () => {
  const model = consistentModel('2021', counter(11));
  const expected = expectedRecord(model);

  it('a blank 总计 over non-zero parts is their sum (derived, blank-total); blank cells are 0 (blank)', () => {
    const blankTotals = new Set(['dispositions.granted', 'dispositions.partiallyGranted', 'dispositions.total']);
    const zeroed = consistentModel('2021', counter(11));
    const report = parseReport(renderHtml(zeroed, { blank: (key) => blankTotals.has(key) || key === 'review.pending' }));
    const record = toRecord(report);
    expect(record['dispositions.granted']).toBe(expected['dispositions.granted']);
    expect(report.values['dispositions.granted']?.certainty).toBe('derived');
    expect(warnings(report, 'blank-total')).toHaveLength(3);
    // review.pending blank: 0 with certainty blank; its 总计 now disagrees with the parts.
    expect(record['review.pending']).toBe(0);
    expect(report.values['review.pending']?.certainty).toBe('blank');
    expect(warnings(report, 'table.')).toEqual(['table.sum-mismatch']);
  });

  it.each(['html', 'pipes', 'aligned'] as const)('an extra 法人或其他组织小计 column (%s)', (form) => {
    const input = form === 'html' ? renderHtml(model, { subtotal: true }) : renderText(model, form, { subtotal: true });
    const report = parseReport(input);
    expect(tableKeys(toRecord(report))).toEqual(expected);
  });

  const variants: Array<[string, (s: string) => string]> = [
    ['Traditional characters', (s) => s.replace(/开/g, '開').replace(/请/g, '請').replace(/数/g, '數').replace(/处/g, '處').replace(/结/g, '結').replace(/转/g, '轉').replace(/计/g, '計')],
    ['half-width punctuation', (s) => s.replace(/（/g, '(').replace(/）/g, ')').replace(/，/g, ',').replace(/：/g, ':')],
    ['spaces inside labels', (s) => s.replace(/商业企业/g, '商业 企业').replace(/科研机构/g, '科研 机构').replace(/（三）/g, '(三) ').replace(/本年制发件数/g, '本年制 发件数')],
    ['no list numerals', (s) => s.replace(/^(?:[一二三四]、|（[一二三四五六七]）|\d\.)/u, '')],
    ['1、 instead of 1.', (s) => s.replace(/^(\d)\./u, '$1、')],
    ['规范性文件 for 行政规范性文件, 内容事务 typo', (s) => s.replace('行政规范性文件', '规范性文件').replace('内部事务', '内容事务')],
  ];
  it.each(variants)('label variant: %s', (_name, label) => {
    for (const input of [renderHtml(model, { label }), renderText(model, 'pipes', { label }), renderText(model, 'cell-per-line', { label })]) {
      expect(tableKeys(toRecord(parseReport(input)))).toEqual(expected);
    }
  });

  it('a table broken by page footers', () => {
    const lines = renderText(model, 'cell-per-line').split('\n');
    const at = lines.findIndex((l) => l.startsWith('（三）不予公开'));
    lines.splice(at + 3, 0, '- 13 -', 'Page 9 - 2021年报_审计局', 'P. 9');
    expect(tableKeys(toRecord(parseReport(lines.join('\n'))))).toEqual(expected);
  });

  it('full-width digits, thousands separators and units in cells', () => {
    const html = renderHtml(model).replace(/<td>(\d+)<\/td>/g, (_m, d: string) => `<td>${d.replace(/\d/g, (x) => String.fromCharCode(0xff10 + Number(x)))}</td>`);
    expect(tableKeys(toRecord(parseReport(html)))).toEqual(expected);
    const big = renderText(model, 'pipes').replace(/\| 行政许可 \| \d+ \|/u, '| 行政许可 | 1,234,567 |');
    expect(toRecord(parseReport(big))['proactive.licensing.decisions']).toBe(1234567);
    const procurement = toRecord(parseReport(renderText(consistentModel('2019', counter(5)), 'pipes').replace(/\| 政府集中采购 \| (\d+) \| [^|]+ \|/u, '| 政府集中采购 | $1 | 251000元 |')));
    expect(procurement['proactive.procurement.amount']).toBe(251000);
  });

  it('a figure in the prose that contradicts the table: the table wins, with table.prose-mismatch', () => {
    const received = expected['requests.received']!;
    const input = renderText(model, 'pipes').replace('本局认真贯彻落实', `本年共收到政府信息公开申请${received + 5}件。本局认真贯彻落实`);
    const report = parseReport(input);
    expect(toRecord(report)['requests.received']).toBe(received);
    expect(warnings(report)).toEqual(['table.prose-mismatch']);
  });

  it('prose figures still come out where the tables were lost', () => {
    const record = toRecord(parseReport('某局2021年政府信息公开工作年度报告\n一、总体情况\n本年共收到政府信息公开申请35件，上年结转2件。'));
    expect(record['requests.received']).toBe(35);
    expect(record['requests.received@naturalPerson']).toBeUndefined();
  });
});

describe('standard tables: rows the template does not have', () => {
  const model = consistentModel('2019', counter(21));
  it('an extra 表二 row is left out with table.row-unmapped; the others still read', () => {
    const input = renderText(model, 'pipes').replace('| 第二十条第（五）项 |', '| 其他主动公开文件 | 12 | 3 | 5 |\n| 第二十条第（五）项 |');
    const report = parseReport(input);
    expect(tableKeys(toRecord(report))).toEqual(expectedRecord(model));
    expect(warnings(report)).toEqual(['table.row-unmapped']);
  });

  it('Traditional wording of the first rows (政府資訊公開申請數量)', () => {
    const input = renderText(model, 'pipes').replace('本年新收政府信息公开申请数量', '本年新收政府資訊公開申請數量');
    expect(toRecord(parseReport(input))['requests.received']).toBe(expectedRecord(model)['requests.received']);
  });
});

describe('standard tables: broken grids', () => {
  const model = consistentModel('2021', counter(31));
  const expected = expectedRecord(model);
  it('a row lost with its rowspan cell shifts the rows below; they are read by order, never under the wrong header', () => {
    const lines = renderHtml(model).split('\n');
    const at = lines.findIndex((l) => l.includes('（三）不予公开'));
    lines.splice(at, 1);
    const record = tableKeys(toRecord(parseReport(lines.join('\n'))));
    for (const [key, value] of Object.entries(record)) expect([key, value]).toEqual([key, expected[key]]);
    expect(record['dispositions.denied.lawProhibited@commercial']).toBe(expected['dispositions.denied.lawProhibited@commercial']);
    expect(record['dispositions.denied.stateSecret']).toBeUndefined();
    expect(record['dispositions.denied']).toBeUndefined();
  });
});

describe('standard tables: labels wrapped over two lines (PDF text)', () => {
  const model = consistentModel('2021', counter(41));
  it('the end of a long label on the next line, with the row’s figures', () => {
    const lines = renderText(model, 'aligned').split('\n');
    const wrap = (start: string, cut: number): void => {
      const i = lines.findIndex((l) => l.startsWith(start));
      const line = lines[i]!;
      const labelEnd = line.search(/ {2}/u);
      lines.splice(i, 1, line.slice(0, cut), `${line.slice(cut, labelEnd)}${line.slice(labelEnd)}`);
    };
    wrap('5.要求行政机关确认或重新出具已获取信息', '5.要求行政机关确认或重新出具已获'.length);
    wrap('（二）部分公开', '（二）部分公开（区分处理的，只计这一情形，不计其他'.length);
    wrap('2.申请人逾期未按收费通知要求缴纳费用', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理'.length);
    const record = tableKeys(toRecord(parseReport(lines.join('\n'))));
    expect(record).toEqual(expectedRecord(model));
  });
});

describe('standard tables: columns by their headers in text', () => {
  const model = consistentModel('2019', counter(51));
  const expected = expectedRecord(model);
  it('a flat header line in another order places every cell under its own header', () => {
    // 总计 first, then the applicant columns reversed: the header line says so, and the cells follow it.
    const order = [6, 5, 4, 3, 2, 1, 0];
    const names = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
    const lines = [`某局2019年政府信息公开工作年度报告`, '三、收到和处理政府信息公开申请情况', `| | ${order.map((i) => names[i]).join(' | ')} |`];
    for (const row of appRows('2019')) {
      const v = model.applications.get(row.id)!;
      lines.push(`| ${row.label} | ${order.map((i) => v[i]).join(' | ')} |`);
    }
    const record = tableKeys(toRecord(parseReport(lines.join('\n'))));
    const onlyTableThree = Object.fromEntries(Object.entries(expected).filter(([k]) => /^(requests\.|dispositions\.)/.test(k)));
    expect(record).toEqual(onlyTableThree);
  });
});

describe('standard tables: a nested header flattened onto one line is not a column order', () => {
  const model = consistentModel('2021', counter(61));
  it('the template order stands', () => {
    const input = renderText(model, 'pipes').replace(
      '| 自然人 | 法人或其他组织 | 总计 |\n| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |',
      '| 申请人情况 | 自然人 | 法人或其他组织 | 总计 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |',
    );
    expect(input).toContain('| 申请人情况 | 自然人 | 法人或其他组织 | 总计 |');
    expect(tableKeys(toRecord(parseReport(input)))).toEqual(expectedRecord(model));
  });
});

describe('standard tables: a whole page run into one line', () => {
  it.each(['2019', '2021'] as Template[])('%s: the table text behind the prose still reads, and every cell read is right', (template) => {
    const model = consistentModel(template, counter(71));
    const expected = expectedRecord(model);
    const lines = renderText(model, 'run-together').split('\n');
    const page = `${lines[0]}\n${lines.slice(1).join('')}`;
    const record = tableKeys(toRecord(parseReport(page)));
    for (const [key, value] of Object.entries(record)) expect([key, value]).toEqual([key, expected[key]]);
    expect(record['requests.received']).toBe(expected['requests.received']);
    expect(record['review.total']).toBe(expected['review.total']);
  });
});
