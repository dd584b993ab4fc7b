/**
 * HTML → report tree, read from parse5's document tree (positions on). Block elements and <br> end lines; data
 * tables become grid tables (rowspan/colspan kept); layout tables (a whole page inside a <td>) are read as blocks.
 * Every character keeps the source offset it was read from, entities included, so provenance points into the HTML.
 *
 * parse5's own tree is read directly: it used to be converted to hast first (hast-util-from-html), which cost a
 * third of the HTML front end. Tag names and the two attributes read (rowspan, colspan) are read as that conversion
 * read them (see tagOf and spanAttribute), so the tree is the same.
 */
import { DecodingMode, HtmlEntityDecoder } from 'entities/decode';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { Budget } from '../budget.js';
import { buildTree, type TreeItem } from './build-tree.js';
import { BREAK_ITEM, fieldItem, lineItem, tableItem } from './items.js';
import { type Line, sliceLine, trimLine } from './lines.js';
import type { Locator } from './positions.js';
import { type RawCell, buildTable } from './table-grid.js';
import type { Root } from './types.js';

type HtmlNode = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type HtmlText = DefaultTreeAdapterMap['textNode'];

const isElement = (node: HtmlNode): node is Element => 'tagName' in node;
const isText = (node: HtmlNode): node is HtmlText => node.nodeName === '#text';
/** The child nodes of an element or the document (a template's are in its content, which is not read). */
const childrenOf = (node: HtmlNode): readonly HtmlNode[] => ('childNodes' in node ? node.childNodes : []);

/**
 * An element's tag name as hastscript made it from parse5's: a `.` or `#` starts a selector's class or id (`<td.x>`
 * is a `td`), an empty name is a `div`, and the name is lower-cased.
 */
function tagOf(element: Element): string {
  const name = element.tagName;
  const dot = name.indexOf('.');
  const hash = name.indexOf('#');
  const cut = dot === -1 ? hash : hash === -1 ? dot : Math.min(dot, hash);
  const head = cut === -1 ? name : name.slice(0, cut);
  return (head || 'div').toLowerCase();
}

/** A rowspan/colspan attribute as hastscript read it: a number when the whole value is one, else the string. */
function spanAttribute(element: Element, name: 'rowspan' | 'colspan'): unknown {
  const attribute = element.attrs.find((a) => a.name === name && !a.prefix);
  if (!attribute) return undefined;
  const value = attribute.value;
  return value && !Number.isNaN(Number(value)) ? Number(value) : value;
}

const startOffset = (node: Element | HtmlText): number | undefined => node.sourceCodeLocation?.startOffset;

const SKIPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'math', 'select', 'option', 'button',
  'textarea', 'input', 'object', 'embed', 'canvas', 'audio', 'video', 'map',
]);
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr',
  'ul', 'caption',
]);
// A cell with more text than this is page layout, not a statistics cell.
const LAYOUT_CELL_CHARS = 300;

/**
 * Accumulates the text of a line with its source offsets, a piece at a time: a piece read unit for unit from the
 * source (a text node as written, or a stretch of one between the places the parser changed) is kept as its string
 * and start offset; a piece the parser made of something else (a character reference, a replaced character, a line
 * break standing for a block tag) as its string and the source range each of its units came from. The offset map is
 * filled once, when the line is taken: no per-character arrays.
 */
class TextRun {
  private parts: string[] = [];
  private starts: number[] = [];
  /** -1 for a piece read unit for unit from the source; else the end of the source range of each unit. */
  private ends: number[] = [];
  length = 0;

  private reset(): void {
    this.parts = [];
    this.starts = [];
    this.ends = [];
    this.length = 0;
  }

  /** `text`, read unit for unit from the source at `start`. */
  pushSlice(text: string, start: number): void {
    if (text.length === 0) return;
    this.parts.push(text);
    this.starts.push(start);
    this.ends.push(-1);
    this.length += text.length;
  }

  /** `text`, every unit of it read from the source range `[start, end)`. */
  pushMapped(text: string, start: number, end: number): void {
    this.parts.push(text);
    this.starts.push(start);
    this.ends.push(end);
    this.length += text.length;
  }

  constructor(private readonly input: string) {}

  /** Take the run as a line (trimmed), or null when it holds only white space. */
  take(): Line | null {
    const n = this.length;
    if (n === 0) return null;
    // One text node as written (most lines of a page): a verbatim slice needs no offset map.
    const only = this.parts.length === 1 && this.ends[0] === -1 ? this.parts[0]! : null;
    if (only !== null && this.input.startsWith(only, this.starts[0]!)) {
      const line: Line = { value: only, start: this.starts[0]!, end: this.starts[0]! + n };
      this.reset();
      const trimmed = trimLine(line);
      return trimmed.value.length > 0 ? trimmed : null;
    }
    const start = new Int32Array(n);
    const end = new Int32Array(n);
    let k = 0;
    for (let p = 0; p < this.parts.length; p++) {
      const units = this.parts[p]!.length;
      const from = this.starts[p]!;
      const to = this.ends[p]!;
      for (let i = 0; i < units; i++, k++) {
        start[k] = to < 0 ? from + i : from;
        end[k] = to < 0 ? from + i + 1 : to;
      }
    }
    const line: Line = { value: this.parts.join(''), start: start[0]!, end: end[n - 1]!, offsets: { start, end } };
    this.reset();
    const trimmed = trimLine(line);
    return trimmed.value.length > 0 ? trimmed : null;
  }
}

