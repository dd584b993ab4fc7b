/**
 * ogi-report: Chinese government Open Government Information annual reports → typed, checked data.
 * Public API only; everything is a named export.
 */
export { parseReport } from './parse-report.js';
export { createProcessor, type ParseOptions } from './processor.js';
export { toRecord } from './record/to-record.js';
export { decodeBytes, ENCODINGS, type Decoded, type DecodeOptions, type DecodeWarning, type Encoding } from './input/decode.js';
export { parseBytes, type ParseBytesOptions } from './batch/parse-bytes.js';
export { MAX_INPUT_BYTES } from './batch/limits.js';
export { OgiError, type OgiErrorCode } from './errors.js';

export { defineFormat, extendFormat } from './engine/format.js';
export type { Detection, Format, FormatDefinition, FormatExtension, FormatSettings } from './engine/format.js';
export { defineRule } from './engine/rule.js';
export type {
  DocumentRule,
  Rule,
  RuleExample,
  RuleMatch,
  RuleMeta,
  SentenceContext,
  SentenceRule,
  TableContext,
  TableRule,
} from './engine/rule.js';
export { defineRefiner } from './engine/refiner.js';
export type { RefineContext, Refiner } from './engine/refiner.js';
export type { Finding, Span } from './engine/finding.js';
export { pattern, proseRule, COUNT_UNITS, type ProsePattern, type ProseRuleDefinition } from './engine/prose.js';
export { DocumentView } from './engine/document-view.js';
export { TextView } from './engine/text-view.js';
export { MESSAGE_CODES } from './engine/messages.js';
export { runRuleOnText, type RunRuleOptions } from './engine/run-rule-on-text.js';

export { builtInFormats, getFormat, ogi2008, ogi2019, ogi2021 } from './formats/index.js';
export { commonRules } from './formats/common/index.js';
export { proseRules } from './formats/prose/index.js';
export { commonRefiners } from './refiners/index.js';

export { KEYS, RECORD_KEYS, APPLICANT_SUFFIXES, isRecordKey, type KeyInfo, type KeyType } from './schema/keys.js';
export {
  Certainty,
  CliLine,
  DocumentKind,
  FormatChoice,
  Message,
  Milestone,
  RecordSchema,
  Report,
  ReportMeta,
  Source,
  ValueField,
  type MetaField,
  type OgiRecord,
  type RecordKey,
  type Severity,
} from './schema/report.js';
export { cliLineJsonSchema, recordJsonSchema, reportJsonSchema } from './schema/json-schema.js';

export { scanQuantities, parseQuantity, moneyIn, UNITS, type Quantity, type QuantityKind } from './text/quantities.js';
export { scanDates, parseDate, formatCalendarDate, isValidCalendarDate, type CalendarDate, type DateMatch } from './text/dates.js';
export { parseChineseInteger, parseChineseDigitString } from './text/numerals.js';
export { normalize, type NormalizedText } from './text/normalize.js';
export type * from './tree/types.js';

// Reports across years: records of many documents → checks of what one year's report promises the next.
export * from './series/index.js';

// The review page: reports shown in their source, as one self-contained HTML string.
export { renderReviewPage, type ReviewDocument, type ReviewOptions } from './review/index.js';
