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

/** The dates of each node's view, from one scan of the document's normalised text (offsets into the view). */
type Scanned = Map<TextNode, { dates: DateMatch[]; invalid: InvalidDate[] }>;

/**
 * One date scan over the whole document (each node's view is a line of `doc.normalized.text`, so the scan reads each
 * as it reads the view alone), its dates handed back per node. `years`: the context year of a node's month-day
 * dates, when they are resolved.
 */
function scanDocument(doc: DocumentView, years: Map<TextNode, number> | undefined): Scanned {
  const { text, nodes, starts } = doc.normalized;
  const { dates, invalid } = scanDates(text, years ? { contextYearAt: (at) => years.get(nodes[nodeAt(starts, at)]!) } : {});
  const scanned: Scanned = new Map();
  const bucket = (at: number): { node: TextNode; base: number; into: { dates: DateMatch[]; invalid: InvalidDate[] } } => {
    const i = nodeAt(starts, at);
    const node = nodes[i]!;
    let into = scanned.get(node);
    if (!into) {
      into = { dates: [], invalid: [] };
      scanned.set(node, into);
    }
    return { node, base: starts[i]!, into };
  };
  for (const d of dates) {
    const { base, into } = bucket(d.start);
    into.dates.push({ ...d, start: d.start - base, end: d.end - base });
  }
  for (const bad of invalid) {
    const { base, into } = bucket(bad.start);
    into.invalid.push({ ...bad, start: bad.start - base, end: bad.end - base });
  }
  return scanned;
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

const NOTHING: { readonly dates: readonly DateMatch[]; readonly invalid: readonly InvalidDate[] } = { dates: [], invalid: [] };

/** Collect milestones in reading order. */
export function collectMilestones(doc: DocumentView, messages: MessageSink, resolveYearless: boolean): Milestone[] {
  const out: Milestone[] = [];
  const scanned = scanDocument(doc, resolveYearless ? sentenceYears(doc) : undefined);
  const read = (view: TextView, context?: { text: string; start: number }): void => {
    const { dates, invalid } = scanned.get(view.node) ?? NOTHING;
    if (dates.length === 0 && invalid.length === 0) return;
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
      out.push({
        date: formatCalendarDate(d.date),
        ...(d.until ? { until: formatCalendarDate(d.until) } : {}),
        precision: d.date.precision,
        kind: d.kind,
        yearFrom: d.yearFrom,
        text,
        start: span.start,
        end: span.end,
        line: place.start.line,
        column: place.start.column,
        raw: doc.input.slice(span.start, span.end),
      });
    }
  };
  doc.blocks.forEach((block, index) => {
    switch (block.type) {
      case 'heading':
        read(doc.view(block));
        break;
      case 'metaBlock': {
        // A metadata field's sentence is its whole line (发布日期:2018-01-23 来源:…).
        const from = block.position.start.offset ?? 0;
        const whole = doc.input.slice(from, block.position.end.offset);
        const line = { text: whole.trim(), start: from + whole.length - whole.trimStart().length };
        for (const field of block.children) read(doc.view(field), line.text.length <= 300 ? line : undefined);
        break;
      }
      case 'table':
        for (const row of block.children) {
          for (const cell of row.children) if (!cell.spanOf) read(doc.view(cell));
        }
        break;
      case 'paragraph':
        for (const view of doc.sentencesOf(index)) read(view);
        break;
      default:
        break;
    }
  });
  return out;
}
