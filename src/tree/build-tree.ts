/**
 * Lines and tables → the report tree: chrome, metadata blocks, headings that open nested sections, paragraphs split
 * into sentences, and tables. Shared by the plain-text and the HTML front-ends.
 */
import type { Budget } from '../budget.js';
import { scanDates } from '../text/dates.js';
import { normalize } from '../text/normalize.js';
import { type Line, joinLines, sliceLine, textProps, trimLine } from './lines.js';
import { type FoundField, boundFieldValue, chromeRole, findMetaFields, metaLabelName, scanLine, skipChromeTokens } from './page-chrome.js';
import type { Locator } from './positions.js';
import { splitSentences } from './sentences.js';
import { type RawCell, buildTable } from './table-grid.js';
import type { Block, Chrome, Heading, MetaBlock, MetaField, Paragraph, Root, Section, Sentence, Table, TreeItem } from './types.js';

export type { TreeItem } from './types.js';

export interface BuildOptions {
  readonly input: string;
  readonly locate: Locator;
  readonly inputType: 'text' | 'html';
  /** Join hard-wrapped lines into paragraphs (plain text from PDFs); HTML blocks are paragraphs already. */
  readonly joinWrappedLines: boolean;
  /** The document's resource budget (table cells and grid slots are taken from it). */
  readonly budget?: Budget;
}

const HEADING_MARKERS: ReadonlyArray<readonly [1 | 2 | 3, RegExp]> = [
  [1, /^(?:[一二三四五六七八九十]{1,3}[、，,．.]|第[一二三四五六七八九十]{1,3}[章部节](?:分)?[、\s\u3000]?)/u],
  [2, /^[（(][一二三四五六七八九十]{1,3}[）)][、\s\u3000]?/u],
  [3, /^\d{1,2}(?:[、．]|\.(?!\d))[\s\u3000]?/u],
];
// Sentence punctuation that ends a line (the last unit is tested: none of these is a surrogate).
const TERMINAL_CHARS = new Set(Array.from('。！？；：:;!?…”」）)', (c) => c.charCodeAt(0)));
const endsTerminal = (value: string): boolean => TERMINAL_CHARS.has(value.charCodeAt(value.length - 1));
// A line cut after a connective (…自2012年1月1日起，至 / …和) goes on in the next line, wrapped or not.
const OPEN_CLAUSE_CHARS = new Set(Array.from('至到自从和及与、，,', (c) => c.charCodeAt(0)));
const endsOpenClause = (value: string): boolean => OPEN_CLAUSE_CHARS.has(value.charCodeAt(value.length - 1));
const FRAGMENT = /^(?:[\d,.，]+|[件条次个起宗份元项篇期家人余多万亿%]{1,3}|[\d,.]+[件条次个起宗份元项篇期家人余多万亿]{1,3})$/u;
// A fragment is the short tail of a hard-wrapped line; testing only short lines also keeps a line of millions of
// digits from overflowing the regex backtrack stack.
const isFragment = (value: string): boolean => value.length <= 40 && FRAGMENT.test(value);

function headingOf(text: string): { depth: 1 | 2 | 3; marker: string } | null {
  for (const [depth, re] of HEADING_MARKERS) {
    const m = re.exec(text);
    if (!m) continue;
    // A heading is short and carries no sentence inside it (a trailing 。 is allowed): more than 41 characters after
    // the marker are more than 40 without a trailing 。 (decided before slicing a long line).
    if (text.length - m[0].length > 41) return null;
    const rest = text.slice(m[0].length);
    const inner = rest.replace(/[。.]$/u, '');
    if (rest.length === 0 || inner.length > 40 || /[。！？]/u.test(inner)) return null;
    return { depth, marker: m[0].trim() };
  }
  return null;
}