const MARKUP_AFTER_LT = /^[A-Za-z/!?]$/u;

/** The end of the tag that opens at `at` (after its `>`), or -1; a `>` inside a quoted attribute value does not close it. */
function tagEnd(raw: string, at: number): number {
  let quote = '';
  let afterEquals = false;
  for (let k = at + 1; k < raw.length; k++) {
    const c = raw[k]!;
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    if (c === '>') return k + 1;
    if ((c === '"' || c === "'") && afterEquals) quote = c;
    else if (c === '=') afterEquals = true;
    else if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r' && c !== '\f') afterEquals = false;
  }
  return -1;
}

// The character-reference decoder parse5 itself uses, so an entity is read exactly as the parser read it.
let decoded: number[] = [];
const entityDecoder = new HtmlEntityDecoder((cp) => decoded.push(cp));

/** The character reference at `raw[at]` (`&`): its decoded text and its length in the source, or null. */
function entityAt(raw: string, at: number): { text: string; length: number } | null {
  decoded = [];
  entityDecoder.startEntity(DecodingMode.Legacy);
  let length = entityDecoder.write(raw, at + 1);
  if (length < 0) length = entityDecoder.end();
  return length > 0 ? { text: String.fromCodePoint(...decoded), length } : null;
}

/**
 * Align a hast text node's decoded value with its raw source slice and push it. The parser merges text across tags
 * it drops (a <tr> outside any table), decodes character references, drops NUL characters and folds CRLF; each is
 * stepped over in the source, so every character keeps the offset it was read from.
 */
function pushText(node: HtmlText, input: string, run: TextRun): void {
  const value = node.value;
  const s = node.sourceCodeLocation?.startOffset;
  const e = node.sourceCodeLocation?.endOffset;
  if (s === undefined || e === undefined) return;
  const raw = input.slice(s, e);
  if (raw === value) {
    run.pushSlice(value, s);
    return;
  }
  // A stretch of `value` read unit for unit from the source: `value[from, from + units)` at `s + source`.
  let from = 0;
  let source = 0;
  let units = 0;
  const flush = (): void => {
    if (units > 0) run.pushSlice(value.slice(from, from + units), s + source);
    units = 0;
  };
  /** `value[i]`, read from the source unit at `raw[at]`. */
  const unit = (i: number, at: number): void => {
    if (units > 0 && from + units === i && source + units === at) {
      units++;
      return;
    }
    flush();
    from = i;
    source = at;
    units = 1;
  };
  let j = 0;
  let tagsClosed = true;
  for (let i = 0; i < value.length; ) {
    const ch = value[i]!;
    // `<` opens markup when a letter, `/`, `!` or `?` follows (the tokenizer's rule), unless the text itself goes on
    // with it (`<b>` as text in a <title>); a dropped tag before a decoded `&lt;` is still markup.
    const literal = ch === '<' && raw[j + 1] === value[i + 1];
    if (tagsClosed && raw[j] === '<' && !literal && MARKUP_AFTER_LT.test(raw[j + 1] ?? '')) {
      const close = tagEnd(raw, j);
      if (close < 0) tagsClosed = false;
      else j = close;
      continue;
    }
    // The parser drops a NUL character in body text, or (in some contexts) replaces it with U+FFFD.
    if (raw[j] === '\0' && ch !== '\0' && ch !== '\uFFFD') {
      j++;
      continue;
    }
    if (raw[j] === '\r' && ch === '\n') {
      j += raw[j + 1] === '\n' ? 2 : 1;
      unit(i, j - 1);
      i++;
      continue;
    }
    if (raw[j] === '&') {
      const entity = entityAt(raw, j);
      if (entity && value.startsWith(entity.text, i)) {
        flush();
        run.pushMapped(entity.text, s + j, s + j + entity.length);
        i += entity.text.length;
        j += entity.length;
        continue;
      }
    }
    // The character itself, or one the parser replaced (U+FFFD): one source character each (the last one again
    // when the text runs past its source).
    if (j < raw.length) unit(i, j);
    else {
      flush();
      run.pushMapped(ch, s + raw.length - 1, s + raw.length);
    }
    i++;
    j++;
  }
  flush();
}

function textLength(node: HtmlNode): number {
  if (isText(node)) return node.value.trim().length;
  if (isElement(node) || node.nodeName === '#document') {
    if (isElement(node) && SKIPPED.has(tagOf(node))) return 0;
    let n = 0;
    for (const child of childrenOf(node)) n += textLength(child);
    return n;
  }
  return 0;
}

