/**
 * The typed report, the flat record and the CLI line: zod schemas first, TypeScript types derived from them, and
 * the JSON Schema exported from the same source (see json-schema.ts). No `.transform()`/`.default()` here, so the
 * exported JSON Schema is exact.
 */
// zod/mini: the same schemas and checks as zod's classic API, a fraction of its size in a browser bundle.
import * as z from 'zod/mini';
import { ENCODINGS } from '../input/decode.js';
import { KEYS, type KeyInfo } from './keys.js';
import type { OgiRecord } from './record-types.js';

/** How a value came to be: the text states it, a blank standard-table cell read as 0, or a template-defined total. */
const nonNegativeInt = z.int().check(z.nonnegative());
const positiveInt = z.int().check(z.positive());

export const Certainty = z.enum(['stated', 'blank', 'derived']);
export type Certainty = z.infer<typeof Certainty>;

/** A box on a PDF page in points, origin top-left: x0, y0, x1, y1. */
export const PdfBox = z.tuple([z.number(), z.number(), z.number(), z.number()]);
export type PdfBox = z.infer<typeof PdfBox>;

/**
 * Where a value came from: absolute UTF-16 offsets into the original input, 1-based line/column. For PDF input the
 * input is the extracted text (`extractPdfText`), and `page`/`box` say where the glyphs of `raw` are drawn.
 */
export const Source = z.object({
  start: nonNegativeInt,
  end: nonNegativeInt,
  line: positiveInt,
  column: positiveInt,
  endLine: positiveInt,
  endColumn: positiveInt,
  /** The input slice `[start, end)`, as written (HTML markup included for HTML input). */
  raw: z.string(),
  /** PDF input: the 1-based page the glyphs of `raw` are on. */
  page: z.optional(positiveInt),
  /** PDF input: the union of the boxes of the glyphs of `raw` on that page (points, origin top-left). */
  box: z.optional(PdfBox),
});
export type Source = z.infer<typeof Source>;

/** A number bound to a record key, with its provenance. */
export const ValueField = z.object({
  key: z.string(),
  value: z.number(),
  certainty: Certainty,
  /** 余/多/近/约/左右/超过: the text gives an approximation. */
  approximate: z.boolean(),
  /** The unit written next to the number (件, 条, 元, 万元, …), when one was. */
  unit: z.optional(z.string()),
  /** The rule that matched, `<format-or-common>/<rule-name>`. */
  rule: z.string(),
  source: Source,
  /** Other places that state the same value (duplicates merged by the refiners). */
  alsoAt: z.optional(z.array(Source)),
});
export type ValueField = z.infer<typeof ValueField>;

const metaField = <T extends z.ZodMiniType>(value: T) =>
  z.object({
    value,
    certainty: Certainty,
    rule: z.string(),
    /** Absent only for a value with no single place in the text (a forced format). */
    source: z.optional(Source),
  });

export const DocumentKind = z.enum(['annual-report', 'other']);
export type DocumentKind = z.infer<typeof DocumentKind>;

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const formatId = z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]*$/));

export const ReportMeta = z.object({
  kind: metaField(DocumentKind),
  template: z.optional(metaField(formatId)),
  title: z.optional(metaField(z.string())),
  agency: z.optional(metaField(z.string())),
  year: z.optional(metaField(z.int())),
  publishedAt: z.optional(metaField(isoDate)),
  periodStart: z.optional(metaField(isoDate)),
  periodEnd: z.optional(metaField(isoDate)),
});
export type ReportMeta = z.infer<typeof ReportMeta>;
export type MetaField<T> = { value: T; certainty: Certainty; rule: string; source?: Source };