function splitCells(line: Line, separator: '|' | '\t'): Line[] {
  const cells: Line[] = [];
  let from = 0;
  const text = line.value;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === separator || (separator === '|' && text[i] === '｜')) {
      cells.push(trimLine(sliceLine(line, from, i)));
      from = i + 1;
    }
  }
  // `| a | b |`: the empty pieces outside the outer pipes are not cells.
  if (cells.length > 1 && cells[0]!.value === '' && /^[|｜]/u.test(text)) cells.shift();
  if (cells.length > 1 && cells[cells.length - 1]!.value === '' && /[|｜]$/u.test(text)) cells.pop();
  return cells;
}

type ClassifiedKind = 'blank' | 'chrome' | 'meta' | 'heading' | 'row' | 'text' | 'table' | 'break';

/**
 * What a line (or a front-end item) is, for the tree loop. One class with every field set, whatever the kind: the
 * loop reads `kind` and the fields of thousands of these, and objects of six shapes there made V8 deoptimise it.
 */
class Classified {
  constructor(
    readonly kind: ClassifiedKind,
    /** The line (empty for blank, table and break). */
    readonly line: Line,
    readonly role: Chrome['role'],
    readonly fields: MetaFieldSpec[],
    readonly depth: 1 | 2 | 3,
    readonly marker: string,
    readonly origin: 'pipes' | 'tabs',
    readonly cells: Line[],
    readonly table: Table | null,
  ) {}
}

const NO_LINE: Line = { value: '', start: 0, end: 0 };
const NONE: never[] = [];
const BLANK = new Classified('blank', NO_LINE, 'rule', NONE, 1, '', 'pipes', NONE, null);
const BREAK = new Classified('break', NO_LINE, 'rule', NONE, 1, '', 'pipes', NONE, null);
const chromeItem = (role: Chrome['role'], line: Line): Classified => new Classified('chrome', line, role, NONE, 1, '', 'pipes', NONE, null);
const metaItem = (fields: MetaFieldSpec[], line: Line): Classified => new Classified('meta', line, 'rule', fields, 1, '', 'pipes', NONE, null);
const headingItem = (depth: 1 | 2 | 3, marker: string, line: Line): Classified => new Classified('heading', line, 'rule', NONE, depth, marker, 'pipes', NONE, null);
const rowItem = (origin: 'pipes' | 'tabs', cells: Line[], line: Line): Classified => new Classified('row', line, 'rule', NONE, 1, '', origin, cells, null);
const textItem = (line: Line): Classified => new Classified('text', line, 'rule', NONE, 1, '', 'pipes', NONE, null);
const classifiedTable = (table: Table): Classified => new Classified('table', NO_LINE, 'rule', NONE, 1, '', 'pipes', NONE, table);

const DAY_DATE_ONLY = /^(?<pre>[^。，,；;]{0,16}?)(?<date>(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})|[一二][〇○零一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)(?<post>.{0,12})$/u;

