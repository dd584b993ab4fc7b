/**
 * The document as rules see it: blocks in reading order, sentences with their paragraph and section context,
 * metadata fields, tables, where the body starts and ends, and what the meta step has settled (kind, year).
 */
import type { DocumentKind } from '../schema/report.js';
import type { Locator } from '../tree/positions.js';
import type { Block, Heading, MetaField, Paragraph, Root, Section, Sentence, Table, TextNode } from '../tree/types.js';
import { NormalizedBuffer, normalizeInto } from '../text/normalize.js';
import { TextView } from './text-view.js';

/** A sentence with its context. */
export interface SentenceEntry {
  readonly view: TextView;
  /** Index of the block (paragraph) in `DocumentView.blocks`. */
  readonly blockIndex: number;
  readonly indexInParagraph: number;
  /** The previous sentence of the same paragraph. */
  readonly previous?: TextView;
  /** Headings of the enclosing sections, outermost first. */
  readonly headings: readonly TextView[];
}

export interface MetaFieldEntry {
  readonly name: string;
  readonly label: string;
  readonly view: TextView;
  readonly blockIndex: number;
}

/** Settled document facts that later rules may read. */
export interface DocumentFacts {
  kind?: DocumentKind;
  year?: number;
  /** Where the year was read (source offsets). */
  yearAt?: { start: number; end: number };
}

/** The document's normalised text and where each node's view stands in it. */
export interface NormalizedDocument {
  /** Every heading, sentence, metadata field and (origin) table cell, normalised, in reading order, one per line. */
  readonly text: string;
  readonly nodes: readonly TextNode[];
  /** `starts[i]`: where the view of `nodes[i]` begins in `text` (it ends before the next line break). */
  readonly starts: Int32Array;
  /**
   * `fields[i]` is 1 when `nodes[i]` is a metadata field: look-ups that scan `text` ask it per hit, in a byte array,
   * not by reading `type` off nodes of a dozen shapes.
   */
  readonly fields: Uint8Array;
}

const BODY_MIN_CHARS = 60;
const MENU_TOKEN_MAX = 8;

/** A navigation menu written as one line (首页 机构概况 政务公开 …): many short words, no sentence. It is not the body. */
function isMenu(text: string): boolean {
  if (/[。，,；;]/u.test(text)) return false;
  const tokens = text.split(/[\s\u3000\u00a0]+/u).filter(Boolean);
  return tokens.length >= 5 && tokens.every((t) => t.length <= MENU_TOKEN_MAX);
}

export class DocumentView {
  readonly input: string;
  readonly tree: Root;
  readonly locate: Locator;
  /** Blocks in reading order (sections flattened; headings included). */
  readonly blocks: Array<Block>;
  readonly sentences: SentenceEntry[] = [];
  readonly headings: TextView[] = [];
  readonly metaFields: MetaFieldEntry[] = [];
  readonly tables: Table[] = [];
  /** Index in `blocks` of the first and last body paragraph (-1 when there is none). */
  readonly bodyStart: number;
  readonly bodyEnd: number;
  readonly facts: DocumentFacts = {};
  private readonly views = new Map<TextNode, TextView>();
  /**
   * The document's normalised text: every heading, sentence, metadata field and (origin) table cell in reading
   * order, one line each; `starts[i]` is where `nodes[i]`'s view begins in it (each view is a window of it).
   */
  readonly normalized: NormalizedDocument;
  private allTextCache: string | undefined;

  constructor(tree: Root, input: string, locate: Locator) {
    this.input = input;
    this.tree = tree;
    this.locate = locate;
    this.blocks = [];
    this.normalized = this.normalizeAll(tree);
    const walk = (nodes: Array<Block | Section>, headings: TextView[]): void => {
      for (const node of nodes) {
        if (node.type === 'section') {
          const [heading, ...rest] = node.children as [Heading, ...Array<Block | Section>];
          this.blocks.push(heading);
          const view = this.view(heading);
          this.headings.push(view);
          walk(rest, [...headings, view]);
          continue;
        }
        const index = this.blocks.length;
        this.blocks.push(node);
        if (node.type === 'paragraph') this.addParagraph(node, index, headings);
        else if (node.type === 'metaBlock') {
          for (const field of node.children) this.addField(field, index);
        } else if (node.type === 'table') this.tables.push(node);
      }
    };
    walk(tree.children, []);
    let first = -1;
    let last = -1;
    this.blocks.forEach((block, i) => {
      if (block.type !== 'paragraph') return;
      // Measured on the normalised text: inline pinyin glosses and spaces make a title line long, not body.
      let length = 0;
      let period = false;
      for (const sentence of block.children) {
        length += this.view(sentence).text.length;
        if (!period && sentence.value.includes('。')) period = true;
      }
      if (!period && length < BODY_MIN_CHARS) return;
      // A 。 rules out a menu: the paragraph's text is joined only for the rare long one without.
      if (period || !isMenu(block.children.map((s) => s.value).join(''))) {
        if (first < 0) first = i;
        last = i;
      }
    });
    this.bodyStart = first;
    this.bodyEnd = last;
  }

