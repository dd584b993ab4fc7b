/**
 * Coded messages on the vfile. Codes are stable kebab-case identifiers (catalogued in docs/messages.md); the
 * wording may change. Every message carries a place when there is one.
 */
import type { VFile } from 'vfile';
import { Budget } from '../budget.js';
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

/** Writes coded messages to a vfile, turning offsets into positions. */
export class MessageSink {
  constructor(
    private readonly file: VFile,
    private readonly locate: Locator,
    /** The document's resource budget; it travels with the sink to every rule, refiner and reader. */
    readonly budget: Budget = new Budget(),
  ) {}

  warn(code: string, reason: string, details: MessageDetails = {}): void {
    this.emit('warning', code, reason, details);
  }

  info(code: string, reason: string, details: MessageDetails = {}): void {
    this.emit('info', code, reason, details);
  }

  private emit(severity: 'info' | 'warning', code: string, reason: string, details: MessageDetails): void {
    if (code !== MESSAGE_CODES.budgetExceeded && !this.budget.take('messages')) return;
    const place = details.at ? this.locate(details.at.start, details.at.end) : undefined;
    const options = { ruleId: code, source: 'ogi-report', ...(place ? { place } : {}) };
    // A vfile message is an Error: capturing its stack costs more than the parse of a short table. Nobody reads it.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    let message;
    try {
      message = severity === 'info' ? this.file.info(reason, options) : this.file.message(reason, options);
    } finally {
      Error.stackTraceLimit = limit;
    }
    if (details.actual !== undefined) message.actual = clip(details.actual);
    if (details.expected !== undefined) message.expected = [...details.expected];
    if (details.rule !== undefined) message.note = details.rule;
  }
}

// An `actual` lists what the text states (every conflicting value with its offsets); past this it is cut, so one
// message of a hostile input cannot outgrow the input.
const ACTUAL_CHARS = 2_000;
const clip = (text: string): string => (text.length <= ACTUAL_CHARS ? text : `${text.slice(0, ACTUAL_CHARS)}…`);
