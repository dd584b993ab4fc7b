/**
 * Two rules that read the same number as different keys cannot both be right: keep the reading whose matched
 * phrase is longer (more context bound it), drop the other with an info message. When the phrases are equally long
 * the binding is ambiguous and both go. One rule binding one number to several keys (行政复议、行政诉讼案件为0件)
 * is a single statement and is left alone.
 */
import type { Finding } from '../engine/finding.js';
import { MESSAGE_CODES, type MessageSink } from '../engine/messages.js';
import { defineRefiner } from '../engine/refiner.js';
import { isValueKey } from '../schema/keys.js';

export const dropOverlaps = defineRefiner({
  id: 'drop-overlaps',
  description: 'One number, two keys from two rules: the longer match wins; a tie drops both.',
  refine(findings, { messages }) {
    // Most numbers are read once: a lone reading is no group (no array, no sets).
    const byNumber = new Map<number, Finding | Finding[]>();
    for (const f of findings) {
      if (!isValueKey(f.key)) continue;
      const seen = byNumber.get(f.numberAt);
      if (seen === undefined) byNumber.set(f.numberAt, f);
      else if (Array.isArray(seen)) seen.push(f);
      else byNumber.set(f.numberAt, [seen, f]);
    }
    const dropped = new Set<Finding>();
    for (const group of byNumber.values()) if (Array.isArray(group)) dropFromGroup(group, dropped, messages);
    return dropped.size === 0 ? [...findings] : findings.filter((f) => !dropped.has(f));
  },
});

/** The readings of one number: those that lose are added to `dropped`, each with its message. */
function dropFromGroup(group: readonly Finding[], dropped: Set<Finding>, messages: MessageSink): void {
  const rules = new Set(group.map((f) => f.rule));
  const keys = new Set(group.map((f) => f.key));
  if (rules.size < 2 || keys.size < 2) return;
  const longest = Math.max(...group.map((f) => f.end - f.start));
  const winners = group.filter((f) => f.end - f.start === longest);
  const winnerRules = new Set(winners.map((f) => f.rule));
  const keep = winnerRules.size === 1 ? new Set(winners) : new Set<Finding>();
  for (const f of group) {
    if (keep.has(f)) continue;
    dropped.add(f);
    messages.info(
      MESSAGE_CODES.overlapDropped,
      `${f.key}=${f.value} (${f.rule}) dropped: the same number is read as ${[...keys].filter((k) => k !== f.key).join(', ')}`,
      { at: f, rule: f.rule },
    );
  }
}
