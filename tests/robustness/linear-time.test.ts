/**
 * Pathological inputs take time proportional to their size. Tested as a ratio, never a wall-clock bound: the input
 * grows 8× and the time may grow at most 8 × 4 = 32× (a generous factor for GC and timer noise; a quadratic path
 * would show 64×). Each size is timed in CPU time, the best of three alternating runs (see `costs`), so that the ratio holds
 * on a loaded machine.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from 'ogi-report';
import { blankMarkup } from '../../src/tree/blank-markup.js';
import { settle } from './arbitraries.js';
// @ts-expect-error: a plain ES module (it also runs on its own), typed by use
import { hugeTable } from './huge-table.mjs';

const SMALL = 128 * 1024;
const FACTOR = 8;
const LIMIT = FACTOR * 4;

const CASES: Record<string, (size: number) => string> = {
  'digits': (n) => '1'.repeat(n),
  'digits with spaces': (n) => '1 '.repeat(n / 2),
  '年': (n) => '年'.repeat(n),
  '（': (n) => '（'.repeat(n),
  '(': (n) => '('.repeat(n),
  'unclosed pinyin glosses': (n) => '報(bào'.repeat(n / 5),
  '<': (n) => '<'.repeat(n),
  'deeply nested tags': (n) => `<html><body>${'<div>'.repeat(n / 5)}x</body></html>`,
  'a 50,000-cell table (HTML)': (n) => `<table><tr>${'<td>1</td>'.repeat(n / 10)}</tr></table>`,
  'a 50,000-cell table (pipes)': (n) => `${'| 1 '.repeat(50)}|\n`.repeat(Math.round(n / 201)),
  'one long line of labels': (n) => '本年新收政府信息公开申请数量'.repeat(n / 14),
  'run-together rows': (n) => '一、本年新收政府信息公开申请数量1000001'.repeat(n / 24),
  'a run of digits after a label': (n) => `一、本年新收政府信息公开申请数量${'1'.repeat(n)}`,
  'a run of digits after 行政复议': (n) => `行政复议\n${'1'.repeat(n)}`,
  'dates': (n) => '2019年1月1日至12月31日，'.repeat(n / 16),
  'entities': (n) => `<p>${'&nbsp;&amp;'.repeat(n / 11)}</p>`,
};

/** The CPU time of one run of `work`, repeated until it has used 20 ms (one short run is mostly timer noise). */
function cpuTime(work: () => void): number {
  const before = process.cpuUsage();
  let used = 0;
  let n = 0;
  do {
    work();
    n++;
    const cpu = process.cpuUsage(before);
    used = (cpu.user + cpu.system) / 1000;
  } while (used < 20);
  return used / n;
}

/**
 * The CPU times of the small and the large input: the best of three rounds, the two sizes alternating so that a
 * busy spell of the machine or a grown heap weighs on both alike. CPU time, not wall time: on a loaded machine the
 * wall clock counts the time other processes ran.
 */
function costs(small: () => void, large: () => void): { small: number; large: number; ratio: number; text: string } {
  let a = Infinity;
  let b = Infinity;
  for (let round = 0; round < 3; round++) {
    a = Math.min(a, cpuTime(small));
    b = Math.min(b, cpuTime(large));
  }
  return { small: a, large: b, ratio: b / a, text: `${a.toFixed(1)} ms → ${b.toFixed(1)} ms` };
}

const parses = (small: string, large: string) => costs(() => parseReport(small), () => parseReport(large));
// Three runs of the large size take a while on a loaded machine: a time limit is no part of these tests. Each such
// test first lets vitest's pending worker calls finish (`settle`): a call in flight while the worker is blocked for a
// minute times out and fails the run.
const SLOW = 300_000;

describe('linear time', () => {
  parseReport('warm-up 2019年政府信息公开工作年度报告 本年新收政府信息公开申请58件。');
  it.each(Object.keys(CASES))('%s: 8× the input within 32× the time', async (name) => {
    await settle();
    const make = CASES[name]!;
    const { ratio, text } = parses(make(SMALL), make(SMALL * FACTOR));
    expect(ratio, text).toBeLessThan(LIMIT);
  }, SLOW);

  it('a single 5 MB line: 8× the input within 32× the time', async () => {
    await settle();
    const line = (n: number): string => '共收到政府信息公开申请58件，'.repeat(Math.round(n / 15));
    const { ratio, text } = parses(line(640 * 1024), line(5 * 1024 * 1024));
    expect(ratio, text).toBeLessThan(LIMIT);
  }, SLOW);
});

