/**
 * The lattice method on the two real WPS exports: their borders are stroked lines (0.48 and 0.96 pt), every cell also
 * has a white filled background and a clip rectangle, which must not become lines; merged cells are missing lines.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { findTables, stitchTables } from '../../src/pdf/lattice/index.js';
import type { PdfPage, PdfTable } from '../../src/pdf/types.js';
import { cellAt, lookup, shape, textOf } from './lattice/cells.js';
import { loadPages } from './lattice/load.js';

const gold = (id: string): Record<string, unknown> =>
  JSON.parse(readFileSync(`fixtures/real/pdf/gold/${id}.json`, 'utf8')).fields;

describe.each(['p001', 'p002'])('%s', (id) => {
  let pages: PdfPage[];
  let tables: PdfTable[][];
  let stitched: PdfTable[];
  const fields = gold(id);
  beforeAll(async () => {
    pages = await loadPages(`fixtures/real/pdf/${id}.pdf`);
    tables = pages.map(findTables);
    stitched = stitchTables(tables.flat(), pages);
  });

  test('tables per page: the proactive table on pages 2-3, the requests table on pages 3-4, the appeals table on 4', () => {
    expect(tables.map((t) => t.length)).toEqual([0, 1, 2, 2, 0]);
  });

  test('the requests table: 10 grid columns, the 7 applicant columns under 申请人情况', () => {
    const requests = tables[2]![1]!;
    expect(requests.columns).toHaveLength(11);
    const applicants = requests.cells.find((c) => textOf(c) === '申请人情况')!;
    expect([applicants.row, applicants.column, applicants.colspan]).toEqual([0, 3, 7]);
    const legalPersons = requests.cells.find((c) => textOf(c) === '法人或其他组织')!;
    expect([legalPersons.column, legalPersons.colspan]).toEqual([4, 5]);
    expect(lookup(requests, '一、本年新收', '自然人')).toBe(String(fields['requests.received@naturalPerson']));
    expect(lookup(requests, '一、本年新收', '总计')).toBe(String(fields['requests.received']));
    expect(lookup(requests, '1.本机关不掌握', '自然人')).toBe(String(fields['dispositions.unableToProvide.notHeld@naturalPerson']));
    expect(lookup(requests, '1.本机关不掌握', '总计')).toBe(String(fields['dispositions.unableToProvide.notHeld']));
    // The row label sits lower than the numbers of its row when it wraps; both land in the row by their box.
    expect(textOf(cellAt(requests, 6, 1))).toBe('（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
    expect(textOf(cellAt(requests, 6, 9))).toBe(String(fields['dispositions.partiallyGranted']));
    // （三）不予公开 is one cell over its eight reasons.
    expect(cellAt(requests, 7, 1)!.rowspan).toBe(8);
  });

  test('the appeals table: 15 cells on its value row, under 行政复议 and 行政诉讼', () => {
    const appeals = tables[3]![1]!;
    expect(shape(appeals)).toBe('4x15');
    const values = appeals.cells.filter((c) => c.row === 3).map(textOf);
    const keys = ['upheld', 'corrected', 'other', 'pending', 'total'];
    const expected = [
      ...keys.map((k) => fields[`review.${k}`]),
      ...keys.map((k) => fields[`litigation.direct.${k}`]),
      ...keys.map((k) => fields[`litigation.afterReview.${k}`]),
    ].map(String);
    expect(values).toEqual(expected);
    expect(textOf(cellAt(appeals, 1, 5))).toBe('未经复议直接起诉');
    expect(cellAt(appeals, 1, 5)!.colspan).toBe(5);
  });

  test('the proactive table: 4 columns on page 2, its continuation on page 3 with 2', () => {
    const [first] = tables[1]!;
    expect(first!.columns).toHaveLength(5);
    expect(lookup(first!, '行政规范性文件', '本年废止件数')).toBe(String(fields['proactive.normativeDocs.repealed']));
    expect(lookup(first!, '行政许可', '本年处理决定数量')).toBe(String(fields['proactive.licensing.decisions']));
    const continued = tables[2]![0]!;
    expect(continued.columns).toHaveLength(3);
    expect(lookup(continued, '行政处罚', '本年处理决定数量')).toBe(String(fields['proactive.penalty.decisions']));
  });

  test('every table cell is inside its table, and no text run is placed twice', () => {
    for (const pageTables of tables) {
      const seen = new Set<number>();
      for (const table of pageTables) {
        const box = table.boxes![0]!;
        for (const cell of table.cells) {
          expect(cell.box[0] >= box[0] && cell.box[2] <= box[2] && cell.box[1] >= box[1] && cell.box[3] <= box[3]).toBe(true);
          for (const t of cell.texts) {
            expect(seen.has(t.item)).toBe(false);
            seen.add(t.item);
          }
        }
      }
    }
  });

  test('stitched: the proactive table over pages 2-3, the requests table over 3-4 with its merged labels joined', () => {
    expect(stitched.map((t) => t.pages)).toEqual([[2, 3], [3, 4], [4]]);
    const [proactive, requests] = stitched;
    // The continuation has only the outer and first inner edge; the joined grid keeps page 2's four columns.
    expect(shape(proactive!)).toBe('14x4');
    expect(lookup(proactive!, '行政处罚', '本年处理决定数量')).toBe(String(fields['proactive.penalty.decisions']));
    expect(lookup(proactive!, '行政事业性收费', '本年收费金额（单位：万元）')).toBe(String(fields['proactive.fees.amount']));
    expect(shape(requests!)).toBe('26x10');
    // 三、本年度办理结果 runs from page 3 into page 4: one cell over all twenty result rows.
    const results = cellAt(requests!, 5, 0)!;
    expect([results.row, results.rowspan, results.page]).toEqual([5, 20, 3]);
    // （四）无法提供: one row on one page and two on the other (p001), or two and one (p002): three rows in all.
    const unable = requests!.cells.find((c) => textOf(c) === '（四）无法提供')!;
    expect(unable.rowspan).toBe(3);
    expect(textOf(cellAt(requests!, unable.row + 2, 2))).toBe('3.补正后申请内容仍不明确');
    expect(lookup(requests!, '3.补正后', '自然人')).toBe(String(fields['dispositions.unableToProvide.unclear@naturalPerson']));
    expect(lookup(requests!, '1.信访举报投诉类申请', '总计')).toBe(String(fields['dispositions.notProcessed.complaint']));
    expect(lookup(requests!, '（七）总计', '总计')).toBe(String(fields['dispositions.total']));
    expect(lookup(requests!, '四、结转下年度继续办理', '自然人')).toBe(String(fields['requests.carriedForward@naturalPerson']));
    expect(requests!.cells.filter((c) => textOf(c) === '申请人情况')).toHaveLength(1);
  });
});
