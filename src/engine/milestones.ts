/**
 * Milestones: every calendar date the text writes, with its precision, the sentence (or line) it stands in and its
 * offsets. A month-day without a year is kept only when the caller asks for context-resolved dates; its year is
 * then the last year the same paragraph wrote, else the report year — never the clock.
 */
import type { Milestone } from '../schema/report.js';
import { formatCalendarDate, scanDates } from '../text/dates.js';
import type { DocumentView } from './document-view.js';
import { MESSAGE_CODES, type MessageSink } from './messages.js';
import type { TextView } from './text-view.js';

const YEAR_MENTION = /(?<!\d)((?:19|20)\d{2})(?!\d)年/gu;

function lastYearIn(text: string): number | undefined {
  let year: number | undefined;
  YEAR_MENTION.lastIndex = 0;
  for (let m = YEAR_MENTION.exec(text); m; m = YEAR_MENTION.exec(text)) year = Number(m[1]);
  return year;
}

/** Collect milestones in reading order. */
export function collectMilestones(doc: DocumentView, messages: MessageSink, resolveYearless: boolean): Milestone[] {
  const out: Milestone[] = [];
  const read = (view: TextView, contextYear: number | undefined, context?: string): void => {
    const { dates, invalid } = scanDates(view.text, contextYear === undefined ? {} : { contextYear });
    for (const bad of invalid) {
      messages.warn(MESSAGE_CODES.invalidDate, `"${bad.text}" is not a calendar date (${bad.reason}); not used`, {
        at: view.toSource(bad.start, bad.end),
        actual: bad.text,
      });
    }
    for (const d of dates) {
      const span = view.toSource(d.start, d.end);
      const place = doc.locate(span.start, span.end);
      out.push({
        date: formatCalendarDate(d.date),
        ...(d.until ? { until: formatCalendarDate(d.until) } : {}),
        precision: d.date.precision,
        kind: d.kind,
        yearFrom: d.yearFrom,
        text: context ?? view.node.value.trim(),
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
        read(doc.view(block), undefined);
        break;
      case 'metaBlock': {
        // A metadata field's sentence is its whole line (发布日期:2018-01-23 来源:…).
        const line = doc.input.slice(block.position.start.offset, block.position.end.offset).trim();
        for (const field of block.children) read(doc.view(field), undefined, line.length <= 300 ? line : undefined);
        break;
      }
      case 'table':
        for (const row of block.children) {
          for (const cell of row.children) if (!cell.spanOf) read(doc.view(cell), undefined);
        }
        break;
      case 'paragraph': {
        let hint: number | undefined;
        for (const view of doc.sentencesOf(index)) {
          read(view, resolveYearless ? (hint ?? doc.facts.year) : undefined);
          hint = lastYearIn(view.text) ?? hint;
        }
        break;
      }
      default:
        break;
    }
  });
  return out;
}
