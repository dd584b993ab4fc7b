/**
 * HTML → report tree, through hast (hast-util-from-html, positions on). Block elements and <br> end lines; data
 * tables become grid tables (rowspan/colspan kept); layout tables (a whole page inside a <td>) are read as blocks.
 * Every character keeps the source offset it was read from, entities included, so provenance points into the HTML.
 */
import type { Element, Nodes as HastNodes, Text as HastText } from 'hast';
import { fromHtml } from 'hast-util-from-html';
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

/** Accumulates characters with their source offsets. */
class TextRun {
  private chars: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];

  get length(): number {
    return this.chars.length;
  }

  push(ch: string, start: number, end: number): void {
    this.chars.push(ch);
    this.starts.push(start);
    this.ends.push(end);
  }

  /** Take the run as a line (trimmed), or null when it holds only white space. */
  take(): Line | null {
    if (this.chars.length === 0) return null;
    const line: Line = {
      value: this.chars.join(''),
      start: this.starts[0]!,
      end: this.ends[this.ends.length - 1]!,
      offsets: { start: Int32Array.from(this.starts), end: Int32Array.from(this.ends) },
    };
    this.chars = [];
    this.starts = [];
    this.ends = [];
    const trimmed = trimLine(line);
    return trimmed.value.length > 0 ? trimmed : null;
  }
}

/** Align a hast text node's decoded value with its raw source slice (entities, CRLF) and push it. */
function pushText(node: HastText, input: string, run: TextRun): void {
  const value = node.value;
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  if (s === undefined || e === undefined) return;
  const raw = input.slice(s, e);
  if (raw === value) {
    for (let i = 0; i < value.length; i++) run.push(value[i]!, s + i, s + i + 1);
    return;
  }
  let j = 0;
  let lastEntity: [number, number] | null = null;
  let tagsClosed = true;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    // Malformed HTML (a <tr> outside any table): the parser merges text across dropped tags; skip them in the source.
    while (tagsClosed && raw[j] === '<' && ch !== '<') {
      const close = raw.indexOf('>', j);
      if (close < 0) tagsClosed = false;
      else j = close + 1;
    }
    if (raw[j] === '\r' && ch === '\n') {
      j += raw[j + 1] === '\n' ? 2 : 1;
      run.push(ch, s + j - 1, s + j);
      lastEntity = null;
      continue;
    }
    if (raw[j] === ch) {
      run.push(ch, s + j, s + j + 1);
      j++;
      lastEntity = null;
      continue;
    }
    if (raw[j] === '&') {
      let k = j + 1;
      while (k < raw.length && k - j < 40 && /[#0-9A-Za-z]/.test(raw[k]!)) k++;
      if (raw[k] === ';') k++;
      run.push(ch, s + j, s + k);
      lastEntity = [s + j, s + k];
      j = k;
      continue;
    }
    // The second UTF-16 unit of a decoded entity, or a character the parser replaced: map to the nearest source.
    const at: [number, number] = lastEntity ?? [s + Math.min(j, raw.length - 1), s + Math.min(j + 1, raw.length)];
    run.push(ch, at[0], at[1]);
    if (!lastEntity) j++;
  }
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
  const run = new TextRun();
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

export function treeFromHtml(input: string, locate: Locator): Root {
  const hast = fromHtml(input);
  const items: TreeItem[] = [];
  const run = new TextRun();
  const flush = (): void => {
    const line = run.take();
    if (line) items.push({ kind: 'line', line });
  };

  const cellLine = (cell: Element): Line => {
    const cellRun = new TextRun();
    const visit = (node: HastNodes): void => {
      if (node.type === 'text') pushText(node, input, cellRun);
      else if (node.type === 'element') {
        if (SKIPPED.has(node.tagName)) return;
        const block = node.tagName === 'br' || BLOCKS.has(node.tagName);
        const at = node.position?.start.offset ?? 0;
        if (block && cellRun.length > 0) cellRun.push('\n', at, at);
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
        const rawRows: RawCell[][] = tableRows(node).map((tr) =>
          rowCells(tr).map((cell) => ({
            line: cellLine(cell),
            rowspan: span(cell.properties?.rowSpan),
            colspan: span(cell.properties?.colSpan),
            header: cell.tagName === 'th',
          })),
        );
        items.push({ kind: 'table', table: buildTable(rawRows, 'html', locate) });
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
  return buildTree(items, { input, locate, inputType: 'html', joinWrappedLines: false });
}
