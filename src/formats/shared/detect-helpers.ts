/**
 * Building blocks for format detectors: report-year ranges and template labels, each turned into evidence. Every
 * detection they make has the same fields (`at` undefined when there is no place): one object shape where
 * `combine` and `chooseFormat` read them.
 */
import type { DocumentView } from '../../engine/document-view.js';
import type { Detection } from '../../engine/format.js';
import { readableIncludesEach } from '../../engine/readable-text.js';

/** Score for a report year inside [from, to] (inclusive; `to` may be open). */
export function yearEvidence(doc: DocumentView, from: number, to: number, weight = 2): Detection {
  const year = doc.facts.year;
  if (year === undefined || year < from || year > to) return { score: 0, evidence: [], at: undefined };
  const range = to >= 9999 ? `≥ ${from}` : from === to ? `= ${from}` : `${from}–${to}`;
  const evidence = [`report year ${year} in ${range}`];
  return { score: weight, evidence, at: doc.facts.yearAt };
}

/**
 * Score for template labels present anywhere in the text (tables and prose). A template's table carries several of
 * its labels together; fewer than `minimum` is a word of the prose (政府集中采购 in a 2017 report), not the table.
 */
export function labelEvidence(doc: DocumentView, labels: readonly string[], weight = 3, minimum = 1): Detection {
  const present = readableIncludesEach(doc, labels);
  const found = labels.filter((_, i) => present[i]);
  if (found.length < minimum) return { score: 0, evidence: [], at: undefined };
  return { score: found.length * weight, evidence: found.map((label) => `template label "${label}"`), at: undefined };
}

/** Add detections up; the first one with a place gives the place. */
export function combine(...parts: Detection[]): Detection {
  let score = 0;
  const evidence: string[] = [];
  let at: Detection['at'];
  for (const part of parts) {
    score += part.score;
    for (const e of part.evidence) evidence.push(e);
    if (!at && part.at) at = part.at;
  }
  return { score, evidence, at };
}
