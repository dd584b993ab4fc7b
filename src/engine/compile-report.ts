/**
 * Findings → the typed `Report`. The objects are built in the schema's key order, so a report reads (and serialises)
 * the same whether or not it is validated; the zod check runs only when asked for (`parseReport(text, { validate:
 * true })`, and in the tests): on the hot path it cost a tenth of the parse, for a shape the types already guarantee.
 */
import type { VFile } from 'vfile';
import type { Point, Position } from 'unist';
import { KEY_INFO } from '../schema/keys.js';
import {
  type DocumentKind,
  type Message,
  type MetaField,
  Report,
  type ReportMeta,
  type Source,
  type ValueField,
} from '../schema/report.js';
import { OgiError } from '../errors.js';
import type { DocumentView } from './document-view.js';
import type { Extraction } from './extract.js';
import type { Finding, Span } from './finding.js';

type TextMeta = 'title' | 'agency' | 'publishedAt';
const PERIOD_META = ['periodStart', 'periodEnd'] as const;
/** Each text meta field's finding key, spelled once (not a template string per field per document). */
const META_KEY: Readonly<Record<TextMeta | (typeof PERIOD_META)[number], string>> = {
  title: 'meta.title',
  agency: 'meta.agency',
  publishedAt: 'meta.publishedAt',
  periodStart: 'meta.periodStart',
  periodEnd: 'meta.periodEnd',
};

function sourceOf(doc: DocumentView, span: Span): Source {
  const p = doc.locate(span.start, span.end);
  return {
    start: span.start,
    end: span.end,
    line: p.start.line,
    column: p.start.column,
    endLine: p.end.line,
    endColumn: p.end.column,
    raw: doc.input.slice(span.start, span.end),
  };
}

function metaField<T>(doc: DocumentView, f: Finding, value: T): MetaField<T> {
  return { value, certainty: f.certainty, rule: f.rule, source: sourceOf(doc, f) };
}

function isPosition(place: Point | Position): place is Position {
  return 'start' in place;
}

function toMessage(message: VFile['messages'][number]): Message {
  const place = message.place;
  const start = place ? (isPosition(place) ? place.start : place) : undefined;
  const end = place && isPosition(place) ? place.end : undefined;
  return {
    code: message.ruleId ?? 'message',
    severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
    message: message.reason,
    ...(start ? { line: start.line, column: start.column } : {}),
    ...(start?.offset !== undefined ? { start: start.offset } : {}),
    ...(end?.offset !== undefined ? { end: end.offset } : {}),
    ...(message.note ? { rule: message.note } : {}),
    ...(message.actual !== undefined ? { actual: message.actual } : {}),
    ...(message.expected ? { expected: message.expected } : {}),
  };
}

export function compileReport(
  doc: DocumentView,
  extraction: Extraction,
  file: VFile,
  inputType: 'text' | 'html',
  validate = false,
): Report {
  const byKey = new Map(extraction.meta.map((f) => [f.key, f]));
  const kindFinding = byKey.get('meta.kind');
  const kind: DocumentKind = doc.facts.kind ?? 'other';
  const meta: ReportMeta = {
    kind: kindFinding
      ? metaField(doc, kindFinding, kind)
      : { value: kind, certainty: 'derived', rule: 'engine/default-kind' },
  };
  const { chosen } = extraction;
  if (chosen.format && (chosen.choice.chosenBy === 'detected' || chosen.choice.chosenBy === 'forced')) {
    meta.template = {
      value: chosen.format.id,
      certainty: 'derived',
      rule: chosen.choice.chosenBy === 'forced' ? 'engine/forced-format' : `${chosen.format.id}/detect`,
      ...(chosen.detection?.at ? { source: sourceOf(doc, chosen.detection.at) } : {}),
    };
  }
  // Year and period describe the statistics of a report; other documents have none. Keys in ReportMeta's order.
  const report = kind === 'annual-report';
  const textMeta = (name: TextMeta | (typeof PERIOD_META)[number]): void => {
    const f = byKey.get(META_KEY[name]);
    if (f) meta[name] = metaField(doc, f, String(f.value));
  };
  textMeta('title');
  textMeta('agency');
  const year = byKey.get('meta.year');
  if (report && year) meta.year = metaField(doc, year, Number(year.value));
  textMeta('publishedAt');
  if (report) for (const name of PERIOD_META) textMeta(name);

  const values: Record<string, ValueField> = {};
  for (const f of extraction.values) {
    const info = KEY_INFO.get(f.key);
    if (!info || typeof f.value !== 'number') continue;
    // The registry's own string for the key: a rule that spells a key at run time (`${row}@${column}`) makes a new
    // string per value, which every property store would first have to look up in V8's string table.
    const key = info.key;
    // One object literal per shape (with or without a unit), in ValueField's key order: the field is allocated once,
    // at its full size, with no property added to it afterwards (but the rare alsoAt).
    const source = sourceOf(doc, f);
    const field: { -readonly [K in keyof ValueField]: ValueField[K] } = f.unit
      ? { key, value: f.value, certainty: f.certainty, approximate: f.approximate, unit: f.unit, rule: f.rule, source }
      : { key, value: f.value, certainty: f.certainty, approximate: f.approximate, rule: f.rule, source };
    if (f.alsoAt) field.alsoAt = f.alsoAt.map((s) => sourceOf(doc, s));
    values[key] = field;
  }

  const compiled: Report = {
    input: { type: inputType, length: doc.input.length },
    format: chosen.choice,
    meta,
    values,
    milestones: extraction.milestones,
    messages: file.messages.map(toMessage).sort((a, b) => (a.start ?? -1) - (b.start ?? -1)),
  };
  if (validate) {
    const checked = Report.safeParse(compiled);
    if (!checked.success) {
      throw new OgiError('internal.invalid-report', `the compiled report does not match its schema: ${checked.error.message}`);
    }
  }
  return compiled;
}
