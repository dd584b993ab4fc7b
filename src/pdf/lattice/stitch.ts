/**
 * Tables broken across pages joined again. A table that is the last thing on page n (only page furniture below it)
 * and one that is the first thing on page n+1 (only furniture above it) are one table when their outer edges agree and
 * the column edges of one are among those of the other (a continuation often carries fewer inner lines, its merged
 * cells spanning them). The joined grid takes the union of both column edge sets. Header rows the continuation repeats
 * are dropped; cells whose top border is left open on page n+1 (a merged cell going on) extend the cell above them.
 */
import type { Box, PdfPage, PdfTable, PdfTableCell, PdfTextBox } from '../types.js';
import { lowerBound } from './components.js';
import { byPosition, normaliseLines, pieceAround } from './lines.js';
import { Margins } from './margins.js';
import { SNAP } from './tolerances.js';

interface MutableCell {
  row: number;
  column: number;
  rowspan: number;
  colspan: number;
  box: Box;
  texts: PdfTextBox[];
  page: number;
}

export function stitchTables(tables: readonly PdfTable[], pages: readonly PdfPage[]): PdfTable[] {
  const byNumber = new Map(pages.map((p) => [p.number, p]));
  const margins = new Margins(byNumber);
  const ordered = [...tables].sort((a, b) => a.page - b.page || boxesOf(a)[0]![1] - boxesOf(b)[0]![1]);
  const out: PdfTable[] = [];
  ordered.forEach((table, i) => {
    const previous = out[out.length - 1];
    const firstOnPage = i === 0 || ordered[i - 1]!.page !== table.page;
    if (previous && firstOnPage && continues(previous, table, byNumber, margins)) {
      out[out.length - 1] = join(previous, table, byNumber.get(table.page)!);
    } else out.push(table);
  });
  return out;
}

function boxesOf(table: PdfTable): readonly Box[] {
  if (table.boxes && table.boxes.length > 0) return table.boxes;
  let box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const cell of table.cells) {
    box = [Math.min(box[0], cell.box[0]), Math.min(box[1], cell.box[1]), Math.max(box[2], cell.box[2]), Math.max(box[3], cell.box[3])];
  }
  return [box];
}

function continues(previous: PdfTable, next: PdfTable, pages: ReadonlyMap<number, PdfPage>, margins: Margins): boolean {
  const lastPage = previous.pages[previous.pages.length - 1] ?? previous.page;
  if (next.page !== lastPage + 1 || next.pages.length !== 1) return false;
  const pageBefore = pages.get(lastPage);
  const pageAfter = pages.get(next.page);
  if (!pageBefore || !pageAfter) return false;
  if (!sameOuterEdges(previous.columns, next.columns) || !columnsNest(previous.columns, next.columns)) return false;
  const boxes = boxesOf(previous);
  return margins.onlyFurniture(boxes[boxes.length - 1]!, 'below', pageBefore) && margins.onlyFurniture(boxesOf(next)[0]!, 'above', pageAfter);
}

function sameOuterEdges(a: readonly number[], b: readonly number[]): boolean {
  return a.length > 1 && b.length > 1 && Math.abs(a[0]! - b[0]!) <= SNAP && Math.abs(a[a.length - 1]! - b[b.length - 1]!) <= SNAP;
}

const near = (edges: readonly number[], x: number): boolean => edges.some((e) => Math.abs(e - x) <= SNAP);

/** Every column edge of one table is an edge of the other. */
function columnsNest(a: readonly number[], b: readonly number[]): boolean {
  return a.every((x) => near(b, x)) || b.every((x) => near(a, x));
}

/** The union of two sorted edge lists, an edge within SNAP of one already taken counting once. */
function unionEdges(a: readonly number[], b: readonly number[]): number[] {
  const out = [...a];
  for (const x of b) if (!near(out, x)) out.push(x);
  return out.sort((p, q) => p - q);
}

function nearestEdge(edges: readonly number[], x: number): number {
  const k = lowerBound(edges, x);
  if (k <= 0) return 0;
  if (k >= edges.length) return edges.length - 1;
  return x - edges[k - 1]! <= edges[k]! - x ? k - 1 : k;
}

function remap(table: PdfTable, edges: readonly number[], rowOffset: number): MutableCell[] {
  return table.cells.map((cell) => {
    const column = nearestEdge(edges, cell.box[0]);
    const end = Math.max(column + 1, nearestEdge(edges, cell.box[2]));
    return {
      row: cell.row + rowOffset,
      column,
      rowspan: cell.rowspan,
      colspan: end - column,
      box: cell.box,
      texts: [...cell.texts],
      page: cell.page ?? table.page,
    };
  });
}

/** Row bands: runs of rows that no cell crosses out of, as [start, end). */
function bands(cells: readonly MutableCell[], rowCount: number, firstRow: number): [number, number][] {
  const crossed = new Uint8Array(rowCount + 1);
  for (const c of cells) for (let k = c.row + 1; k < c.row + c.rowspan; k++) crossed[k - firstRow] = 1;
  const out: [number, number][] = [];
  let start = 0;
  for (let k = 1; k <= rowCount; k++) {
    if (k === rowCount || !crossed[k]) {
      out.push([start + firstRow, k + firstRow]);
      start = k;
    }
  }
  return out;
}

