/**
 * One scan of a sentence for all sentence rules. Each rule's prefilter (`match`) and each of its `patterns` need
 * certain words: the words are derived from the regular expressions themselves (the literal text every match must
 * contain), so no rule restates them by hand and none can drift from its pattern. One pass over the sentence notes
 * which of all those words occur; a rule runs, and a pattern is executed, only where its words are there.
 *
 * Sound by construction: a word is kept only when every match of the expression contains it (a literal outside any
 * optional part, lookaround or alternative), and an expression that cannot be read that way needs nothing.
 */

/** What an expression needs: every entry is a set of words one of which occurs in any match. */
export type Needs = ReadonlyArray<readonly string[]>;

const NONE: Needs = [];

/** The index just past the group that opens at `open` (a `(`), or -1 when it does not close. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i) - 1;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** The index just past the character class that opens at `open` (a `[`). */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i + 1;
  }
  return source.length;
}

/** The index just past the escape at `at` (a backslash). */
function escapeEnd(source: string, at: number): number {
  const c = source[at + 1];
  if ((c === 'p' || c === 'P' || c === 'u') && source[at + 2] === '{') {
    const close = source.indexOf('}', at);
    return close < 0 ? source.length : close + 1;
  }
  if (c === 'u') return at + 6;
  if (c === 'x') return at + 4;
  if (c === 'c') return at + 3;
  if (c === 'k' && source[at + 2] === '<') {
    const close = source.indexOf('>', at);
    return close < 0 ? source.length : close + 1;
  }
  return at + 2;
}

const QUANTIFIER = /^\{(\d+)(?:,\d*)?\}/u;

/** The quantifier at `at`, if any: where it ends and whether it allows zero repetitions. */
function quantifier(source: string, at: number): { end: number; optional: boolean } | null {
  const c = source[at];
  let end: number;
  let optional: boolean;
  if (c === '?' || c === '*') {
    end = at + 1;
    optional = true;
  } else if (c === '+') {
    end = at + 1;
    optional = false;
  } else if (c === '{') {
    const m = QUANTIFIER.exec(source.slice(at, at + 24));
    if (!m) return null;
    end = at + m[0].length;
    optional = Number(m[1]) === 0;
  } else return null;
  if (source[end] === '?') end++; // lazy
  return { end, optional };
}

/** Top-level alternatives of `source` (split at `|` outside groups and classes). */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i = escapeEnd(source, i) - 1;
    else if (c === '[') i = classEnd(source, i) - 1;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

const SPECIAL = new Set(['(', ')', '[', ']', '{', '}', '|', '?', '*', '+', '.', '^', '$', '\\']);

/** The needs of a sequence without top-level alternatives. */
function sequenceNeeds(source: string): Array<readonly string[]> {
  const needs: Array<readonly string[]> = [];
  let run = '';
  const flush = (): void => {
    if (run) needs.push([run]);
    run = '';
  };
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '(') {
      const end = groupEnd(source, i);
      if (end < 0) return needs;
      flush();
      const q = quantifier(source, end);
      const lookaround = /^\(\?(?:<?[=!])/u.test(source.slice(i, i + 4));
      if (!lookaround && !q?.optional) {
        const body = source.slice(i + 1, end - 1).replace(/^\?(?::|<[^>]+>)/u, '');
        needs.push(...needsOfSource(body));
      }
      i = q ? q.end : end;
      continue;
    }
    let end: number;
    let literal: string | undefined;
    if (c === '[') end = classEnd(source, i);
    else if (c === '\\') {
      end = escapeEnd(source, i);
      const escaped = source[i + 1];
      // An escaped punctuation mark is that character; \d, \s, \p{…}, \u… stand for classes or codes: not words.
      if (end === i + 2 && escaped !== undefined && !/[\p{L}\p{N}]/u.test(escaped)) literal = escaped;
    } else if (SPECIAL.has(c)) end = i + 1;
    else {
      const width = (source.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
      end = i + width;
      literal = source.slice(i, end);
    }
    const q = quantifier(source, end);
    if (literal === undefined || q?.optional) flush();
    else {
      run += literal;
      if (q) flush(); // a repeated character ends the run: what follows is not next to it
    }
    i = q ? q.end : end;
  }
  flush();
  return needs;
}

/** The needs of a pattern source. Alternatives: one word of each, pooled (none when an alternative needs nothing). */
function needsOfSource(source: string): Array<readonly string[]> {
  const alts = alternatives(source);
  if (alts.length === 1) return sequenceNeeds(source);
  const pooled = new Set<string>();
  for (const alt of alts) {
    const needs = sequenceNeeds(alt);
    if (needs.length === 0) return [];
    // The need with the longest shortest word filters best.
    let best = needs[0]!;
    const shortest = (n: readonly string[]): number => Math.min(...n.map((w) => w.length));
    for (const n of needs) if (shortest(n) > shortest(best) || (shortest(n) === shortest(best) && n.length < best.length)) best = n;
    for (const w of best) pooled.add(w);
  }
  return [[...pooled]];
}

