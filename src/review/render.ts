/**
 * `renderReviewPage(documents)`: one self-contained HTML page (no network, opens from disk) that shows each
 * document's source with every record value highlighted (key, value, certainty, approximate, rule on hover or
 * focus), its warnings linked to their place, and the standard tables redrawn as grids whose cells link to the
 * source and are marked where an identity fails. Pure: report and input text in, a string out.
 */
import { KEYS } from '../schema/keys.js';
import type { Message, Report, Source } from '../schema/report.js';
import { esc, escKeepingReferences } from './html.js';
import { gridsFor, type Grid } from './layout.js';
import { markupRanges, type MarkupRange } from './markup.js';
import { PAGE_SCRIPT, PAGE_STYLE } from './assets.js';
import { renderRanges, type Range } from './spans.js';

/** One document to review: a name (file), the input text exactly as parsed, and its report. */
export interface ReviewDocument {
  readonly name: string;
  readonly text: string;
  readonly report: Report;
}

export interface ReviewOptions {
  /** The page title (default: the document name, or "N documents"). */
  readonly title?: string;
  /** Inputs that could not be read or parsed: listed in the index with their error code. */
  readonly failed?: ReadonlyArray<{ readonly name: string; readonly code: string; readonly message: string }>;
}

interface Shown {
  readonly key: string;
  readonly value: string | number;
  readonly certainty: string;
  readonly approximate: boolean;
  readonly unit: string | undefined;
  readonly rule: string;
  readonly source: Source;
  /** A further place stating the same value (refiners merged duplicates). */
  readonly also: boolean;
}

// Meanings of the plain keys; an applicant column (`key@column`) shares its row's.
const MEANING = new Map(KEYS.filter((k) => !k.key.includes('@')).map((k) => [k.key, k.description]));
const meaning = (key: string) => MEANING.get(key.replace(/@.*$/, '')) ?? '';

/** Every value of the report with a place, meta fields first, each further place (alsoAt) too. */
function shownValues(report: Report): Shown[] {
  const out: Shown[] = [];
  for (const [name, f] of Object.entries(report.meta)) {
    if (f?.source) out.push({ key: `meta.${name}`, value: f.value, certainty: f.certainty, approximate: false, unit: undefined, rule: f.rule, source: f.source, also: false });
  }
  for (const v of Object.values(report.values)) {
    const base = { key: v.key, value: v.value, certainty: v.certainty, approximate: v.approximate, unit: v.unit, rule: v.rule };
    out.push({ ...base, source: v.source, also: false });
    for (const s of v.alsoAt ?? []) out.push({ ...base, source: s, also: true });
  }
  return out;
}

function tip(v: Shown): string {
  const value = `${v.value}${v.unit ?? ''}`;
  const flags = [v.certainty, v.approximate ? 'approximate' : '', v.also ? 'also stated here' : ''].filter(Boolean).join(', ');
  return `${v.key} = ${value} (${flags}) · ${v.rule} · line ${v.source.line}:${v.source.column}${meaning(v.key) ? ` · ${meaning(v.key)}` : ''}`;
}

interface Marks {
  readonly ranges: Range[];
  /** Record key → id of the mark at its (first) place. */
  readonly idOf: Map<string, string>;
}

/** One mark per distinct place; values that share a place share its mark. */
function valueMarks(doc: string, values: readonly Shown[]): Marks {
  const byPlace = new Map<string, Shown[]>();
  for (const v of values) {
    const at = `${v.source.start}:${v.source.end}`;
    byPlace.set(at, [...(byPlace.get(at) ?? []), v]);
  }
  const ranges: Range[] = [];
  const idOf = new Map<string, string>();
  let n = 0;
  for (const group of byPlace.values()) {
    const id = `${doc}-v${n++}`;
    const keys = group.map((v) => v.key).join(' ');
    const certainty = group.some((v) => v.certainty === 'stated') ? 'stated' : group[0]!.certainty;
    const cls = `v ${certainty}${group.every((v) => v.also) ? ' also' : ''}${group[0]!.source.start === group[0]!.source.end ? ' empty' : ''}`;
    const data = `data-keys="${esc(keys)}" data-tip="${esc(group.map(tip).join('\n'))}"`;
    for (const v of group) if (!v.also && !idOf.has(v.key)) idOf.set(v.key, id);
    ranges.push({
      start: group[0]!.source.start,
      end: group[0]!.source.end,
      open: `<mark id="${id}" class="${cls}" tabindex="0" ${data}>`,
      reopen: `<mark class="${cls} part" data-part-of="${id}" ${data}>`,
      close: '</mark>',
    });
  }
  return { ranges, idOf };
}

