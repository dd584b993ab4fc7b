/**
 * Word look-ups in a document's readable text (what `DocumentView.allText` joins: headings, sentences, table cells)
 * straight on `doc.normalized.text`, which holds the same normalised lines plus the metadata fields: a hit on a
 * metadata field's line does not count. No joined copy of the document is built for a look-up.
 */
import type { DocumentView } from './document-view.js';

/** The index of the node whose window holds `at` (windows are in order, `starts` ascending). */
export function nodeAt(starts: Int32Array, at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** True when position `at` of `doc.normalized.text` lies on a line that `allText` also holds. */
function readableAt(doc: DocumentView, at: number): boolean {
  const { fields, starts } = doc.normalized;
  return fields[nodeAt(starts, at)] === 0;
}

/** Does the readable text contain `word`? The same answer as `doc.allText.includes(word)`. */
export function readableIncludes(doc: DocumentView, word: string): boolean {
  // Each node is one line: a word across a line break could only match the joined text.
  if (word.length === 0 || word.includes('\n')) return doc.allText.includes(word);
  const { text } = doc.normalized;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) if (readableAt(doc, at)) return true;
  return false;
}

const escape = (word: string): string => word.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/**
 * One expression per word list: any of the words, in code units as `includes` compares (every place, overlapping
 * ones too, is checked by `startsWith`).
 */
const anyOf = new WeakMap<readonly string[], RegExp>();

/**
 * Which of `words` the readable text contains (`found[i]` for `words[i]`): one scan for the whole list instead of
 * one per word, with the answers `doc.allText.includes(word)` gives.
 */
export function readableIncludesEach(doc: DocumentView, words: readonly string[]): boolean[] {
  if (words.some((w) => w.length === 0 || w.includes('\n'))) return words.map((w) => readableIncludes(doc, w));
  let re = anyOf.get(words);
  if (!re) {
    re = new RegExp(words.map(escape).join('|'), 'g');
    anyOf.set(words, re);
  }
  const { text } = doc.normalized;
  const found = words.map(() => false);
  let left = words.length;
  re.lastIndex = 0;
  for (let m = re.exec(text); m && left > 0; m = re.exec(text)) {
    const at = m.index;
    // The next search starts one past this place, so a word beginning inside this match is not skipped.
    re.lastIndex = at + 1;
    if (!readableAt(doc, at)) continue;
    for (let i = 0; i < words.length; i++) {
      if (!found[i] && text.startsWith(words[i]!, at)) {
        found[i] = true;
        left--;
      }
    }
  }
  return found;
}