/** A short line that is just a date, maybe with a signatory or 印发 (a date line or a signature date). */
function dateLine(line: Line): MetaFieldSpec[] | null {
  // A date line is short; checking the raw length first spares normalising long body lines.
  if (line.value.length > 80 || !/\d|[〇○]/u.test(line.value)) return null;
  const norm = normalize(line.value).text;
  if (norm.length > 40) return null;
  const m = DAY_DATE_ONLY.exec(norm);
  if (!m || !scanDates(m.groups!.date!).dates.length) return null;
  const post = m.groups!.post!.trim();
  if (/\d/.test(post) && !/^\d{1,2}:\d{2}/.test(post)) return null;
  // A sentence wrapped after its date (…统计期限自2012年1月1日起，至) is no date line: the date is part of a clause.
  if (/[自从于至到为在]$/u.test(m.groups!.pre!.trim()) || /^[起至到止，,、]/u.test(post)) return null;
  // Find the date in the raw line again (normalisation may have removed spaces).
  const raw = line.value;
  const rawMatch = /(?:19|20)\d{2}[\s\u3000]*(?:年[\s\u3000]*\d{1,2}[\s\u3000]*月[\s\u3000]*\d{1,2}[\s\u3000]*日|-\d{1,2}-\d{1,2})|[一二][〇○零一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日/u.exec(raw);
  if (!rawMatch) return null;
  const fields: MetaFieldSpec[] = [
    { name: 'date', label: '', line: sliceLine(line, rawMatch.index, rawMatch.index + rawMatch[0].length) },
  ];
  const before = trimLine(sliceLine(line, 0, rawMatch.index));
  if (before.value.length >= 2 && !/[:：]$/u.test(before.value)) fields.unshift({ name: 'signatory', label: '', line: before });
  return fields;
}

interface MetaFieldSpec {
  name: string;
  label: string;
  line: Line;
}

// A metadata line longer than this may carry the page's chrome and body too (see `splitMetaLine`).
const SHORT_META_LINE = 160;

/** Classify a line, appending what it holds to `out` (most lines are one item; a metadata line may be several). */
function classify(raw: Line, out: Classified[]): void {
  const line = trimLine(raw);
  const text = line.value;
  if (text.length === 0) {
    out.push(BLANK);
    return;
  }
  const facts = scanLine(text);
  const fields = findMetaFields(text, facts);
  if (fields.length > 0 && (text.length <= SHORT_META_LINE || fields.length >= 2 || fields[0]!.labelStart === 0)) {
    if (text.length <= SHORT_META_LINE) metaLine(line, fields, out);
    else splitMetaLine(line, fields, out);
    return;
  }
  const role = chromeRole(text, facts);
  if (role) {
    out.push(chromeItem(role, line));
    return;
  }
  if (facts.pipe ?? /[|｜]/u.test(text)) {
    const cells = splitCells(line, '|');
    const filled = cells.filter((c) => c.value.length > 0);
    if (filled.length >= 2) out.push(rowItem('pipes', cells, line));
    else if (filled.length === 1) classify(filled[0]!, out); // `title | |||||`: one cell of text amid pipe debris
    else out.push(chromeItem('rule', line));
    return;
  }
  if (facts.tab ?? text.includes('\t')) {
    const cells = splitCells(line, '\t');
    if (cells.filter((c) => c.value.length > 0).length >= 2) {
      out.push(rowItem('tabs', cells, line));
      return;
    }
  }
  const dated = dateLine(line);
  if (dated) {
    out.push(metaItem(dated, line));
    return;
  }
  const heading = headingOf(text);
  out.push(heading ? headingItem(heading.depth, heading.marker, line) : textItem(line));
}

/** A line of metadata fields: each value runs to the next label (or to the chrome after it, and what follows that). */
function metaLine(line: Line, fields: readonly FoundField[], out: Classified[]): void {
  const specs: MetaFieldSpec[] = fields.map((f) => ({ name: f.name, label: f.label, line: sliceLine(line, f.valueStart, f.valueEnd) }));
  // `2018年03月23日来源:市发改委`: an unlabelled date before the first label.
  const lead = trimLine(sliceLine(line, 0, fields[0]!.labelStart));
  if (lead.value.length > 0) {
    const dated = dateLine(lead);
    if (dated) specs.unshift(...dated.filter((f) => f.name === 'date'));
  }
  const fieldsEnd = fields[fields.length - 1]!.valueEnd;
  // The block comes first; what follows the fields is read after it (into `out`, behind the block's slot).
  const at = out.length;
  out.push(BLANK);
  afterFields(line, fieldsEnd, out);
  // The block spans the fields only when the line goes on with other things (its nodes never overlap).
  out[at] = metaItem(specs, out.length > at + 1 ? trimLine(sliceLine(line, 0, fieldsEnd)) : line);
}

/** What follows the last field's value: the widget words are skipped, the rest is read on its own (body text). */
function afterFields(line: Line, fieldsEnd: number, out: Classified[]): void {
  const bodyStart = skipChromeTokens(line.value, fieldsEnd);
  if (bodyStart > fieldsEnd) out.push(chromeItem('widget', trimLine(sliceLine(line, fieldsEnd, bodyStart))));
  const rest = trimLine(sliceLine(line, bodyStart, line.value.length));
  if (rest.value.length > 0) classify(rest, out);
}

/**
 * A long line holding breadcrumbs, fields, share widgets and the body (`当前位置：… 来源：X 时间：2016-01-20 00:00 微信
 * 微博 … 2015年我局主动公开…`): what precedes the first field is read on its own (chrome or text), each field keeps
 * just its value, the widget words after the fields are skipped, and the rest is read as body text.
 */
function splitMetaLine(line: Line, found: readonly FoundField[], out: Classified[]): void {
  const text = line.value;
  const fields = found.map((f) => boundFieldValue(text, f));
  const lead = trimLine(sliceLine(line, 0, fields[0]!.labelStart));
  if (lead.value.length > 0) classify(lead, out);
  const specs = fields.map((f) => ({ name: f.name, label: f.label, line: trimLine(sliceLine(line, f.valueStart, f.valueEnd)) }));
  const fieldsEnd = fields[fields.length - 1]!.valueEnd;
  out.push(metaItem(specs, sliceLine(line, fields[0]!.labelStart, fieldsEnd)));
  afterFields(line, fieldsEnd, out);
}

// A row of `pdftotext -layout` text: cells apart by runs of spaces, with a figure among them. Not prose to re-join.
const ALIGNED_ROW = /\S(?:[ \u3000\u00a0]{2,}|\t)\S.*\S(?:[ \u3000\u00a0]{2,}|\t)\S/u;
const alignedRow = (value: string): boolean => value.length <= 400 && /\d/u.test(value) && ALIGNED_ROW.test(value);

/** Hard-wrapped text (PDF): most longer lines end without sentence punctuation. */
function looksWrapped(lines: readonly Classified[]): boolean {
  const texts = lines.filter((c) => c.kind === 'text' && c.line.value.length >= 10 && !alignedRow(c.line.value));
  if (texts.length < 5) return false;
  const open = texts.filter((c) => !endsTerminal(c.line.value)).length;
  return open / texts.length >= 0.6;
}

/** Build the tree from front-end items. */
export function buildTree(items: readonly TreeItem[], options: BuildOptions): Root {
  const { locate, input } = options;
  const classified: Classified[] = [];
  for (const item of items) {
    if (item.kind === 'line') classify(item.line, classified);
    else if (item.kind === 'field') classified.push(metaItem([{ name: item.name, label: item.label, line: item.line }], item.line));
    else if (item.kind === 'table') classified.push(classifiedTable(item.table));
    else classified.push(BREAK);
  }
  // Only text lines count (tables and breaks are not lines of the text).
  const wrapped = options.joinWrappedLines && looksWrapped(classified);

  const root: Root = {
    type: 'root',
    children: [],
    position: locate(0, input.length),
    data: { inputType: options.inputType, length: input.length, items, ...(options.budget ? { budget: options.budget } : {}) },
  };
  const stack: Section[] = [];
  const append = (node: Block | Section): void => {
    const parent = stack[stack.length - 1];
    (parent ? parent.children : root.children).push(node);
  };

  let pending: Line[] = [];
  const flushParagraph = (): void => {
    if (pending.length === 0) return;
    const joined = joinLines(pending, input);
    pending = [];
    const sentences = splitSentences(joined).map((s) => sentenceNode(s, locate));
    if (sentences.length === 0) return;
    const paragraph: Paragraph = { type: 'paragraph', children: sentences, position: locate(joined.start, joined.end) };
    append(paragraph);
  };

  let rows: Array<{ origin: 'pipes' | 'tabs'; cells: Line[] }> = [];
  const flushRows = (): void => {
    if (rows.length === 0) return;
    const origin = rows[0]!.origin;
    const raw: RawCell[][] = rows.map((r) => r.cells.map((line) => ({ line, rowspan: 1, colspan: 1, header: false })));
    rows = [];
    appendTable(buildTable(raw, origin, locate, options.budget));
  };
  const appendTable = (table: Table): void => {
    const meta = metaFromTable(table, locate);
    append(meta ?? table);
  };

  for (const c of classified) {
    if (c.kind !== 'row') flushRows();
    switch (c.kind) {
      case 'row':
        flushParagraph();
        if (rows.length > 0 && rows[0]!.origin !== c.origin) flushRows();
        rows.push({ origin: c.origin, cells: c.cells });
        break;
      case 'text': {
        const prev = pending[pending.length - 1];
        const fragment = isFragment(c.line.value) || (prev !== undefined && isFragment(prev.value));
        const continues =
          prev !== undefined &&
          !endsTerminal(prev.value) &&
          (wrapped || fragment || endsOpenClause(prev.value)) &&
          !alignedRow(c.line.value) &&
          !alignedRow(prev.value);
        if (!continues) flushParagraph();
        pending.push(c.line);
        break;
      }
      case 'blank':
      case 'break':
        flushParagraph();
        break;
      case 'table':
        flushParagraph();
        appendTable(c.table!);
        break;
      case 'chrome': {
        flushParagraph();
        const node: Chrome = { type: 'chrome', role: c.role, ...textProps(c.line, locate) };
        append(node);
        break;
      }
      case 'meta':
        flushParagraph();
        append(metaBlock(c.fields, c.line, locate));
        break;
      case 'heading': {
        flushParagraph();
        const heading: Heading = { type: 'heading', depth: c.depth, marker: c.marker, ...textProps(c.line, locate) };
        while (stack.length > 0 && stack[stack.length - 1]!.depth >= c.depth) stack.pop();
        const section: Section = { type: 'section', depth: c.depth, children: [heading], position: heading.position };
        append(section);
        stack.push(section);
        break;
      }
    }
  }
  flushRows();
  flushParagraph();
  closePositions(root.children, locate);
  return root;
}

/** A sentence node (the object literal of its shape: sentences are the most numerous nodes, no spread per node). */
function sentenceNode(line: Line, locate: Locator): Sentence {
  const position = locate(line.start, line.end);
  return line.offsets
    ? { type: 'sentence', value: line.value, offsets: line.offsets, position }
    : { type: 'sentence', value: line.value, position };
}

function metaBlock(fields: MetaFieldSpec[], line: Line, locate: Locator): MetaBlock {
  const children: MetaField[] = fields.map((f) => ({ type: 'metaField', name: f.name, label: f.label, ...textProps(f.line, locate) }));
  return { type: 'metaBlock', children, position: locate(line.start, line.end) };
}

/** A 索引号 | … | 发布机构 | … table is page metadata: label cells followed by value cells. */
function metaFromTable(table: Table, locate: Locator): MetaBlock | null {
  const first = table.children[0]?.children[0];
  if (!first || !metaLabelName(first.value)) return null;
  const children: MetaField[] = [];
  for (const row of table.children) {
    const cells = row.children.filter((cell) => !cell.spanOf);
    for (let i = 0; i + 1 < cells.length; i++) {
      const name = metaLabelName(cells[i]!.value);
      if (!name) continue;
      const value = cells[i + 1]!;
      children.push({
        type: 'metaField',
        name,
        label: cells[i]!.value,
        value: value.value,
        ...(value.offsets ? { offsets: value.offsets } : {}),
        position: value.position,
      });
      i++;
    }
  }
  return children.length > 0 ? { type: 'metaBlock', children, position: table.position } : null;
}

/** Give every section the span of its content. */
function closePositions(nodes: Array<Block | Section>, locate: Locator): void {
  for (const node of nodes) {
    if (node.type !== 'section') continue;
    closePositions(node.children as Array<Block | Section>, locate);
    const last = node.children[node.children.length - 1]!;
    node.position = locate(node.position.start.offset ?? 0, last.position!.end.offset ?? 0);
  }
}