// A page title's tail names the column and the site: 某县2015年政府信息公开工作年度报告_年度报告_某县人民政府.
const TITLE_TAIL = /[_｜|]|[\s\u3000]+[-－—–][\s\u3000]+/u;

/** The text of the <title> in <head>, without the column and site names behind it. */
function pageTitle(head: Element, input: string): Line | null {
  const title = head.childNodes.find((c): c is Element => isElement(c) && tagOf(c) === 'title');
  if (!title) return null;
  const run = new TextRun(input);
  for (const child of title.childNodes) if (isText(child)) pushText(child, input, run);
  const line = run.take();
  if (!line) return null;
  const tail = TITLE_TAIL.exec(line.value);
  return tail && tail.index >= 6 ? trimLine(sliceLine(line, 0, tail.index)) : line;
}

function hasDescendant(node: Element, tag: string): boolean {
  return node.childNodes.some((child) => isElement(child) && (tagOf(child) === tag || hasDescendant(child, tag)));
}

/** The <tr> elements of a table, not those of nested tables. */
function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (node: Element): void => {
    for (const child of node.childNodes) {
      if (!isElement(child)) continue;
      const tag = tagOf(child);
      if (tag === 'tr') rows.push(child);
      else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') visit(child);
    }
  };
  visit(table);
  return rows;
}

const isCellTag = (tag: string): boolean => tag === 'td' || tag === 'th';

function rowCells(row: Element): Element[] {
  return row.childNodes.filter((child): child is Element => isElement(child) && isCellTag(tagOf(child)));
}

function isDataTable(table: Element): boolean {
  if (hasDescendant(table, 'table')) return false;
  const rows = tableRows(table);
  if (rows.length === 0) return false;
  let wide = false;
  for (const row of rows) {
    const cells = rowCells(row);
    if (cells.length >= 2) wide = true;
    if (cells.some((cell) => textLength(cell) > LAYOUT_CELL_CHARS)) return false;
  }
  return wide;
}

function span(value: unknown): number {
  const n = typeof value === 'number' ? value : Number.parseInt(String(value ?? '1'), 10);
  return Number.isFinite(n) && n >= 1 ? Math.floor(n) : 1;
}

export function treeFromHtml(input: string, locate: Locator, budget = new Budget()): Root {
  // What hast-util-from-html asked of parse5 (no error reports: they are not read).
  const document = parse(input, { sourceCodeLocationInfo: true, scriptingEnabled: false });
  const items: TreeItem[] = [];
  const run = new TextRun(input);
  const flush = (): void => {
    const line = run.take();
    if (line) items.push(lineItem(line));
  };

  const cellLine = (cell: Element): Line => {
    const cellRun = new TextRun(input);
    const visit = (node: HtmlNode): void => {
      if (isText(node)) pushText(node, input, cellRun);
      else if (isElement(node)) {
        const tag = tagOf(node);
        if (SKIPPED.has(tag)) return;
        const block = tag === 'br' || BLOCKS.has(tag);
        const at = startOffset(node) ?? 0;
        if (block && cellRun.length > 0) cellRun.pushMapped('\n', at, at);
        for (const child of node.childNodes) visit(child);
      }
    };
    for (const child of cell.childNodes) visit(child);
    const at = startOffset(cell) ?? 0;
    return cellRun.take() ?? { value: '', start: at, end: at };
  };

  const visit = (node: HtmlNode): void => {
    if (isText(node)) {
      pushText(node, input, run);
      return;
    }
    if (!isElement(node) && node.nodeName !== '#document') return;
    if (isElement(node)) {
      const tag = tagOf(node);
      if (tag === 'head') {
        const title = pageTitle(node, input);
        if (title) items.push(fieldItem('title', 'title', title));
        return;
      }
      if (SKIPPED.has(tag)) return;
      if (tag === 'br') {
        flush();
        return;
      }
      if (tag === 'table' && isDataTable(node)) {
        flush();
        // Cells past the budget are not even read: one more than is left reaches buildTable, which notes the excess.
        let room = budget.left('cells') + 1;
        const rawRows: RawCell[][] = [];
        for (const tr of tableRows(node)) {
          if (room <= 0) break;
          const cells: RawCell[] = [];
          for (const cell of rowCells(tr)) {
            if (room-- <= 0) break;
            const rowspan = span(spanAttribute(cell, 'rowspan'));
            const colspan = span(spanAttribute(cell, 'colspan'));
            cells.push({ line: cellLine(cell), rowspan, colspan, header: tagOf(cell) === 'th' });
          }
          rawRows.push(cells);
        }
        items.push(tableItem(buildTable(rawRows, 'html', locate, budget)));
        return;
      }
      const block = BLOCKS.has(tag);
      if (block) {
        flush();
        if (tag === 'p' || tag === 'table' || tag === 'hr') items.push(BREAK_ITEM);
      }
      for (const child of node.childNodes) visit(child);
      if (block) flush();
      return;
    }
    for (const child of childrenOf(node)) visit(child);
  };
  visit(document);
  flush();
  return buildTree(items, { input, locate, inputType: 'html', joinWrappedLines: false, budget });
}