/** A calendar date the document writes. */
export const Milestone = z.object({
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` according to `precision`. */
  date: z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)),
  /** End of a range (2019年1月1日至12月31日), same precision rules. */
  until: z.optional(z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/))),
  precision: z.enum(['day', 'month', 'year']),
  /** `deadline` for …前 (2017年5月5日前). */
  kind: z.enum(['date', 'range', 'deadline']),
  /** `context` when the year was not written and was taken from the document (opt-in). */
  yearFrom: z.enum(['text', 'context']),
  /** The sentence (or line) the date stands in; a longer one clipped to 80 characters each side of the date (a cut end marked …). */
  text: z.string(),
  start: nonNegativeInt,
  end: nonNegativeInt,
  line: positiveInt,
  column: positiveInt,
  raw: z.string(),
});
export type Milestone = z.infer<typeof Milestone>;

export const Severity = z.enum(['info', 'warning', 'error']);
export type Severity = z.infer<typeof Severity>;

/** A coded message; codes are the contract (docs/messages.md), wording may change. */
export const Message = z.object({
  code: z.string().check(z.regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/)),
  severity: Severity,
  message: z.string(),
  line: z.optional(positiveInt),
  column: z.optional(positiveInt),
  start: z.optional(nonNegativeInt),
  end: z.optional(nonNegativeInt),
  rule: z.optional(z.string()),
  actual: z.optional(z.string()),
  expected: z.optional(z.array(z.string())),
});
export type Message = z.infer<typeof Message>;

export const FormatChoice = z.object({
  /** The rule set that ran (`null`: none, e.g. for a document that is not an annual report). */
  id: z.nullable(formatId),
  chosenBy: z.enum(['detected', 'forced', 'fallback', 'none']),
  score: z.number(),
  evidence: z.array(z.string()),
});
export type FormatChoice = z.infer<typeof FormatChoice>;

/** The typed report for one document. */
export const Report = z.object({
  /** What was read; for a PDF, `length` is that of the extracted text (the offsets of every source point into it). */
  input: z.object({ type: z.enum(['text', 'html', 'pdf']), length: nonNegativeInt, pages: z.optional(positiveInt) }),
  format: FormatChoice,
  meta: ReportMeta,
  values: z.record(z.string(), ValueField),
  milestones: z.array(Milestone),
  messages: z.array(Message),
});
export type Report = z.infer<typeof Report>;

function recordValueSchema(info: KeyInfo): z.ZodMiniType {
  switch (info.type) {
    case 'count':
      return nonNegativeInt;
    case 'signed':
      return z.int();
    case 'money':
      return z.number().check(z.nonnegative());
    case 'year':
      return z.int().check(z.gte(1949), z.lte(2200));
    case 'date':
      return isoDate;
    case 'kind':
      return DocumentKind;
    case 'template':
      return formatId;
    case 'text':
      return z.string().check(z.minLength(1));
  }
}

/** The flat record (record-keys.md): dot-path key → value; only canonical keys, all optional but meta.kind. */
export const RecordSchema = z.strictObject(
  Object.fromEntries(
    KEYS.map((info) => [
      info.key,
      info.key === 'meta.kind' ? recordValueSchema(info) : z.optional(recordValueSchema(info)),
    ]),
  ),
);
export type { OgiRecord, RecordKey } from './record-types.js';

/** One line of the CLI's NDJSON output (json output: one such object, or an array of them). */
export const CliLine = z.discriminatedUnion('ok', [
  z.object({
    file: z.string(),
    ok: z.literal(true),
    /** The encoding the bytes were read in (absent when the input was given as a string). */
    encoding: z.optional(z.enum(ENCODINGS)),
    record: RecordSchema,
    milestones: z.array(
      z.object({
        date: Milestone.shape.date,
        until: Milestone.shape.until,
        precision: Milestone.shape.precision,
        kind: Milestone.shape.kind,
        text: z.string(),
        start: nonNegativeInt,
        end: nonNegativeInt,
      }),
    ),
    warnings: z.array(
      z.object({
        code: Message.shape.code,
        severity: Severity,
        message: z.string(),
        line: z.optional(positiveInt),
        column: z.optional(positiveInt),
      }),
    ),
    /** With --explain: every record value with its source line and rule. */
    explain: z.optional(
      z.array(
        z.object({
          key: z.string(),
          value: z.union([z.number(), z.string()]),
          certainty: Certainty,
          rule: z.string(),
          line: z.optional(positiveInt),
          column: z.optional(positiveInt),
          raw: z.optional(z.string()),
          text: z.optional(z.string()),
        }),
      ),
    ),
  }),
  z.object({
    file: z.string(),
    ok: z.literal(false),
    error: z.object({ code: z.string().check(z.regex(/^[a-z]+\.[a-z-]+$/)), message: z.string() }),
  }),
]);
type CliLineShape = z.infer<typeof CliLine>;
/** One CLI row; its `record` is the typed `OgiRecord` (the zod schema checks the same keys at run time). */
export type CliLine = CliLineShape extends infer L ? (L extends { ok: true } ? Omit<L, 'record'> & { record: OgiRecord } : L) : never;
