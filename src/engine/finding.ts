/** A finding: a value for a key, with absolute source offsets and the rule that produced it. */
import type { Certainty } from '../schema/report.js';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Finding extends Span {
  readonly key: string;
  readonly value: number | string;
  readonly certainty: Certainty;
  readonly approximate: boolean;
  readonly unit?: string;
  readonly rule: string;
  /** Absolute offset of the number itself: two rules reading one number overlap. */
  readonly numberAt: number;
  /** Lower wins among candidates for one key. */
  readonly priority: number;
  /** Other places stating the same value. */
  readonly alsoAt?: readonly Span[];
}
