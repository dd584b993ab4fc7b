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

/**
 * Every finding the engine makes, with every field in one order (an absent unit or alsoAt is undefined): one
 * hidden class, so the refiners and the report compiler that read findings of all rules never see two shapes.
 */
export function finding(
  key: string,
  value: number | string,
  certainty: Certainty,
  approximate: boolean,
  unit: string | undefined,
  rule: string,
  start: number,
  end: number,
  numberAt: number,
  priority: number,
  alsoAt: readonly Span[] | undefined,
): Finding {
  return { key, value, certainty, approximate, unit, rule, start, end, numberAt, priority, alsoAt };
}

/** The finding with other places stating its value. */
export function withAlsoAt(f: Finding, alsoAt: readonly Span[]): Finding {
  return finding(f.key, f.value, f.certainty, f.approximate, f.unit, f.rule, f.start, f.end, f.numberAt, f.priority, alsoAt);
}
