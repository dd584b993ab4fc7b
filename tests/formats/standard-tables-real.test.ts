/**
 * The standard tables as real scraped pages write them (issue 11): glued cells with irregular spaces, the next
 * row's list number run in, forced 表二 cuts, signed changes as boundaries, cuts settled by the report's prose,
 * split and truncated header labels. Real values from fixtures/real; synthetic near-misses (青石县, invented
 * numbers) that must stay out.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport, toRecord } from 'ogi-report';

const real = (set: string, id: string) => readFileSync(new URL(`../../fixtures/real/${set}/docs/${id}.txt`, import.meta.url), 'utf8');
const recordOf = (text: string, format?: string) => toRecord(parseReport(text, format ? { format } : {}));
const codes = (text: string) => parseReport(text).messages.map((m) => m.code);

describe('表三 and 表四 runs in real reports', () => {
  it('irregular spaces with glued cells (pingtan/r003: `10 0 00 0 1`, `0 0 0 00 0 0`)', () => {
    const r = recordOf(real('pingtan', 'r003'));
    expect(r['requests.received']).toBe(1);
    expect(r['requests.received@naturalPerson']).toBe(1);
    expect(r['requests.received@otherOrg']).toBe(0);
    expect(r['dispositions.granted']).toBe(1);
    expect(r['dispositions.denied.stateSecret@legal']).toBe(0);
    expect(r['dispositions.total']).toBe(1);
    expect(r['requests.carriedForward']).toBe(0);
    // 表四 ` 0 00 0 0 00 0 00 00 0 0 0`: fifteen digits, one per cell.
    expect(r['review.total']).toBe(0);
    expect(r['litigation.total']).toBe(0);
  });

  it('the next row number glued on, with and without a space (pingtan/r004, r009, r010)', () => {
    const r4 = recordOf(real('pingtan', 'r004'));
    expect(r4['dispositions.unableToProvide.notHeld']).toBe(0);
    expect(r4['dispositions.notProcessed.confirmation']).toBe(0);
    const r9 = recordOf(real('pingtan', 'r009'));
    // `10000016.属于四类过程性信息`, `20000027.属于行政执法案卷`, `3700000372.没有现成信息`.
    expect(r9['dispositions.denied.internalAffairs']).toBe(1);
    expect(r9['dispositions.denied.processInfo']).toBe(2);
    expect(r9['dispositions.denied.enforcementFiles']).toBe(1);
    expect(r9['dispositions.unableToProvide.notHeld']).toBe(37);
    expect(r9['dispositions.unableToProvide.notHeld@naturalPerson']).toBe(37);
    expect(r9['dispositions.other.noCorrection']).toBe(2);
    expect(r9['dispositions.total']).toBe(75);
    const r10 = recordOf(real('pingtan', 'r010'));
    // `0 0 0 0 0 002.其他…`: the last cell is 0, the 2 is the next label's marker.
    expect(r10['dispositions.denied.stateSecret']).toBe(0);
    expect(r10['dispositions.denied.stateSecret@otherOrg']).toBe(0);
    expect(r10['dispositions.total']).toBe(0);
  });

  it('a source that breaks its own identities keeps the rows its own sums decide (pingtan/r016, r007)', () => {
    const r16 = recordOf(real('pingtan', 'r016'));
    expect(r16['requests.received']).toBe(4);
    expect(r16['dispositions.granted']).toBe(3);
    expect(r16['dispositions.unableToProvide.notHeld']).toBe(1);
    expect(r16['dispositions.total']).toBe(0);
    // 表四 `010000000000000`: one digit per cell, whatever its sums say.
    expect(r16['review.corrected']).toBe(1);
    expect(r16['review.total']).toBe(0);
    expect(codes(real('pingtan', 'r016'))).toContain('table.balance-mismatch');
    const r7 = recordOf(real('pingtan', 'r007'));
    expect(r7['dispositions.other.otherReason']).toBe(1);
    expect(r7['requests.carriedForward']).toBe(1);
  });

  it('a 表四 whose heading the labels do not know (行政法复议, 行政复议与行政诉讼) is found by its header words', () => {
    const r9 = recordOf(real('pingtan', 'r009'));
    expect(r9['review.corrected']).toBe(1);
    expect(r9['review.total']).toBe(2);
    expect(r9['litigation.direct.total']).toBe(1);
    const r15 = recordOf(real('pingtan', 'r015'));
    expect(r15['review.total']).toBe(0);
    expect(r15['litigation.afterReview.total']).toBe(0);
  });
});

describe('表二 runs in real reports', () => {
  it('digits as many as the columns are cut one per cell; a signed change is a boundary (pingtan/r001, r004)', () => {
    const r1 = recordOf(real('pingtan', 'r001'));
    expect(r1['proactive.rules.made']).toBe(0);
    expect(r1['proactive.rules.totalPublic']).toBe(7);
    // `行政处罚2648-18538`: 2648 is the whole first cell; -18538 is change + decisions, cut more than one way.
    expect(r1['proactive.penalty.previous']).toBe(2648);
    expect(r1['proactive.penalty.change']).toBeUndefined();
    expect(r1['proactive.penalty.decisions']).toBeUndefined();
    expect(r1['proactive.normativeDocs.made']).toBeUndefined();
    const r4 = recordOf(real('pingtan', 'r004'));
    // `行政许可0+11`.
    expect(r4['proactive.licensing.previous']).toBe(0);
    expect(r4['proactive.licensing.change']).toBe(1);
    expect(r4['proactive.licensing.decisions']).toBe(1);
  });

  it('a cell every cut agrees on is kept (pingtan/r002 `行政处罚3500`: 3|50|0 or 35|0|0 → decisions 0)', () => {
    const r = recordOf(real('pingtan', 'r002'));
    expect(r['proactive.penalty.decisions']).toBe(0);
    expect(r['proactive.penalty.previous']).toBeUndefined();
    expect(r['proactive.licensing.previous']).toBe(3);
  });

  it('the cut the prose states (pingtan/r009 `8855698`, r015 `3024`), warned as table.cut-by-prose', () => {
    const r9 = recordOf(real('pingtan', 'r009'));
    expect(r9['proactive.normativeDocs.issued']).toBe(88);
    expect(r9['proactive.normativeDocs.repealed']).toBe(55);
    expect(r9['proactive.normativeDocs.inForce']).toBe(698);
    expect(codes(real('pingtan', 'r009'))).toContain('table.cut-by-prose');
    const r15 = recordOf(real('pingtan', 'r015'));
    expect(r15['proactive.normativeDocs.issued']).toBe(3);
    expect(r15['proactive.normativeDocs.inForce']).toBe(24);
    // pingtan/r016 `164640`: the prose states nothing about these documents; no cut.
    expect(recordOf(real('pingtan', 'r016'))['proactive.normativeDocs.issued']).toBeUndefined();
  });

  it('header labels split over lines and cut short (regions/r103 本年新 / 制作数量, r104 本年新 | 本年新, r105 现行有效件)', () => {
    const r103 = recordOf(real('regions', 'r103'));
    expect(r103['proactive.normativeDocs.made']).toBe(5);
    expect(r103['proactive.normativeDocs.published']).toBe(5);
    expect(r103['proactive.normativeDocs.totalPublic']).toBe(5);
    const r104 = recordOf(real('regions', 'r104'));
    expect(r104['proactive.rules.made']).toBe(0);
    expect(r104['proactive.otherServices.change']).toBe(2);
    expect(r104['proactive.penalty.change']).toBe(-1);
    const r105 = recordOf(real('regions', 'r105'));
    expect(r105['proactive.rules.inForce']).toBe(0);
  });
});

const HEAD = '青石县2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n';
const TABLE2 = (rules: string, docs: string, prose = ''): string =>
  `${HEAD}${prose}第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章${rules}行政规范性文件${docs}第二十条第（五）项信息内容本年处理决定数量行政许可3\n`;

describe('synthetic near-misses (青石县)', () => {
  it('规章 000 with a space is forced; 行政规范性文件306 too', () => {
    const r = recordOf(TABLE2(' 000', '306'));
    expect(r['proactive.rules.issued']).toBe(0);
    expect(r['proactive.rules.inForce']).toBe(0);
    expect(r['proactive.normativeDocs.issued']).toBe(3);
    expect(r['proactive.normativeDocs.repealed']).toBe(0);
    expect(r['proactive.normativeDocs.inForce']).toBe(6);
  });

  it('行政规范性文件12348 is cut by the prose only when the prose leaves one cut', () => {
    const stated = TABLE2('000', '12348', '本年制定行政规范性文件12件，现行有效行政规范性文件48件。\n');
    const r = recordOf(stated);
    expect(r['proactive.normativeDocs.issued']).toBe(12);
    expect(r['proactive.normativeDocs.repealed']).toBe(3);
    expect(r['proactive.normativeDocs.inForce']).toBe(48);
    expect(codes(stated)).toContain('table.cut-by-prose');
    // 12 alone leaves 12|3|48 and 12|34|8: only the cell both agree on.
    const half = recordOf(TABLE2('000', '12348', '本年制定行政规范性文件12件。\n'));
    expect(half['proactive.normativeDocs.issued']).toBe(12);
    expect(half['proactive.normativeDocs.repealed']).toBeUndefined();
    expect(half['proactive.normativeDocs.inForce']).toBeUndefined();
    // Prose that contradicts every cut binds nothing.
    const none = TABLE2('000', '12348', '本年制定行政规范性文件7件。\n');
    expect(recordOf(none)['proactive.normativeDocs.issued']).toBeUndefined();
    expect(codes(none)).not.toContain('table.cut-by-prose');
  });

  const TABLE3 = (rows: string): string =>
    `青石县2019年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他\n${rows}\n`;

  it('一、本年新收…30 0 0 0 03: seven cells, the spaces are boundaries', () => {
    const r = recordOf(TABLE3('一、本年新收政府信息公开申请数量30 0 0 0 03\n二、上年结转政府信息公开申请数量0 00000'));
    expect(r['requests.received@naturalPerson']).toBe(3);
    expect(r['requests.received']).toBe(3);
    // An all-zero row short of a digit: every cell 0.
    expect(r['requests.carriedOver']).toBe(0);
    expect(r['requests.carriedOver@otherOrg']).toBe(0);
  });

  it('a row two cuts fit is left out and named', () => {
    // 11 0 0 0 0 0 11 or 1 1 0 0 0 0 … : `110 0 0 0 011` cuts as 11|0|0|0|0|0|11 or 1|10|…; the sum decides.
    const ambiguous = TABLE3('一、本年新收政府信息公开申请数量1010 0 0 0 1');
    const r = recordOf(ambiguous);
    expect(r['requests.received']).toBeUndefined();
    expect(parseReport(ambiguous).messages.some((m) => m.code === 'table.run-unsplit' && m.message.includes('requests.received'))).toBe(true);
  });

  it('a marker that may hold a digit of the row is not read as an all-zero row (0 0 0 0 0 0 12.其他)', () => {
    const text = TABLE3('一、本年新收政府信息公开申请数量0 0 0 0 0 0 0\n（三）不予公开1.属于国家秘密0 0 0 0 0 12.其他法律行政法规禁止公开0 0 0 0 0 0 0');
    const r = recordOf(text);
    expect(r['dispositions.denied.stateSecret']).toBeUndefined();
    expect(r['dispositions.denied.lawProhibited']).toBe(0);
  });

  it('表四 labels right after a prose sentence in one text run', () => {
    const text = `${HEAD}四、政府信息公开行政复议、行政诉讼情况本机关行政复议、行政诉讼情况见下表。行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计100010000000101\n`;
    const r = recordOf(text);
    expect(r['review.upheld']).toBe(1);
    expect(r['review.total']).toBe(1);
    expect(r['litigation.direct.total']).toBe(0);
    expect(r['litigation.afterReview.other']).toBe(1);
    expect(r['litigation.afterReview.total']).toBe(1);
    expect(r['litigation.total']).toBe(1);
  });

  it('units 笔, 批, 家 in 表二 cells', () => {
    const text = `青石县2019年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（五）项\n信息内容 上一年项目数量 本年增/减 处理决定数量\n行政许可 12批 -2批 10批\n第二十条第（六）项\n信息内容 上一年项目数量 本年增/减 处理决定数量\n行政处罚 7笔 0笔 7笔\n行政强制 2家 1家 3家\n`;
    const r = recordOf(text);
    expect(r['proactive.licensing.previous']).toBe(12);
    expect(r['proactive.licensing.change']).toBe(-2);
    expect(r['proactive.licensing.decisions']).toBe(10);
    expect(r['proactive.penalty.decisions']).toBe(7);
    expect(r['proactive.coercion.previous']).toBe(2);
    expect(r['proactive.coercion.decisions']).toBe(3);
  });

  it('Traditional labels (行政處罰, 本年增\\減) read like Simplified ones', () => {
    const text = '青石縣2019年政府資訊公開工作年度報告\n二、主動公開政府資訊情況\n第二十条第（六）项\n信息内容 | 上一年项目数量 | 本年增\\減 | 处理决定数量\n行政處罰 | 5 | -1 | 4\n';
    const r = recordOf(text);
    expect(r['proactive.penalty.previous']).toBe(5);
    expect(r['proactive.penalty.change']).toBe(-1);
    expect(r['proactive.penalty.decisions']).toBe(4);
  });
});

describe('requests.processed is for reports without a 表三', () => {
  const table = '三、收到和处理政府信息公开申请情况\n申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他\n一、本年新收政府信息公开申请数量 5 0 0 0 0 0 5\n二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1\n三、本年度办理结果 （一）予以公开 6 0 0 0 0 0 6\n';
  const prose = '青石县2019年政府信息公开工作年度报告\n一、总体情况\n全年共办理政府信息公开申请218件。\n';

  it('a prose 共办理…申请 N 件 is dropped when the table is there (table.processed-with-table)', () => {
    const report = parseReport(`${prose}${table}`);
    expect(toRecord(report)['requests.processed']).toBeUndefined();
    expect(toRecord(report)['requests.received']).toBe(5);
    expect(report.messages.map((m) => m.code)).toContain('table.processed-with-table');
  });

  it('and kept without it', () => {
    expect(recordOf(prose)['requests.processed']).toBe(218);
  });
});

describe('a 2021 table whose （六）其他处理 is one row (the 2019 shape)', () => {
  const fixture = readFileSync(new URL('../../fixtures/tables/2021-aligned/input.txt', import.meta.url), 'utf8');
  const lines = fixture.split('\n');
  const at = lines.findIndex((l) => l.startsWith('（六）其他处理'));
  // The three sub-rows summed into one row: 1109+1115+1121 = 3345 … 6669+6705+6741 = 20115.
  const oneRow = '（六）其他处理    3345    3348    3351    3354    3357    3360    20115';
  const text = [...lines.slice(0, at), oneRow, ...lines.slice(at + 3)].join('\n');

  it('reads the plain and @ keys of dispositions.other, and no sub-row keys', () => {
    const report = parseReport(text);
    const r = toRecord(report);
    expect(report.meta.template?.value).toBe('ogi-2021');
    expect(r['dispositions.other']).toBe(20115);
    expect(r['dispositions.other@naturalPerson']).toBe(3345);
    expect(r['dispositions.other@otherOrg']).toBe(3360);
    expect(r['dispositions.other.noCorrection']).toBeUndefined();
    expect(r['dispositions.other.otherReason']).toBeUndefined();
    expect(r['dispositions.total']).toBe(134001);
    expect(report.messages.filter((m) => m.code.startsWith('table.'))).toEqual([]);
  });
});

describe('a sub-row whose label the source garbled', () => {
  it('is read by its list number when its words keep most of the template’s (pdf/p001 `2.其他法律行政止公开`)', () => {
    const text = readFileSync(new URL('../../fixtures/real/pdf/layout/p001.txt', import.meta.url), 'utf8');
    const report = parseReport(text);
    const r = toRecord(report);
    expect(r['dispositions.denied.lawProhibited']).toBe(0);
    expect(r['dispositions.denied.lawProhibited@naturalPerson']).toBe(0);
    expect(r['dispositions.denied']).toBe(3);
    expect(report.messages.map((m) => m.code)).toContain('table.row-by-number');
  });

  it('but not when the words are another row’s', () => {
    const text = '青石县2019年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他\n一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1\n（三）不予公开 1.属于国家秘密 0 0 0 0 0 0 0\n2.本地自定的其他情形 1 0 0 0 0 0 1\n';
    const report = parseReport(text);
    expect(toRecord(report)['dispositions.denied.lawProhibited']).toBeUndefined();
    expect(report.messages.map((m) => m.code)).toContain('table.row-unmapped');
  });
});

describe('a dump with one cell per line that lost a cell', () => {
  it('does not cut another cell in two to fill the gap', () => {
    const lines = ['青石县2019年政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况', '申请人情况', '自然人', '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他',
      '一、本年新收政府信息公开申请数量', '111', '0', '0', '0', '0', '12'];
    // Six whole cells for seven columns: 111 cut as 11 | 1 would sum to the 12, but a cell of its own is never cut.
    const r = recordOf(lines.join('\n'));
    expect(r['requests.received']).toBeUndefined();
    expect(r['requests.received@naturalPerson']).toBeUndefined();
  });
});
