/**
 * HTML → report tree, through hast (hast-util-from-html, positions on). Block elements and <br> end lines; data
 * tables become grid tables (rowspan/colspan kept); layout tables (a whole page inside a <td>) are read as blocks.
 * Every character keeps the source offset it was read from, entities included, so provenance points into the HTML.
 */
import type { Element, Nodes as HastNodes, Text as HastText } from 'hast';
import { DecodingMode, HtmlEntityDecoder } from 'entities/decode';
import { fromHtml } from 'hast-util-from-html';
import { Budget } from '../budget.js';
import { buildTree, type TreeItem } from './build-tree.js';
import { type Line, sliceLine, trimLine } from './lines.js';
import type { Locator } from './positions.js';
import { type RawCell, buildTable } from './table-grid.js';
import type { Root } from './types.js';

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
function pushText(node: HastText, input: string, run: TextRun): void {
  const value = node.value;
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
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

function textLength(node: HastNodes): number {
  if (node.type === 'text') return node.value.trim().length;
  if (node.type === 'element' || node.type === 'root') {
    if (node.type === 'element' && SKIPPED.has(node.tagName)) return 0;
    let n = 0;
    for (const child of node.children) n += textLength(child as HastNodes);
    return n;
  }
  return 0;
}

// A page title's tail names the column and the site: 某县2015年政府信息公开工作年度报告_年度报告_某县人民政府.
const TITLE_TAIL = /[_｜|]|[\s\u3000]+[-－—–][\s\u3000]+/u;

/** The text of the <title> in <head>, without the column and site names behind it. */
function pageTitle(head: Element, input: string): Line | null {
  const title = head.children.find((c): c is Element => c.type === 'element' && c.tagName === 'title');
  if (!title) return null;
  const run = new TextRun(input);
  for (const child of title.children) if (child.type === 'text') pushText(child, input, run);
  const line = run.take();
  if (!line) return null;
  const tail = TITLE_TAIL.exec(line.value);
  return tail && tail.index >= 6 ? trimLine(sliceLine(line, 0, tail.index)) : line;
}

function hasDescendant(node: Element, tag: string): boolean {
  return node.children.some(
    (child) => child.type === 'element' && (child.tagName === tag || hasDescendant(child, tag)),
  );
}

/** The <tr> elements of a table, not those of nested tables. */
function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (node: Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'tr') rows.push(child);
      else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') visit(child);
    }
  };
  visit(table);
  return rows;
}

function rowCells(row: Element): Element[] {
  return row.children.filter(
    (child): child is Element => child.type === 'element' && (child.tagName === 'td' || child.tagName === 'th'),
  );
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
  const hast = fromHtml(input);
  const items: TreeItem[] = [];
  const run = new TextRun(input);
  const flush = (): void => {
    const line = run.take();
    if (line) items.push({ kind: 'line', line });
  };

  const cellLine = (cell: Element): Line => {
    const cellRun = new TextRun(input);
    const visit = (node: HastNodes): void => {
      if (node.type === 'text') pushText(node, input, cellRun);
      else if (node.type === 'element') {
        if (SKIPPED.has(node.tagName)) return;
        const block = node.tagName === 'br' || BLOCKS.has(node.tagName);
        const at = node.position?.start.offset ?? 0;
        if (block && cellRun.length > 0) cellRun.pushMapped('\n', at, at);
        for (const child of node.children) visit(child);
      }
    };
    for (const child of cell.children) visit(child);
    const at = cell.position?.start.offset ?? 0;
    return cellRun.take() ?? { value: '', start: at, end: at };
  };

  const visit = (node: HastNodes): void => {
    if (node.type === 'text') {
      pushText(node, input, run);
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      const tag = node.tagName;
      if (tag === 'head') {
        const title = pageTitle(node, input);
        if (title) items.push({ kind: 'field', name: 'title', label: 'title', line: title });
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
            const rowspan = span(cell.properties?.rowSpan);
            const colspan = span(cell.properties?.colSpan);
            cells.push({ line: cellLine(cell), rowspan, colspan, header: cell.tagName === 'th' });
          }
          rawRows.push(cells);
        }
        items.push({ kind: 'table', table: buildTable(rawRows, 'html', locate, budget) });
        return;
      }
      const block = BLOCKS.has(tag);
      if (block) {
        flush();
        if (tag === 'p' || tag === 'table' || tag === 'hr') items.push({ kind: 'break' });
      }
      for (const child of node.children) visit(child);
      if (block) flush();
      return;
    }
    for (const child of node.children) visit(child);
  };
  visit(hast);
  flush();
  return buildTree(items, { input, locate, inputType: 'html', joinWrappedLines: false, budget });
}
