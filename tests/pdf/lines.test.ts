/** Runs → lines by baseline, and page headers/footers skipped, on hand-placed runs. */
import { describe, expect, it } from 'vitest';
import { groupLines } from '../../src/pdf/lines.js';
import { dropPageChrome, lineText } from '../../src/pdf/page-chrome.js';
import type { PdfTextBox } from '../../src/pdf/types.js';

let item = 0;
/** A horizontal run at (x, baseline) in a font of `size` points, 1 em per character. */
const run = (text: string, x: number, baseline: number, size = 10, page = 1): PdfTextBox => ({
  text,
  box: [x, baseline - 0.88 * size, x + size * text.length, baseline + 0.12 * size],
  page,
  item: item++,
  baseline,
  size,
});

describe('groupLines', () => {
  it('puts runs whose baselines are within half a font size on one line, left to right', () => {
    // A table row: the label at 10 pt, its numbers at 14 pt set 1.4 pt lower; a wrapped label line 13 pt below.
    const lines = groupLines(1, [run('95', 320, 331.6, 14), run('一、本年新收', 80, 330.2), run('0', 352, 331.6, 14), run('续行', 80, 343.2)]);
    expect(lines.map((l) => l.runs.map((r) => r.text).join('|'))).toEqual(['一、本年新收|95|0', '续行']);
  });

  it('keeps one of two copies drawn at almost the same place (fake bold)', () => {
    const lines = groupLines(1, [run('总体情况', 100, 200), run('总体情况', 100.3, 200.2)]);
    expect(lines.map(lineText)).toEqual(['总体情况']);
  });

  it('makes a vertical run a line of its own, placed by its top', () => {
    const vertical: PdfTextBox = { text: '三、本年度办理结果', box: [90, 500, 100, 590], page: 1, item: item++, vertical: true, size: 10 };
    const lines = groupLines(1, [run('（一）予以公开', 110, 520), vertical, run('标题', 110, 480)]);
    expect(lines.map(lineText)).toEqual(['标题', '三、本年度办理结果', '（一）予以公开']);
  });
});

describe('dropPageChrome', () => {
  const page = (number: number, body: string) => ({
    number,
    height: 842,
    lines: groupLines(number, [
      run('某某县人民政府办公室', 200, 40, 10, number),
      run(body, 80, 400, 10, number),
      run(number === 2 ? `第 ${number} 页 共 3 页` : `- ${number} -`, 280, 810, 10, number),
    ]),
  });

  it('skips page numbers (- 3 -, 第 3 页 共 9 页) and a header repeated at the same place on most pages', () => {
    const kept = dropPageChrome([page(1, '正文一'), page(2, '正文二'), page(3, '正文三')]);
    expect(kept.map((lines) => lines.map(lineText))).toEqual([['正文一'], ['正文二'], ['正文三']]);
  });

  it('keeps a bare number at the foot of a page unless it is the page number', () => {
    const lines = (n: string) => [{ number: 4, height: 842, lines: groupLines(4, [run('正文', 80, 400, 10, 4), run(n, 280, 810, 10, 4)]) }];
    expect(dropPageChrome(lines('4')).map((l) => l.map(lineText))).toEqual([['正文']]);
    expect(dropPageChrome(lines('78')).map((l) => l.map(lineText))).toEqual([['正文', '78']]);
  });
});