function warningRanges(doc: string, warnings: readonly Message[]): Range[] {
  return warnings.flatMap((w, i) =>
    w.start === undefined
      ? []
      : [{ start: w.start, end: w.end ?? w.start, open: `<span id="${doc}-w${i}" class="w" data-code="${esc(w.code)}">`, reopen: `<span class="w">`, close: '</span>' }],
  );
}

/**
 * Markup ranges joined with the white space between them (source indentation is not page text), each run breaking
 * at most once: a line if any of its tags breaks one, else a cell.
 */
function markupRuns(text: string): MarkupRange[] {
  const runs: MarkupRange[] = [];
  const rank = { none: 0, cell: 1, line: 2 } as const;
  for (const m of markupRanges(text)) {
    const last = runs[runs.length - 1];
    if (last && text.slice(last.end, m.start).trim() === '') {
      runs[runs.length - 1] = { start: last.start, end: m.end, breaks: rank[m.breaks] > rank[last.breaks] ? m.breaks : last.breaks };
    } else runs.push(m);
  }
  return runs;
}

function sourceHtml(doc: string, text: string, report: Report, marks: Marks, warnings: readonly Message[]): string {
  const ranges = [...marks.ranges, ...warningRanges(doc, warnings)];
  const html = report.input.type === 'html';
  if (html) {
    for (const run of markupRuns(text)) {
      ranges.push({ start: run.start, end: run.end, open: '<span class="mk">', reopen: '<span class="mk">', close: '</span>' });
      // Where the page breaks a line or a cell: an empty element whose generated content shows the break (not text).
      if (run.breaks !== 'none' && run.start > 0) ranges.push({ start: run.end, end: run.end, open: `<span class="br ${run.breaks}">`, reopen: '', close: '</span>' });
    }
  }
  return renderRanges(text, ranges, html ? escKeepingReferences : esc);
}

/** Keys named in an identity warning (its message lists the terms by key), and the key at its place. */
function failingKeys(report: Report): Map<string, string> {
  const bad = new Map<string, string>();
  for (const m of report.messages) {
    if (m.code !== 'table.sum-mismatch' && m.code !== 'table.balance-mismatch') continue;
    for (const token of m.message.match(/[A-Za-z][A-Za-z.@]*/g) ?? []) if (token in report.values && !bad.has(token)) bad.set(token, m.message);
    for (const v of Object.values(report.values)) if (m.start !== undefined && v.source.start === m.start && !bad.has(v.key)) bad.set(v.key, m.message);
  }
  return bad;
}

function gridHtml(grid: Grid, report: Report, marks: Marks, bad: Map<string, string>): string {
  const width = Math.max(...grid.rows.map((r) => r.keys.length), 1);
  const labels = grid.rows.some((r) => r.label);
  const head = grid.head.map((cells) => `<tr>${cells.map(([label, span]) => `<th${span > 1 ? ` colspan="${span}"` : ''} scope="col">${esc(label)}</th>`).join('')}</tr>`).join('');
  const body = grid.rows
    .map((r) => {
      if (r.keys.length === 0) {
        const headers = r.headers ?? [];
        const cells = headers.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
        const rest = width - headers.length;
        return `<tr class="group"><th scope="rowgroup"${headers.length === 0 ? ` colspan="${width + 1}"` : ''}>${esc(r.label)}</th>${cells}${headers.length > 0 && rest > 0 ? `<td class="none" colspan="${rest}"></td>` : ''}</tr>`;
      }
      const label = labels ? `<th scope="row" class="d${r.depth}">${esc(r.label)}</th>` : '';
      const cells = r.keys.map((key) => {
        if (key === null) return '<td class="none"></td>';
        const v = report.values[key];
        if (!v) return `<td class="absent" data-key="${esc(key)}" title="${esc(`${key}: not stated`)}">–</td>`;
        const id = marks.idOf.get(key);
        const problem = bad.get(key);
        const cls = `${v.certainty}${problem ? ' bad' : ''}`;
        const title = `${key} = ${v.value} (${v.certainty})${problem ? ` · ${problem}` : ''}`;
        const content = id ? `<a href="#${id}">${esc(String(v.value))}</a>` : esc(String(v.value));
        return `<td class="${cls}" data-key="${esc(key)}" title="${esc(title)}">${content}</td>`;
      });
      const rest = width - r.keys.length;
      return `<tr>${label}${cells.join('')}${rest > 0 ? `<td class="none" colspan="${rest}"></td>` : ''}</tr>`;
    })
    .join('');
  return `<figure class="grid" data-grid="${grid.id}"><figcaption>${esc(grid.title)}</figcaption><div class="scroll"><table>${head}${body}</table></div></figure>`;
}