// Inputs that once took quadratic time or memory (issue 17). The bound is tighter: 8× the input within 12× the time.
const STRICT = FACTOR * 1.5;
const HEAD = '某某市人民政府2019年政府信息公开工作年度报告\n';
const HTML_HEAD = '<html><body><h1>某某市人民政府2019年政府信息公开工作年度报告</h1>';
const ATTACKS: Record<string, (size: number) => string> = {
  // Every row opens an instance of 表三; each instance used to re-read the header from row 0.
  'an HTML table of rows labelled 一、本年新收…': (n) =>
    `${HTML_HEAD}<table><tr><th>项目</th><th>自然人</th></tr>${'<tr><td>一、本年新收政府信息公开申请数量</td><td>58</td></tr>'.repeat(Math.round(n / 60))}</table>`,
  // Every statement's number was looked up in the sentence's whole list of quantities.
  'one sentence of repeated statements': (n) => HEAD + '共收到政府信息公开申请58件，'.repeat(Math.round(n / 15)),
  // Every milestone carried its whole sentence.
  'dates in one sentence': (n) => HEAD + '2019年1月1日，'.repeat(Math.round(n / 10)),
  // rowspan/colspan 1000 re-anchored every 1000 rows: a few cells, millions of grid slots.
  'spans re-anchored every 1000 rows': (n) =>
    `${HTML_HEAD}<table>${`<tr><td rowspan=1000 colspan=1000>1</td><td rowspan=1000 colspan=1000>2</td></tr>${'<tr></tr>'.repeat(999)}`.repeat(Math.max(1, Math.round(n / 9100)))}</table>`,
  'one long line of prose': (n) => HEAD + '某'.repeat(n),
  // 30 MB of it once cost 3.7 GB and 140 s through the CLI (read as text, every cell a paragraph). Half the size here
  // (70 KB → 560 KB: each cell is a node of the HTML tree; the heap tests below take the large sizes). Not smaller: a
  // table of 3,000 cells fits the caches, and costs 8 µs a cell where larger ones cost 10-11.
  'an HTML table of ten-cell rows': (n) => (hugeTable as (cells: number) => string)(Math.round(n / 20)),
};

describe('linear time under attack', () => {
  it.each(Object.keys(ATTACKS))('%s: 8× the input within 12× the time, the output within 8× the input', async (name) => {
    await settle();
    const make = ATTACKS[name]!;
    const input = make(SMALL * FACTOR);
    const { ratio, text } = parses(make(SMALL), input);
    expect(ratio, text).toBeLessThan(STRICT);
    expect(JSON.stringify(parseReport(input)).length).toBeLessThan(8 * input.length);
  }, SLOW);

  it('a milestone carries its sentence clipped around the date; its offsets stay exact', () => {
    const input = `${HEAD}${'内容'.repeat(300)}于2019年3月5日召开会议${'内容'.repeat(300)}。2019年4月1日，完成。`;
    const [long, short] = parseReport(input).milestones;
    expect(long!.text.startsWith('…') && long!.text.endsWith('…')).toBe(true);
    expect(long!.text.slice(1, -1)).toBe(input.slice(long!.start - 80, long!.end + 80));
    expect(input.slice(long!.start, long!.end)).toBe('2019年3月5日');
    expect(short!.text).toBe('2019年4月1日，完成。');
    expect(input.slice(short!.start, short!.end)).toBe('2019年4月1日');
  });

  it('spans past the grid budget: read as single slots, with a budget-exceeded warning', () => {
    const report = parseReport(ATTACKS['spans re-anchored every 1000 rows']!(72_000));
    expect(report.messages.filter((m) => m.code === 'budget-exceeded').map((m) => m.actual)).toEqual(['gridSlots']);
  });

  it('a table of more cells than the budget: the first 200,000 read, a budget-exceeded warning', () => {
    const report = parseReport(HEAD + '|1|2|3|4|5|6|7|8|9|0|\n'.repeat(20_001));
    expect(report.messages.filter((m) => m.code === 'budget-exceeded').map((m) => m.actual)).toEqual(['cells']);
  });

  it('an HTML page of more tags than the budget: read as text, markup blanked, with a budget-exceeded warning', () => {
    const input = `${HTML_HEAD}<p>共收到政府信息公开申请58件。</p>${'<i></i>'.repeat(150_001)}`;
    const report = parseReport(input);
    expect(report.messages.filter((m) => m.code === 'budget-exceeded').map((m) => m.actual)).toEqual(['tags']);
    expect(report.values['requests.received']?.value).toBe(58);
  });

  it('a text of more lines than the budget: the first 200,000 read, a budget-exceeded warning', () => {
    const report = parseReport(`${HEAD}共收到政府信息公开申请58件。\n${'\n'.repeat(250_000)}本年度共受理政府信息公开申请99件。`);
    expect(report.messages.filter((m) => m.code === 'budget-exceeded').map((m) => m.actual)).toEqual(['lines']);
    expect(report.values['requests.received']?.value).toBe(58);
  });

  // A 30 MB table has more tags than the budget: read as text with its markup blanked, and only its first 200,000
  // lines. Memory is then bounded whatever the size: 3 MB and 13 MB of table both parse in one fixed heap (3 MB of it
  // once took 620 MB). A child process, so that the heap limit is the test.
  it.each([300_000, 1_200_000])('an HTML table of %i cells parses in a 256 MB heap', async (cells) => {
    await settle();
    const script = new URL('./huge-table.mjs', import.meta.url).pathname;
    const out = execFileSync(process.execPath, ['--max-old-space-size=256', script, String(cells)], { encoding: 'utf8' });
    expect(JSON.parse(out).budget).toEqual(['tags', 'lines']);
  }, 120_000);

  // A greedy class over a line of ~8 M two-byte characters overflowed the regex backtrack stack; a rule's 10⁵
  // matches overflowed push(...matches).
  it.each([
    ['9 M × x', HEAD + 'x'.repeat(9e6)],
    ['2 × 10⁷ digits', HEAD + '1'.repeat(2e7)],
  ])('a report with one line of %s parses', (_, input) => {
    expect(() => parseReport(input)).not.toThrow();
  });
});

