/**
 * Milestones: every calendar date the text writes, with its precision, the sentence (or line) it stands in and its
 * offsets, from one date scan of the document's normalised text. A month-day without a year is kept only when the caller asks for context-resolved dates; its year is
 * then the last year the same paragraph wrote, else the report year — never the clock.
 */
import type { Milestone } from '../schema/report.js';
import { type DateMatch, type InvalidDate, formatCalendarDate, scanDates } from '../text/dates.js';
import type { TextNode } from '../tree/types.js';
import type { DocumentView } from './document-view.js';
import { MESSAGE_CODES, type MessageSink } from './messages.js';
import { nodeAt } from './readable-text.js';
import type { TextView } from './text-view.js';

const YEAR_MENTION = /(?<!\d)((?:19|20)\d{2})(?!\d)年/gu;

function lastYearIn(text: string): number | undefined {
  let year: number | undefined;
  YEAR_MENTION.lastIndex = 0;
  for (let m = YEAR_MENTION.exec(text); m; m = YEAR_MENTION.exec(text)) year = Number(m[1]);
  return year;
}

// A milestone's text is its sentence; a longer sentence is clipped to this many characters on each side of the date,
// so the output grows with the input, not with dates × sentence length.
const CONTEXT_CHARS = 80;

/** `text` around `[from, to)`: whole when short, else clipped on each side (a cut end marked with …). */
function around(text: string, from: number, to: number): string {
  if (text.length <= 2 * CONTEXT_CHARS + (to - from)) return text;
  let a = Math.max(0, from - CONTEXT_CHARS);
  let b = Math.min(text.length, to + CONTEXT_CHARS);
  // Never cut a surrogate pair in two.
  if (a > 0 && isTrail(text.charCodeAt(a))) a--;
  if (b < text.length && isTrail(text.charCodeAt(b))) b++;
  return `${a > 0 ? '…' : ''}${text.slice(a, b)}${b < text.length ? '…' : ''}`;
}

const isTrail = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** The dates of one node's view, from one scan of the document's normalised text (offsets into the view). */
interface NodeDates {
  readonly dates: DateMatch[];
  readonly invalid: InvalidDate[];
}

/**
 * One date scan over the whole document (each node's view is a line of `doc.normalized.text`, so the scan reads each
 * as it reads the view alone), its dates handed back per node, by the node's index in `doc.normalized.nodes`.
 * `years`: the context year of a node's month-day dates, when they are resolved.
 */
function scanDocument(doc: DocumentView, years: Map<TextNode, number> | undefined): Map<number, NodeDates> {
  const { text, nodes, starts } = doc.normalized;
  const { dates, invalid } = scanDates(text, years ? { contextYearAt: (at) => years.get(nodes[nodeAt(starts, at)]!) } : {});
  const scanned = new Map<number, NodeDates>();
  const bucket = (i: number): NodeDates => {
    let into = scanned.get(i);
    if (!into) {
      into = { dates: [], invalid: [] };
      scanned.set(i, into);
    }
    return into;
  };
  for (const d of dates) {
    const i = nodeAt(starts, d.start);
    const base = starts[i]!;
    bucket(i).dates.push({ ...d, start: d.start - base, end: d.end - base });
  }
  for (const bad of invalid) {
    const i = nodeAt(starts, bad.start);
    const base = starts[i]!;
    bucket(i).invalid.push({ ...bad, start: bad.start - base, end: bad.end - base });
  }
  return scanned;
}

/** A metadata field's sentence is its whole line (发布日期:2018-01-23 来源:…), when that line is short. */
function metaFieldLines(doc: DocumentView): Map<TextNode, { text: string; start: number } | undefined> {
  const lines = new Map<TextNode, { text: string; start: number } | undefined>();
  for (const block of doc.blocks) {
    if (block.type !== 'metaBlock') continue;
    const from = block.position.start.offset ?? 0;
    const whole = doc.input.slice(from, block.position.end.offset);
    const line = { text: whole.trim(), start: from + whole.length - whole.trimStart().length };
    for (const field of block.children) lines.set(field, line.text.length <= 300 ? line : undefined);
  }
  return lines;
}

/** The context year of each paragraph sentence: the last year the paragraph wrote before it, else the report year. */
function sentenceYears(doc: DocumentView): Map<TextNode, number> {
  const years = new Map<TextNode, number>();
  for (const block of doc.blocks) {
    if (block.type !== 'paragraph') continue;
    let hint: number | undefined;
    for (const sentence of block.children) {
      const year = hint ?? doc.facts.year;
      if (year !== undefined) years.set(sentence, year);
      hint = lastYearIn(doc.view(sentence).text) ?? hint;
    }
  }
  return years;
}

/**
 * Collect milestones in reading order: the nodes with dates, in the order of the normalised text, which is the
 * order of the blocks (headings, metadata fields, table cells, sentences), and no walk over the nodes without any.
 */
export function collectMilestones(doc: DocumentView, messages: MessageSink, resolveYearless: boolean): Milestone[] {
  const out: Milestone[] = [];
  const scanned = scanDocument(doc, resolveYearless ? sentenceYears(doc) : undefined);
  if (scanned.size === 0) return out;
  let fieldLines: Map<TextNode, { text: string; start: number } | undefined> | undefined;
  const read = (view: TextView, { dates, invalid }: NodeDates, context?: { text: string; start: number }): void => {
    const value = view.node.value;
    const lead = value.length - value.trimStart().length;
    const sentence = value.trim();
    for (const bad of invalid) {
      messages.warn(MESSAGE_CODES.invalidDate, `"${bad.text}" is not a calendar date (${bad.reason}); not used`, {
        at: view.toSource(bad.start, bad.end),
        actual: bad.text,
      });
    }
    for (const d of dates) {
      if (!messages.budget.take('milestones')) return;
      const span = view.toSource(d.start, d.end);
      const place = doc.locate(span.start, span.end);
      let text: string;
      if (context) text = around(context.text, span.start - context.start, span.end - context.start);
      else {
        const at = view.valueRange(d.start, d.end);
        text = around(sentence, at.start - lead, at.end - lead);
      }
      const date = formatCalendarDate(d.date);
      const line = place.start.line;
      const column = place.start.column;
      const raw = doc.input.slice(span.start, span.end);
      const { precision } = d.date;
      const { kind, yearFrom } = d;
      // One literal per shape (a range has its end date), in Milestone's key order: no spread per milestone.
      out.push(
        d.until
          ? { date, until: formatCalendarDate(d.until), precision, kind, yearFrom, text, start: span.start, end: span.end, line, column, raw }
          : { date, precision, kind, yearFrom, text, start: span.start, end: span.end, line, column, raw },
      );
    }
  };
  const { nodes } = doc.normalized;
  for (const i of [...scanned.keys()].sort((a, b) => a - b)) {
    const node = nodes[i]!;
    if (node.type === 'metaField') {
      fieldLines ??= metaFieldLines(doc);
      read(doc.view(node), scanned.get(i)!, fieldLines.get(node));
    } else read(doc.view(node), scanned.get(i)!);
  }
  return out;
}
