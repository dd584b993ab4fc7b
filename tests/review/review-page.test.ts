/**
 * The review page without a browser: ranges nest and cross into well-formed markup, HTML markup is found by a
 * linear scan, the page is self-contained and escapes its input, and `ogi-report --format html` writes it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseReport, renderReviewPage } from '../../src/index.js';
import { markupRanges } from '../../src/review/markup.js';
import { renderRanges, type Range } from '../../src/review/spans.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const P001 = join(ROOT, 'fixtures/real/pdf/layout/p001.txt');
const range = (start: number, end: number, name: string): Range => ({ start, end, open: `<${name}>`, reopen: `<${name}+>`, close: `</${name}>` });
const plain = (s: string) => s;

describe('ranges → markup', () => {
  it('nests, shares bounds, and reopens a range that another crosses', () => {
    expect(renderRanges('abcdef', [range(0, 6, 'a'), range(1, 3, 'b'), range(1, 3, 'c')], plain)).toBe('<a>a<b><c>bc</c></b>def</a>');
    // b crosses a's end: a closes at 3, b is reopened as a continuation.
    expect(renderRanges('abcdef', [range(0, 3, 'a'), range(2, 5, 'b')], plain)).toBe('<a>ab<b>c</b></a><b+>de</b>f');
    // An empty range stands outside ranges that open at its point.
    expect(renderRanges('abc', [range(1, 3, 'a'), range(1, 1, 'e')], plain)).toBe('a<e></e><a>bc</a>');
  });
});

describe('HTML markup', () => {
  it('finds tags, comments and script contents, and leaves a lone < as text', () => {
    const html = '<p>1 < 2</p><!-- a > b --><script>if (a<b) x("</p>")</script>正文';
    const found = markupRanges(html).map((m) => [html.slice(m.start, m.end), m.breaks]);
    expect(found).toEqual([
      ['<p>', 'line'],
      ['</p>', 'line'],
      ['<!-- a > b -->', 'none'],
      ['<script>if (a<b) x("</p>")</script>', 'none'],
    ]);
  });
});

describe('the page', () => {
  it('is one self-contained file that escapes its input', () => {
    const text = '某县人民政府2021年政府信息公开工作年度报告\n收到政府信息公开申请12件。</script><img src=x onerror=alert(1)>';
    const page = renderReviewPage([{ name: 'x.txt', text, report: parseReport(text, { input: 'text' }) }]);
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//);
    expect(page).not.toContain('<img');
    expect(page).toContain('&lt;/script&gt;');
    expect(page).toMatch(/<mark id="d0-v\d+" class="v stated" tabindex="0" data-keys="requests.received"[^>]*>收到政府信息公开申请12件<\/mark>/);
  });

  it('ogi-report --format html writes the page of each input and an index for several', () => {
    let out = '';
    const io = { stdout: (s: string) => (out += s), stderr: () => {}, stdin: () => new Uint8Array(), version: 'test' };
    expect(main(['--format', 'html', P001], io)).toBe(0);
    expect(out).toContain('data-file="' + P001 + '"');
    expect(out).not.toContain('<nav class="index">');
    out = '';
    expect(main(['-f', 'html', P001, join(ROOT, 'fixtures/real/pdf/layout/p002.txt')], io)).toBe(0);
    expect(out.match(/<article class="doc"/g)).toHaveLength(2);
    expect(out).toContain('<nav class="index">');
    // 21 requests in 2023: its cell in the 表三 grid links to its mark in the source.
    const link = /<td class="stated" data-key="requests.received"[^>]*><a href="#(d0-v\d+)">21<\/a>/.exec(out);
    expect(link).not.toBeNull();
    expect(out).toMatch(new RegExp(`<mark id="${link![1]}"[^>]*>21</mark>`));
    // An input that fails is listed with its code, and the exit code says so.
    out = '';
    expect(main(['-f', 'html', P001, join(ROOT, 'missing.txt')], io)).toBe(1);
    expect(out).toMatch(/<li class="failed">[^<]*missing\.txt <code>input\.not-found<\/code>/);
  });
});