const cache = new WeakMap<RegExp, Needs>();

/** What every match of `re` contains (nothing for a case-insensitive or `v`-mode expression, read differently). */
export function needsOf(re: RegExp): Needs {
  let needs = cache.get(re);
  if (needs === undefined) {
    needs = /[iv]/u.test(re.flags) ? NONE : needsOfSource(re.source);
    cache.set(re, needs);
  }
  return needs;
}

/** True when `re` is an alternation of plain words (举报|投诉): it matches exactly where one of them occurs. */
function isWordList(re: RegExp): boolean {
  return !/[iv]/u.test(re.flags) && re.source.length > 0 && re.source.split('|').every((w) => w.length > 0 && ![...w].some((c) => SPECIAL.has(c)));
}

/**
 * The words a set of expressions needs, and one scan of a text that notes which occur. Built once per rule list;
 * `scan` answers for every expression at once, as bits (one row of `stride` 32-bit words per text).
 */
export class Prefilter {
  private readonly words: string[] = [];
  private readonly ids = new Map<string, number>();
  /** Per expression: the index of its needs in `needs` (see `indexOf`). */
  private readonly expressionIds = new Map<RegExp, number>();
  /**
   * Every expression's needs, flat: at an expression's index, its count of needs; then per need its count of words
   * and their ids. One array read after another, no object per need.
   */
  private readonly needs: number[] = [];
  private readonly wordLists = new Set<RegExp>();
  /** Per code unit: the last word registered that starts with it (-1: none); earlier ones chained through `next`. */
  private readonly first = new Int32Array(0x10000).fill(-1);
  private readonly next: number[] = [];
  /** Per word: its second code unit (-1 for a word of one), checked before the whole word is compared. */
  private readonly second: number[] = [];

  constructor(expressions: Iterable<RegExp>) {
    for (const re of expressions) {
      if (this.expressionIds.has(re)) continue;
      this.expressionIds.set(re, this.needs.length);
      const needs = needsOf(re);
      this.needs.push(needs.length);
      for (const need of needs) {
        this.needs.push(need.length);
        for (const w of need) this.needs.push(this.idOf(w));
      }
      if (isWordList(re)) this.wordLists.add(re);
    }
  }

  /** 32-bit words per scanned text. */
  get stride(): number {
    return (this.words.length + 31) >>> 5;
  }

  private idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(word);
      this.ids.set(word, id);
      const code = word.charCodeAt(0);
      this.next.push(this.first[code]!);
      this.second.push(word.length > 1 ? word.charCodeAt(1) : -1);
      this.first[code] = id;
    }
    return id;
  }

  /**
   * Note the words of `text` (or of its range `[from, to)`, which a line break or the end of `text` must follow) in
   * `bits[row * stride …]`: one pass, each position checked against the words starting there.
   */
  scan(text: string, bits: Uint32Array, row: number, from = 0, to = text.length): void {
    const base = row * this.stride;
    const { first, next, second, words } = this;
    for (let i = from; i < to; i++) {
      for (let id = first[text.charCodeAt(i)]!; id >= 0; id = next[id]!) {
        const slot = base + (id >>> 5);
        const bit = 1 << (id & 31);
        if ((bits[slot]! & bit) !== 0) continue;
        const two = second[id]!;
        if (two < 0 || (text.charCodeAt(i + 1) === two && text.startsWith(words[id]!, i))) bits[slot] = bits[slot]! | bit;
      }
    }
  }

  /** The index of a registered expression for `mayMatchAt` (-1: not registered, which may match anything). */
  indexOf(re: RegExp): number {
    return this.expressionIds.get(re) ?? -1;
  }

  /** False when the expression at `index` (see `indexOf`) cannot match the text scanned into row `row`. */
  mayMatchAt(index: number, bits: Uint32Array, row: number): boolean {
    if (index < 0) return true;
    const { needs } = this;
    const base = row * this.stride;
    let at = index + 1;
    for (let left = needs[index]!; left > 0; left--) {
      const end = at + 1 + needs[at]!;
      let found = false;
      for (let k = at + 1; k < end; k++) {
        const id = needs[k]!;
        if ((bits[base + (id >>> 5)]! & (1 << (id & 31))) !== 0) {
          found = true;
          break;
        }
      }
      if (!found) return false;
      at = end;
    }
    return true;
  }

  /** False when `re` cannot match the text scanned into row `row` (an expression not registered: true). */
  mayMatch(re: RegExp, bits: Uint32Array, row: number): boolean {
    return this.mayMatchAt(this.indexOf(re), bits, row);
  }

  /** True when `mayMatch` answers exactly whether `re` matches (a registered list of plain words). */
  exact(re: RegExp): boolean {
    return this.wordLists.has(re);
  }
}