  /**
   * Normalise every text node the rules read (headings, sentences, metadata fields, table cells) once, into one
   * buffer, in reading order: one normalised text for the document, one offset map, and each node's view a window of
   * them. Per node, the text and map are exactly what `normalize(node.value)` gives (each node is normalised on its
   * own), without a string and two arrays allocated per node.
   */
  private normalizeAll(tree: Root): NormalizedDocument {
    const nodes: TextNode[] = [];
    let size = 0;
    const add = (node: TextNode): void => {
      nodes.push(node);
      size += node.value.length;
    };
    const collect = (children: ReadonlyArray<Block | Section>): void => {
      for (const node of children) {
        if (node.type === 'section') collect(node.children);
        else if (node.type === 'heading') add(node);
        else if (node.type === 'paragraph') for (const sentence of node.children) add(sentence);
        else if (node.type === 'metaBlock') for (const field of node.children) add(field);
        else if (node.type === 'table') {
          for (const row of node.children) for (const cell of row.children) if (!cell.spanOf) add(cell);
        }
      }
    };
    collect(tree.children);
    // The maps of the nodes normalisation changes, in one buffer, made a string once; the document's text is each
    // node's normalised text (a window of that string), or its value when normalisation leaves it alone, one per line.
    // A node whose value is the verbatim slice of the input (no offset map) is read from the input itself: a flat
    // string reads faster than a slice of one, and its map still counts from the node's first character.
    const input = this.input;
    const buffer = new NormalizedBuffer(Math.min(size, 1 << 16) + 16);
    const mapFrom = new Int32Array(nodes.length).fill(-1);
    const lengths = new Int32Array(nodes.length);
    const parts: string[] = new Array<string>(nodes.length);
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      const value = node.value;
      const from = buffer.length;
      const at = node.offsets ? -1 : (node.position.start.offset ?? -1);
      const verbatim = at >= 0 && node.position.end.offset === at + value.length;
      const mapped = verbatim ? normalizeInto(buffer, input, at, at + value.length, at) : normalizeInto(buffer, value, 0, value.length);
      if (mapped) {
        mapFrom[i] = from;
        lengths[i] = buffer.length - from;
      } else {
        parts[i] = value;
        lengths[i] = value.length;
      }
    }
    const mappedText = buffer.text(0, buffer.length);
    const starts = new Int32Array(nodes.length);
    const fields = new Uint8Array(nodes.length);
    let at = 0;
    for (let i = 0; i < nodes.length; i++) {
      const map = mapFrom[i]!;
      if (map >= 0) parts[i] = mappedText.slice(map, map + lengths[i]!);
      starts[i] = at;
      at += lengths[i]! + 1;
      if (nodes[i]!.type === 'metaField') fields[i] = 1;
    }
    // One line per node (normalised text never holds a line break): a scan of the whole text sees each node as it
    // sees the node alone, nothing matched across two.
    const whole = parts.join('\n');
    const normalized = { text: whole, nodes, starts, fields };
    for (let i = 0; i < nodes.length; i++) {
      const from = starts[i]!;
      const text = whole.slice(from, from + lengths[i]!);
      const map = mapFrom[i]!;
      const norm =
        map >= 0
          ? { text, start: buffer.starts.subarray(map, map + text.length), end: buffer.ends.subarray(map, map + text.length), offset: 0 }
          : { text, start: null, end: null, offset: 0 };
      this.views.set(nodes[i]!, new TextView(nodes[i]!, norm));
    }
    return normalized;
  }

  /** The (cached) normalised view of a text node. */
  view(node: TextNode): TextView {
    let view = this.views.get(node);
    if (!view) {
      view = new TextView(node);
      this.views.set(node, view);
    }
    return view;
  }

  /** All readable text, normalised and joined (for label look-ups that need no position). */
  get allText(): string {
    this.allTextCache ??= [
      ...this.blocks.flatMap((block) => {
        if (block.type === 'paragraph') return block.children.map((s) => this.view(s).text);
        if (block.type === 'heading') return [this.view(block).text];
        if (block.type === 'table') return block.children.flatMap((row) => row.children.filter((c) => !c.spanOf).map((c) => this.view(c).text));
        return [];
      }),
    ].join('\n');
    return this.allTextCache;
  }

  /** Sentences of block `index` (a paragraph), in order. */
  sentencesOf(index: number): TextView[] {
    const block = this.blocks[index];
    return block?.type === 'paragraph' ? block.children.map((s: Sentence) => this.view(s)) : [];
  }

  private addParagraph(paragraph: Paragraph, blockIndex: number, headings: TextView[]): void {
    let previous: TextView | undefined;
    paragraph.children.forEach((sentence, indexInParagraph) => {
      const view = this.view(sentence);
      this.sentences.push({ view, blockIndex, indexInParagraph, previous, headings });
      previous = view;
    });
  }

  private addField(field: MetaField, blockIndex: number): void {
    this.metaFields.push({ name: field.name, label: field.label, view: this.view(field), blockIndex });
  }
}