// The markup blanker (HTML read as text) searched to the end of the input from every unclosed `<a`, `<!--` or
// `<script>`: quadratic on exactly the pages that come to it (more tags than the budget).
describe('blanking markup', () => {
  it.each(['<a ', '<!--', '<script>'])('unclosed %s: 8× the input within 12× the time', async (unit) => {
    await settle();
    const [small, large] = [SMALL * 2, SMALL * 2 * FACTOR].map((n) => unit.repeat(n / unit.length));
    const { ratio, text } = costs(() => blankMarkup(small!), () => blankMarkup(large!));
    expect(ratio, text).toBeLessThan(STRICT);
  }, SLOW);

  it('blanks tags, comments, scripts and entities in place; block tags become line breaks', () => {
    const html = '<p>a&amp;b</p><!-- c --><script>x<y</script><span>d</span><td\n>e';
    const out = blankMarkup(html);
    expect(out.length).toBe(html.length);
    expect(out).toBe('\n  a     b\n   ' + ' '.repeat(10) + ' '.repeat(20) + '      d       ' + '   \n e');
  });
});

describe('regular expressions', () => {
  // A nested quantifier over the same characters ((a+)+, (\d+\s?)+ …) backtracks exponentially on a near miss.
  // A repeated group delimited by a literal its body cannot match ((?:,\d{3})*, (\.[a-z]+)*, (?:\d+,)*) has one
  // way to split any input, and is allowed.
  const NESTED = /\((?:\?:|\?<[a-z]+>)?([^()]*[+*}][^()]*)\)[+*{]/u;
  const LITERAL = /^(?:\\[.,\-/:|]|[^\\[(.^$|?*+{])$/u;
  const delimited = (body: string): boolean => {
    const broad = /\.|\\[SWD]|\[\^/u;
    for (const [edge, rest] of [
      [body.slice(0, body.startsWith('\\') ? 2 : 1), body.slice(body.startsWith('\\') ? 2 : 1)],
      [body.slice(body.at(-2) === '\\' ? -2 : -1), body.slice(0, body.at(-2) === '\\' ? -2 : -1)],
    ] as const) {
      const ch = edge.replace('\\', '');
      if (LITERAL.test(edge) && !/^[+*?{]/u.test(body.slice(edge.length)) && !rest.includes(ch) && !broad.test(rest.replace(/\\\./g, ''))) return true;
    }
    return false;
  };
  const nestedQuantifier = (literal: string): boolean => {
    const m = NESTED.exec(literal);
    return m !== null && !delimited(m[1]!);
  };
  it('the check itself tells ambiguous repetition from delimited repetition', () => {
    for (const bad of ['/(a+)+/', '/(\\d+\\s?)+/', '/(?:\\s*x?)*/', '/(?:[^,]+,?)*/']) expect(nestedQuantifier(bad), bad).toBe(true);
    for (const good of ['/(?:,\\d{3})*/', '/(\\.[a-z0-9-]+)*/', '/(?:\\d+,)*/', '/[a-z]+\\d*/']) expect(nestedQuantifier(good), good).toBe(false);
  });
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith('.ts') ? [join(dir, f)] : []));
  it('no pattern in src/ nests a quantifier inside a quantified group', () => {
    const src = new URL('../../src/', import.meta.url).pathname;
    const offenders: string[] = [];
    for (const file of files(src)) {
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        for (const literal of line.match(/\/(?:\\.|\[(?:\\.|[^\]])*\]|[^/\n[\\])+\/[dgimsuvy]*/g) ?? []) {
          if (nestedQuantifier(literal)) offenders.push(`${file.slice(src.length)}:${i + 1} ${literal}`);
        }
      });
    }
    expect(offenders).toEqual([]);
  });
});
