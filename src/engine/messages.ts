/**
 * Coded messages of a document. Codes are stable kebab-case identifiers (catalogued in docs/messages.md); the
 * wording may change. Every message carries a place when there is one.
 */
import type { VFile } from 'vfile';
import { Budget } from '../budget.js';
import type { Message } from '../schema/report.js';
import type { Locator } from '../tree/positions.js';
import type { Span } from './finding.js';

/** The message codes the built-in pipeline emits. */
export const MESSAGE_CODES = {
  formatDetected: 'format-detected',
  formatForced: 'format-forced',
  formatAmbiguous: 'format-ambiguous',
  formatNone: 'format-none',
  invalidDate: 'invalid-date',
  conflictingValues: 'conflicting-values',
  /** A figure stated in the prose contradicts the table cell for the same key (the table wins). */
  proseContradictsTable: 'table.prose-mismatch',
  overlapDropped: 'overlap-dropped',
  inputEmpty: 'input-empty',
  htmlFallback: 'html-fallback',
  budgetExceeded: 'budget-exceeded',
  notAReport: 'not-a-report',
  unknownKey: 'unknown-key',
} as const;

export interface MessageDetails {
  readonly at?: Span;
  readonly rule?: string;
  readonly actual?: string;
  readonly expected?: readonly string[];
}

type Severity = 'info' | 'warning';

/**
 * Keeps a document's coded messages in the report's own shape, turning offsets into positions, or writes each to
 * the vfile instead when the vfile is the caller's (a unified pipeline reads `file.messages`). `parseReport` owns its
 * vfile and reads only the report: there the vfile messages, Error objects each, are not made at all.
 */
export class MessageSink {
  /** The messages in the order they were emitted, as the report lists them (before its sort by offset); empty when they go to the vfile. */
  readonly messages: Message[] = [];

  constructor(
    private readonly file: VFile,
    private readonly locate: Locator,
    /** The document's resource budget; it travels with the sink to every rule, refiner and reader. */
    readonly budget: Budget = new Budget(),
    /** Write every message to `file.messages` instead of `messages`. */
    readonly toFile: boolean = true,
  ) {}

  warn(code: string, reason: string, details?: MessageDetails): void {
    this.emit('warning', code, reason, details);
  }

  info(code: string, reason: string, details?: MessageDetails): void {
    this.emit('info', code, reason, details);
  }

  private emit(severity: Severity, code: string, reason: string, details: MessageDetails | undefined): void {
    if (code !== MESSAGE_CODES.budgetExceeded && !this.budget.take('messages')) return;
    const actual = details?.actual === undefined ? undefined : clip(details.actual);
    const expected = details?.expected === undefined ? undefined : [...details.expected];
    const at = details?.at;
    const place = at ? this.locate(at.start, at.end) : undefined;
    const message = toMessage(severity, code, reason, place, details?.rule, actual, expected);
    // One place per message: the caller's vfile (the pipeline's report is read back from it), or the sink's list.
    if (this.toFile) writeToFile(this.file, message, place, details?.rule);
    else this.messages.push(message);
  }
}

/**
 * A message object in the schema's key order with only the keys it has (the report serialises what is there). The
 * place, when there is one, gives line, column, start and end together.
 */
function toMessage(
  severity: Severity,
  code: string,
  reason: string,
  place: ReturnType<Locator> | undefined,
  rule: string | undefined,
  actual: string | undefined,
  expected: string[] | undefined,
): Message {
  const message: Message = place
    ? {
        code,
        severity,
        message: reason,
        line: place.start.line,
        column: place.start.column,
        start: place.start.offset!,
        end: place.end.offset!,
      }
    : { code, severity, message: reason };
  // An empty rule id names no rule.
  if (rule) message.rule = rule;
  if (actual !== undefined) message.actual = actual;
  if (expected !== undefined) message.expected = expected;
  return message;
}

/** The message on the vfile, as unified tools expect it. */
function writeToFile(file: VFile, m: Message, place: ReturnType<Locator> | undefined, rule: string | undefined): void {
  const options = { ruleId: m.code, source: 'ogi-report', ...(place ? { place } : {}) };
  // A vfile message is an Error: capturing its stack costs more than the parse of a short table. Nobody reads it.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let message;
  try {
    message = m.severity === 'info' ? file.info(m.message, options) : file.message(m.message, options);
  } finally {
    Error.stackTraceLimit = limit;
  }
  if (m.actual !== undefined) message.actual = m.actual;
  if (m.expected !== undefined) message.expected = m.expected;
  if (rule !== undefined) message.note = rule;
}

// An `actual` lists what the text states (every conflicting value with its offsets); past this it is cut, so one
// message of a hostile input cannot outgrow the input.
const ACTUAL_CHARS = 2_000;
const clip = (text: string): string => (text.length <= ACTUAL_CHARS ? text : `${text.slice(0, ACTUAL_CHARS)}…`);