const cellText = (c: MutableCell): string => c.texts.map((t) => t.text).join('');
const DIGIT = /[0-9０-９]/;

function bandSignature(cells: readonly MutableCell[], [start, end]: [number, number]): string {
  return cells
    .filter((c) => c.row >= start && c.row < end)
    .map((c) => `${c.row - start},${c.column},${c.rowspan},${c.colspan},${cellText(c)}`)
    .join('\u0000');
}

function join(previous: PdfTable, next: PdfTable, pageAfter: PdfPage): PdfTable {
  const edges = unionEdges(previous.columns, next.columns);
  const head = remap(previous, edges, 0);
  let tail = remap(next, edges, 0);
  // A header the continuation repeats: its leading bands equal the table's leading bands.
  const headBands = bands(head, previous.rowCount, 0);
  const tailBands = bands(tail, next.rowCount, 0);
  let dropped = 0;
  for (let k = 0; k < tailBands.length && k < headBands.length; k++) {
    const signature = bandSignature(tail, tailBands[k]!);
    if (signature === '' || signature !== bandSignature(head, headBands[k]!)) break;
    dropped = tailBands[k]![1];
  }
  const boundary = previous.rowCount;
  tail = tail.filter((c) => c.row >= dropped).map((c) => ({ ...c, row: c.row - dropped + boundary }));
  let rowCount = previous.rowCount + next.rowCount - dropped;
  if (joinSplitRow(head, tail, boundary)) {
    tail = tail.filter((c) => c.row !== boundary).map((c) => ({ ...c, row: c.row - 1 }));
    rowCount -= 1;
  } else {
    const merged = extendOpenCells(head, tail, boundary, pageAfter);
    tail = tail.filter((c) => !merged.has(c));
  }
  const cells = [...head, ...tail].sort((a, b) => a.row - b.row || a.column - b.column);
  return {
    page: previous.page,
    pages: [...previous.pages, next.page],
    boxes: [...boxesOf(previous), ...boxesOf(next)],
    columns: edges,
    rowCount,
    cells: cells.map(({ texts, ...rest }): PdfTableCell => ({ ...rest, texts })),
  };
}

/** A list marker opening a row label: 一、 （三） (3) 3. — a new row starts there, never the rest of a wrapped label. */
const LIST_MARKER = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[0-9]{1,3}[.．、])/;

/**
 * A row the page break cut in two (producers that let rows break, LibreOffice): the first row on the new page has the
 * same cells as the last row before it, holds no number, is empty where the row before has one, and does not open
 * with a list marker — it is the rest of wrapped labels. Its cells join the cells above (their texts appended, a cell
 * going on further down keeping its extra rows) and the row disappears. Nothing with a digit is ever moved.
 */
function joinSplitRow(head: MutableCell[], tail: readonly MutableCell[], boundary: number): boolean {
  const above = head.filter((c) => c.row + c.rowspan === boundary);
  const below = tail.filter((c) => c.row === boundary);
  if (above.length === 0 || above.length !== below.length) return false;
  const key = (c: MutableCell): string => `${c.column},${c.colspan}`;
  const partner = new Map(above.map((c) => [key(c), c]));
  if (below.some((c) => !partner.has(key(c)) || DIGIT.test(cellText(c)))) return false;
  if (LIST_MARKER.test(below.map(cellText).join(''))) return false;
  if (!below.some((c) => cellText(c) === '' && DIGIT.test(cellText(partner.get(key(c))!)))) return false;
  if (below.every((c) => cellText(c) === '')) return false;
  for (const cell of below) {
    const top = partner.get(key(cell))!;
    top.texts.push(...cell.texts);
    top.rowspan += cell.rowspan - 1;
  }
  return true;
}

/**
 * First-row cells on the new page that go on from the cell above them (same columns, ending at the page break):
 * - a cell whose top border is not drawn, where the producer drew the top border of some other first-row cell (a page
 *   whose continuation has no top line at all says nothing about which cells go on);
 * - an empty cell spanning several rows under a label (text without digits): a merged label cell that the producer
 *   closed at the page break and did not repeat. Values never span rows this way, so no number is copied down.
 */
function extendOpenCells(head: MutableCell[], tail: readonly MutableCell[], boundary: number, page: PdfPage): Set<MutableCell> {
  const merged = new Set<MutableCell>();
  const first = tail.filter((c) => c.row === boundary);
  if (first.length === 0) return merged;
  const top = Math.min(...first.map((c) => c.box[1]));
  const levels = byPosition(normaliseLines(page.segments).horizontal.filter((l) => Math.abs(l.at - top) <= SNAP));
  const drawn = (c: MutableCell): boolean => {
    const x = (c.box[0] + c.box[2]) / 2;
    return [...levels.values()].some((pieces) => pieceAround(pieces, x) >= 0);
  };
  const someDrawn = first.some(drawn);
  for (const cell of first) {
    const above = head.find((c) => c.row + c.rowspan === boundary && c.column === cell.column && c.colspan === cell.colspan);
    if (!above) continue;
    const open = someDrawn && !drawn(cell);
    const label = cellText(above);
    const continuedLabel = cell.texts.length === 0 && cell.rowspan > 1 && label !== '' && !DIGIT.test(label);
    if (!open && !continuedLabel) continue;
    above.rowspan += cell.rowspan;
    above.texts.push(...cell.texts);
    merged.add(cell);
  }
  return merged;
}
