/**
 * Findings → the typed `Report`. The objects are built in the schema's key order, so a report reads (and serialises)
 * the same whether or not it is validated; the zod check runs only when asked for (`parseReport(text, { validate:
 * true })`, and in the tests): on the hot path it cost a tenth of the parse, for a shape the types already guarantee.
 */
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

/** The meta fields in ReportMeta's key order. Year and period describe the statistics of a report; others have none. */
function compileMeta(doc: DocumentView, extraction: Extraction): ReportMeta {
  const byKey = new Map<string, Finding>();
  for (const f of extraction.meta) byKey.set(f.key, f);
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
  const report = kind === 'annual-report';
  textMeta(doc, meta, byKey, 'title');
  textMeta(doc, meta, byKey, 'agency');
  const year = byKey.get('meta.year');
  if (report && year) meta.year = metaField(doc, year, Number(year.value));
  textMeta(doc, meta, byKey, 'publishedAt');
  if (report) for (const name of PERIOD_META) textMeta(doc, meta, byKey, name);
  return meta;
}

function textMeta(doc: DocumentView, meta: ReportMeta, byKey: ReadonlyMap<string, Finding>, name: TextMeta | (typeof PERIOD_META)[number]): void {
  const f = byKey.get(META_KEY[name]);
  if (f) meta[name] = metaField(doc, f, String(f.value));
}

/** The value fields by key, in the findings' order; findings of keys the registry does not know, or with a non-numeric value, are left out. */
function compileValues(doc: DocumentView, findings: readonly Finding[]): Record<string, ValueField> {
  const values: Record<string, ValueField> = {};
  for (const f of findings) {
    const info = KEY_INFO.get(f.key);
    if (!info || typeof f.value !== 'number') continue;
    // The registry's own string for the key: a rule that spells a key at run time (`${row}@${column}`) makes a new
    // string per value, which every property store would first have to look up in V8's string table.
    const key = info.key;
    values[key] = valueField(doc, f, key, f.value);
  }
  return values;
}

/**
 * One object literal per shape (with or without a unit), in ValueField's key order: the field is allocated once,
 * at its full size, with no property added to it afterwards (but the rare alsoAt).
 */
function valueField(doc: DocumentView, f: Finding, key: string, value: number): ValueField {
  const source = sourceOf(doc, f);
  const field: { -readonly [K in keyof ValueField]: ValueField[K] } = f.unit
    ? { key, value, certainty: f.certainty, approximate: f.approximate, unit: f.unit, rule: f.rule, source }
    : { key, value, certainty: f.certainty, approximate: f.approximate, rule: f.rule, source };
  if (f.alsoAt) field.alsoAt = f.alsoAt.map((s) => sourceOf(doc, s));
  return field;
}

/** Messages by offset; those without a place first (the sort is stable: emission order among equals). */
const byOffset = (a: Message, b: Message): number => (a.start ?? -1) - (b.start ?? -1);

/**
 * @param messages The document's messages in emission order; sorted in place by offset into the report's list.
 */
export function compileReport(
  doc: DocumentView,
  extraction: Extraction,
  messages: Message[],
  inputType: 'text' | 'html',
  validate = false,
): Report {
  const compiled: Report = {
    input: { type: inputType, length: doc.input.length },
    format: extraction.chosen.choice,
    meta: compileMeta(doc, extraction),
    values: compileValues(doc, extraction.values),
    milestones: extraction.milestones,
    messages: messages.sort(byOffset),
  };
  if (validate) checkReport(compiled);
  return compiled;
}

function checkReport(compiled: Report): void {
  const checked = Report.safeParse(compiled);
  if (!checked.success) {
    throw new OgiError('internal.invalid-report', `the compiled report does not match its schema: ${checked.error.message}`);
  }
}