function documentHtml(doc: ReviewDocument, index: number): string {
  const id = `d${index}`;
  const { report, text } = doc;
  const warnings = report.messages.filter((m) => m.severity !== 'info');
  const values = shownValues(report);
  const marks = valueMarks(id, values);
  const bad = failingKeys(report);
  const template = report.meta.template?.value;
  const keys = new Set(values.map((v) => v.key));
  const grids = gridsFor(template)
    .filter((g) => g.rows.some((r) => r.keys.some((k) => k !== null && k in report.values)))
    .map((g) => gridHtml(g, report, marks, bad))
    .join('');
  const facts: Array<[string, string]> = [
    ['kind', report.meta.kind.value],
    ['template', template ?? '–'],
    ['year', String(report.meta.year?.value ?? '–')],
    ['agency', report.meta.agency?.value ?? '–'],
    ['values', String(keys.size)],
    ['warnings', String(warnings.length)],
  ];
  const warningItems = warnings
    .map((w, i) => {
      const where = w.line ? `line ${w.line}${w.column ? `:${w.column}` : ''}` : '';
      const code = w.start === undefined ? `<code>${esc(w.code)}</code>` : `<a href="#${id}-w${i}"><code>${esc(w.code)}</code></a>`;
      return `<li class="${esc(w.severity)}">${code} ${esc(w.message)}${where ? ` <span class="at">${where}</span>` : ''}</li>`;
    })
    .join('');
  const valueItems = values
    .filter((v) => !v.also)
    .map((v) => `<li><a href="#${marks.idOf.get(v.key)}"><code>${esc(v.key)}</code></a> ${esc(`${v.value}${v.unit ?? ''}`)} <span class="c ${v.certainty}">${v.certainty}${v.approximate ? ', approximate' : ''}</span> <span class="at">${esc(v.rule)}</span></li>`)
    .join('');
  return [
    `<article class="doc" id="${id}" data-file="${esc(doc.name)}" data-values="${keys.size}">`,
    `<h2>${esc(doc.name)}</h2>`,
    `<dl class="facts">${facts.map(([k, v]) => `<div><dt>${k}</dt><dd>${esc(v)}</dd></div>`).join('')}</dl>`,
    warnings.length ? `<section class="warnings"><h3>Warnings</h3><ol>${warningItems}</ol></section>` : '',
    grids ? `<section class="grids"><h3>Standard tables</h3>${grids}</section>` : '',
    `<details class="values"><summary>All ${keys.size} values</summary><ol>${valueItems}</ol></details>`,
    `<section class="source"><h3>Source</h3>${report.input.type === 'html' ? '<label class="toggle"><input type="checkbox" class="show-markup"> show markup</label>' : ''}<pre class="src">${sourceHtml(id, text, report, marks, warnings)}</pre></section>`,
    '</article>',
  ].join('\n');
}

/** The review page for one or more documents (several: an index of documents first). */
export function renderReviewPage(documents: readonly ReviewDocument[], options: ReviewOptions = {}): string {
  const title = options.title ?? (documents.length === 1 ? documents[0]!.name : `${documents.length} documents`);
  const failed = options.failed ?? [];
  const items = [
    ...documents.map((d, i) => `<li><a href="#d${i}">${esc(d.name)}</a> <span class="at">${esc(d.report.meta.kind.value)}, ${d.report.meta.year?.value ?? '–'}, ${Object.keys(d.report.values).length} values, ${d.report.messages.filter((m) => m.severity !== 'info').length} warnings</span></li>`),
    ...failed.map((f) => `<li class="failed">${esc(f.name)} <code>${esc(f.code)}</code> <span class="at">${esc(f.message)}</span></li>`),
  ];
  const index = items.length > 1 || failed.length > 0 ? `<nav class="index"><h2>Documents</h2><ol>${items.join('')}</ol></nav>` : '';
  return [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)} · ogi-report review</title>`,
    `<style>${PAGE_STYLE}</style>`,
    '</head>',
    '<body>',
    `<header><h1>ogi-report review${documents.length > 1 ? `: ${documents.length} documents` : ''}</h1><p class="legend"><mark class="v stated">stated</mark> <mark class="v blank">blank</mark> <mark class="v derived">derived</mark> <span class="w">warning</span> · Tab or n / p move between values, Esc hides the details.</p></header>`,
    `<main>${index}${documents.map(documentHtml).join('\n')}</main>`,
    '<div id="tip" role="tooltip" hidden></div>',
    `<script>${PAGE_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
