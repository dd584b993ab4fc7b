/**
 * One key, several findings. Equal values merge (the first place keeps the value, the others are listed in
 * `alsoAt`). Different values: the best-ranked source wins when it is unanimous (a table over prose) and a
 * `conflicting-values` warning points at the others; otherwise nothing is reported for the key — a wrong value is
 * worse than a gap — and the warning lists every place. Meta candidates are ranked by design: the best is kept.
 */
import { type Finding, type Span, withAlsoAt } from '../engine/finding.js';
import { MESSAGE_CODES, type MessageSink } from '../engine/messages.js';
import { defineRefiner } from '../engine/refiner.js';
import { isMetaKey } from '../schema/keys.js';

const byRank = (a: Finding, b: Finding): number => a.priority - b.priority || a.start - b.start;
const byStart = (a: Finding, b: Finding): number => a.start - b.start;

export const resolveConflicts = defineRefiner({
  id: 'resolve-conflicts',
  description: 'Merge equal values for a key; keep a unanimous best-ranked value or drop a conflicting key, with a warning.',
  refine(findings, { messages }) {
    // Most keys have one finding: it is kept as it is, with no group array, sort or sets for it.
    const groups = new Map<string, Finding | Finding[]>();
    for (const f of findings) {
      const seen = groups.get(f.key);
      if (seen === undefined) groups.set(f.key, f);
      else if (Array.isArray(seen)) seen.push(f);
      else groups.set(f.key, [seen, f]);
    }
    const out: Finding[] = [];
    for (const [key, group] of groups) {
      // A lone finding is its own best, unanimous and agreeing (a NaN, unequal to itself, takes the long way).
      if (!Array.isArray(group) && group.value === group.value) out.push(group);
      else {
        const kept = resolveGroup(key, Array.isArray(group) ? group : [group], messages);
        if (kept !== undefined) out.push(kept);
      }
    }
    return out.sort(byStart);
  },
});

/**
 * The finding kept for a key stated more than once (or NaN), or undefined when its statements conflict. Plain loops,
 * no closures: a document of many tables has dozens of such keys, and this runs (and is compiled) for each.
 */
function resolveGroup(key: string, group: Finding[], messages: MessageSink): Finding | undefined {
  const sorted = group.sort(byRank);
  const best = sorted[0]!;
  if (isMetaKey(key)) return best;
  // The values the best-ranked statements give (a set: NaN is one value, as a set counts it).
  const topValues = new Set<number | string>();
  for (const f of sorted) if (f.priority === best.priority) topValues.add(f.value);
  if (topValues.size > 1) {
    warnUnresolved(key, sorted, topValues, best, messages);
    return undefined;
  }
  // Prefer an exact statement over an approximate one of the same value as the primary place.
  let primary = best;
  for (const f of sorted) {
    if (f.value === best.value && !f.approximate && f.priority === best.priority) {
      primary = f;
      break;
    }
  }
  // The other statements of the value are its further places; those of another value lose, each with a warning.
  const alsoAt: Span[] = [];
  for (const f of sorted) {
    if (f.value !== best.value) warnOverruled(key, primary, f, messages);
    else if (f !== primary) alsoAt.push({ start: f.start, end: f.end });
  }
  return alsoAt.length > 0 ? withAlsoAt(primary, alsoAt) : primary;
}

function warnUnresolved(key: string, sorted: readonly Finding[], values: ReadonlySet<number | string>, best: Finding, messages: MessageSink): void {
  messages.warn(MESSAGE_CODES.conflictingValues, `${key}: the text states ${[...values].join(' and ')}; no value reported`, {
    at: best,
    actual: sorted.map((f) => `${f.value}@${f.start}`).join(', '),
  });
}

function warnOverruled(key: string, primary: Finding, f: Finding, messages: MessageSink): void {
  const tableOverProse = primary.rule.startsWith('standard-tables/') && f.rule.startsWith('prose/');
  messages.warn(
    tableOverProse ? MESSAGE_CODES.proseContradictsTable : MESSAGE_CODES.conflictingValues,
    `${key}: ${primary.value} (${primary.rule}) kept over ${f.value} (${f.rule}), a lower-ranked source`,
    { at: f, actual: String(f.value), expected: [String(primary.value)] },
  );
}
