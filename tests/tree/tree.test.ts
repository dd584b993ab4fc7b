import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { createProcessor } from '../../src/processor.js';
import type { Cell, Root, Table } from '../../src/tree/types.js';
import { fixtureCases } from '../helpers/fixtures.js';
import { checkTree } from '../helpers/tree-invariants.js';

const parseTree = (input: string, type: 'auto' | 'text' | 'html' = 'auto'): Root =>
  createProcessor({ input: type }).parse(new VFile({ value: input })) as Root;

const types = (tree: Root): string[] => tree.children.map((n) => n.type);
const findTables = (tree: Root): Table[] => {
  const out: Table[] = [];
  const visit = (n: { type: string; children?: unknown[] }) => {
    if (n.type === 'table') out.push(n as Table);
    for (const c of (n.children ?? []) as Array<{ type: string; children?: unknown[] }>) visit(c);
  };
  visit(tree);
  return out;
};

describe('report tree', () => {
  for (const c of fixtureCases()) {
    for (const input of c.inputs) {
      it(`keeps its invariants on ${c.name} (${input.type})`, () => {
        const tree = parseTree(input.content);
        expect(checkTree(tree, input.content)).toBeGreaterThan(5);
      });
    }
  }

  it('recognises page chrome and mines metadata lines', () => {
    const tree = parseTree('当前位置: 首页 > 政府信息公开\n某局2017年政府信息公开工作年度报告\n发布日期:2018-01-23 来源:某局 浏览次数:\n打印 关闭\n扫一扫在手机打开当前页\n');
    // 浏览次数: after the fields is chrome of its own.
    expect(types(tree)).toEqual(['chrome', 'paragraph', 'metaBlock', 'chrome', 'chrome', 'chrome']);
    const meta = tree.children[2] as { children: Array<{ name: string; value: string }> };
    expect(meta.children.map((f) => [f.name, f.value])).toEqual([
      ['publishedAt', '2018-01-23'],
      ['source', '某局'],
    ]);
  });

  it('nests sections by their markers', () => {
    const tree = parseTree('一、概述\n  正文一。\n（一）主动公开\n  正文二。\n1.网站\n  正文三。\n二、依申请公开\n  正文四。\n');
    expect(types(tree)).toEqual(['section', 'section']);
    const first = tree.children[0] as unknown as Root;
    expect(first.children.map((n) => n.type)).toEqual(['heading', 'paragraph', 'section']);
  });

  it('splits sentences with positions in the input', () => {
    const input = '  受理申请78件。行政诉讼2件，均已胜诉；未引起行政复议。\n';
    const tree = parseTree(input);
    const paragraph = tree.children[0] as unknown as { children: Array<{ value: string }> };
    expect(paragraph.children.map((s) => s.value)).toEqual(['受理申请78件。', '行政诉讼2件，均已胜诉；未引起行政复议。']);
  });

  it('joins hard-wrapped PDF lines into one paragraph', () => {
    const lines = Array.from({ length: 6 }, (_, i) => `第${i}行政务公开工作有关情况说明文字较长的一行内容`);
    const tree = parseTree(`${lines.join('\n')}。\n`);
    expect(types(tree)).toEqual(['paragraph']);
  });

  it('reads pipe and tab tables into grids', () => {
    const pipes = findTables(parseTree('信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n规章 | 3 | 0 | 15 |\n'));
    expect(pipes[0]?.origin).toBe('pipes');
    expect(pipes[0]?.children.map((r) => r.children.map((c) => c.value))).toEqual([
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', '3', '0', '15'],
    ]);
    const tabs = findTables(parseTree('规章\t3\t0\t15\n规范性文件\t1\t2\t3\n'));
    expect(tabs[0]?.children[1]?.children.map((c) => c.value)).toEqual(['规范性文件', '1', '2', '3']);
  });

  it('keeps HTML rowspan/colspan as a grid with positions into the HTML', () => {
    const html =
      '<table><tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">（三）不予公开</td></tr>' +
      '<tr><td>1.属于国家秘密</td><td>&nbsp;5</td></tr></table>';
    const [table] = findTables(parseTree(html, 'html'));
    const grid = table!.children.map((r) => r.children.map((c: Cell) => c.value));
    expect(grid).toEqual([
      ['三、本年度办理结果', '（三）不予公开', '（三）不予公开'],
      ['三、本年度办理结果', '1.属于国家秘密', '5'],
    ]);
    const spanned = table!.children[1]!.children[0]!;
    expect(spanned.spanOf).toEqual([0, 0]);
    const five = table!.children[1]!.children[2]!;
    expect(html.slice(five.position.start.offset, five.position.end.offset)).toBe('5');
  });

  it('reads a layout table as page blocks, not as data', () => {
    const body = '  '.concat('根据《中华人民共和国政府信息公开条例》要求，现将本机关年度工作情况报告如下。'.repeat(8));
    const tree = parseTree(`<table><tr><td><h1>某局2019年政府信息公开工作年度报告</h1><p>${body}</p></td></tr></table>`, 'html');
    expect(findTables(tree)).toEqual([]);
    expect(types(tree)).toContain('paragraph');
  });
});
