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
 * The words of every list asked about so far, and one expression for any of them (rebuilt when a list brings new
 * words): the format detectors ask about three lists of each document, and one scan answers all three. A caller that
 * keeps bringing new words (past MAX_WORDS) is answered with a search per word instead.
 */
const MAX_WORDS = 256;
const known = new Set<string>();
let knownWords: string[] = [];
let anyKnown: RegExp | undefined;
let generation = 0;
/** Per document: the known words its readable text contains, as of the generation of `known` it was scanned with. */
const present = new WeakMap<DocumentView, { generation: number; words: Set<string> }>();

/** The known words the readable text contains (every place of each match is checked, overlapping ones too). */
function knownPresent(doc: DocumentView): Set<string> {
  const memo = present.get(doc);
  if (memo && memo.generation === generation) return memo.words;
  anyKnown ??= new RegExp(knownWords.map(escape).join('|'), 'g');
  const re = anyKnown;
  const words = new Set<string>();
  const { text } = doc.normalized;
  re.lastIndex = 0;
  for (let m = re.exec(text); m && words.size < knownWords.length; m = re.exec(text)) {
    const at = m.index;
    // The next search starts one past this place, so a word beginning inside this match is not skipped.
    re.lastIndex = at + 1;
    if (!readableAt(doc, at)) continue;
    for (const word of knownWords) if (!words.has(word) && text.startsWith(word, at)) words.add(word);
  }
  present.set(doc, { generation, words });
  return words;
}

/**
 * Which of `words` the readable text contains (`found[i]` for `words[i]`): one scan for the words of every list asked
 * about, instead of one per word or per list, with the answers `doc.allText.includes(word)` gives.
 */
export function readableIncludesEach(doc: DocumentView, words: readonly string[]): boolean[] {
  if (words.some((w) => w.length === 0 || w.includes('\n'))) return words.map((w) => readableIncludes(doc, w));
  if (words.some((w) => !known.has(w))) {
    if (known.size + words.length > MAX_WORDS) return words.map((w) => readableIncludes(doc, w));
    for (const w of words) known.add(w);
    knownWords = [...known];
    anyKnown = undefined;
    generation++;
  }
  const found = knownPresent(doc);
  return words.map((w) => found.has(w));
}
