/**
 * The report syntax tree (unist). Every node has a `position` into the original input (HTML included); text-bearing
 * nodes also keep `offsets`, the source offset of each character of `value` when `value` is not a verbatim slice
 * (HTML entities, joined lines), so any match inside them maps back exactly.
 */
import type { Budget } from '../budget.js';
import type { Node, Parent, Position } from 'unist';
import type { Line } from './lines.js';

/** Source offsets per UTF-16 unit of `value`: `start[i]`..`end[i]` is where `value[i]` came from. */
export interface OffsetMap {
  readonly start: Int32Array;
  readonly end: Int32Array;
}

interface TextBearing extends Node {
  position: Position;
  /** The text as read (entities decoded, tags removed, wrapped lines joined). */
  value: string;
  /** Absent when `value` is exactly `input.slice(position.start.offset, position.end.offset)`. */
  offsets?: OffsetMap;
}

/** A sentence: the unit most rules read. */
export interface Sentence extends TextBearing {
  type: 'sentence';
}

/** A section heading (一、/（一）/1.). */
export interface Heading extends TextBearing {
  type: 'heading';
  depth: 1 | 2 | 3;
  /** The numbering marker as written (一、, （二）, 3.). */
  marker: string;
}

export interface Paragraph extends Parent {
  type: 'paragraph';
  position: Position;
  children: Sentence[];
}

/** One cell of a table grid; spanned cells are repeated with `spanOf` pointing at the origin cell. */
export interface Cell extends TextBearing {
  type: 'cell';
  row: number;
  column: number;
  rowspan: number;
  colspan: number;
  /** For a grid slot covered by a spanning cell: the [row, column] of the cell that spans it. */
  spanOf?: [number, number];
  header?: boolean;
}

export interface Row extends Parent {
  type: 'row';
  position: Position;
  children: Cell[];
}

/** A table, from HTML `<table>`, from text (pipes, tabs) or from a PDF page's ruling lines. Rows are a full grid (spans expanded). */
export interface Table extends Parent {
  type: 'table';
  position: Position;
  /** How the table reached us. */
  origin: 'html' | 'pipes' | 'tabs' | 'pdf';
  children: Row[];
}

/** A labelled metadata field (发布日期, 来源, 发布机构, 索引号 …). */
export interface MetaField extends TextBearing {
  type: 'metaField';
  /** Canonical field name: publishedAt, source, agency, index, docNumber, writtenAt, updatedAt, date. */
  name: string;
  /** The label as written. */
  label: string;
}

/** A line or block of page metadata (date/source/counter lines, the 索引号 block). */
export interface MetaBlock extends Parent {
  type: 'metaBlock';
  position: Position;
  children: MetaField[];
}

/** Page chrome that is recognised and skipped (breadcrumbs, counters, print/close, QR prompts). */
export interface Chrome extends TextBearing {
  type: 'chrome';
  role: 'breadcrumb' | 'counter' | 'widget' | 'footer' | 'rule';
}

export type Block = Paragraph | Table | MetaBlock | Chrome | Heading;

export interface Section extends Parent {
  type: 'section';
  depth: 1 | 2 | 3;
  position: Position;
  children: Array<Heading | Block | Section>;
}

export interface Root extends Parent {
  type: 'root';
  position: Position;
  children: Array<Block | Section>;
  data?: {
    inputType?: 'text' | 'html';
    length?: number;
    /** The document's resource budget, for readers of the tree that build more from it (cell tokens). */
    budget?: Budget;
    /** The lines and tables the tree was built from, in reading order (table readers re-read them as cells). */
    items?: readonly TreeItem[];
  };
}

/**
 * What a front-end hands to the tree builder: raw lines (mapped to the source), tables, and block breaks. Every kind
 * has every field (undefined where it has none), in one order, made by the factories of `tree/items.ts`: the tree
 * builder and the table readers loop over thousands of these, and items of four shapes made V8 deoptimise them.
 */
export type TreeItem =
  | { readonly kind: 'line'; readonly line: Line; readonly name: undefined; readonly label: undefined; readonly table: undefined }
  /** A metadata field the front-end found outside the body (an HTML page's <title>). */
  | { readonly kind: 'field'; readonly line: Line; readonly name: string; readonly label: string; readonly table: undefined }
  | { readonly kind: 'table'; readonly line: undefined; readonly name: undefined; readonly label: undefined; readonly table: Table }
  | { readonly kind: 'break'; readonly line: undefined; readonly name: undefined; readonly label: undefined; readonly table: undefined };

export type ReportNode = Root | Section | Block | Sentence | Row | Cell | MetaField;
export type TextNode = Sentence | Heading | Cell | MetaField | Chrome;
