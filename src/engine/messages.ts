/**
 * Coded messages of a document. Codes are stable kebab-case identifiers (catalogued in docs/messages.md); the
 * wording may change. Every message carries a place when there is one.
 */
import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import type { Budget } from '../budget.js';
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
    readonly budget: Budget,
    /** Write every message to `file.messages` instead of `messages`. */
    readonly toFile: boolean,
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
    const parts: Parts = { severity, code, reason, place, rule: details?.rule, actual, expected };
    // One place per message: the caller's vfile (the pipeline's report is read back from it), or the sink's list.
    if (this.toFile) writeToFile(this.file, parts);
    else this.messages.push(toMessage(parts));
  }
}

/** What one message says, with its place in the input (positions), before it goes to the vfile or the list. */
interface Parts {
  readonly severity: Severity;
  readonly code: string;
  readonly reason: string;
  readonly place: ReturnType<Locator> | undefined;
  readonly rule: string | undefined;
  readonly actual: string | undefined;
  readonly expected: string[] | undefined;
}

/**
 * A message object in the schema's key order with only the keys it has (the report serialises what is there). The
 * place, when there is one, gives line, column, start and end together.
 */
function toMessage({ severity, code, reason, place, rule, actual, expected }: Parts): Message {
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

/** The message on the vfile, as unified tools expect it (read back into the report by `fromVFileMessage`). */
function writeToFile(file: VFile, { severity, code, reason, place, rule, actual, expected }: Parts): void {
  const options = { ruleId: code, source: 'ogi-report', ...(place ? { place } : {}) };
  // A vfile message is an Error: capturing its stack costs more than the parse of a short table. Nobody reads it.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let message;
  try {
    message = severity === 'info' ? file.info(reason, options) : file.message(reason, options);
  } finally {
    Error.stackTraceLimit = limit;
  }
  if (actual !== undefined) message.actual = actual;
  if (expected !== undefined) message.expected = expected;
  if (rule !== undefined) message.note = rule;
}

function isPosition(place: Point | Position): place is Position {
  return 'start' in place;
}

/** A vfile message as a report message (a unified pipeline's own plugins may write to the vfile too). */
export function fromVFileMessage(message: VFile['messages'][number]): Message {
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

// An `actual` lists what the text states (every conflicting value with its offsets); past this it is cut, so one
// message of a hostile input cannot outgrow the input.
const ACTUAL_CHARS = 2_000;
const clip = (text: string): string => (text.length <= ACTUAL_CHARS ? text : `${text.slice(0, ACTUAL_CHARS)}…`);
