/**
 * Fallback for HTML that is not built into a tree (more tags than the budget allows, or nesting so deep that the
 * HTML parser runs out of stack): markup and entities are blanked with spaces of the same length, so the text
 * reader sees the words at the exact offsets they have in the HTML. Block-level tags become line breaks so
 * paragraphs stay apart.
 *
 * What is blanked: a comment `<!-- … -->`, a `<script>` or `<style>` element with its content (lowercase name,
 * closed by `</script>` / `</style>`), a tag `<name …>` or `</name …>` up to the first `>`, and an entity
 * `&name;` / `&#…;` of at most 31 characters. A scan, not one regular expression: an unclosed `<!--`, `<script>`
 * or `<a` made such a regex search to the end of the input from every one of them, quadratic on a page of
 * 400,000 unclosed tags (which is exactly the page that comes here). Each kind of closer is searched for once
 * from where the last search left off, so the whole scan is linear; the output is built in one buffer of the
 * input's length.
 */
import { unitsToString } from '../text/utf16.js';
const BLOCK = /^(?:p|div|br|tr|li|h[1-6]|table|section|article|td|th)$/i;
const TAG_NAME = /<\/?([a-zA-Z][a-zA-Z0-9-]*)/y;
const SCRIPT_OPEN = /<(script|style)\b/y;
const ENTITY = /&#?[a-zA-Z0-9]{1,31};/y;
const NEWLINE = 10;
const SPACE = 32;

/** The first place of `needle` at or after `from`, remembered: later searches from before that place reuse it. */
class Closer {
  private found = -2;
  private from = Infinity;

  constructor(private readonly find: (from: number) => number) {}

  at(from: number): number {
    // A search from `this.from` found nothing, or found `this.found`, which is still the first one after `from`.
    if (from >= this.from && (this.found === -1 || this.found >= from)) return this.found;
    this.from = from;
    this.found = this.find(from);
    return this.found;
  }
}

export function blankMarkup(html: string): string {
  const out = new Uint16Array(html.length);
  for (let i = 0; i < html.length; i++) out[i] = html.charCodeAt(i);
  const search = (needle: string) => new Closer((from) => html.indexOf(needle, from));
  const closers = {
    gt: search('>'),
    comment: search('-->'),
    script: closingTag(html, 'script'),
    style: closingTag(html, 'style'),
  };
  const blank = (from: number, to: number, block: boolean): void => {
    let newline = false;
    for (let k = from; k < to; k++) {
      if (out[k] === NEWLINE) newline = true;
      else out[k] = SPACE;
    }
    if (block && !newline) out[from] = NEWLINE;
  };

  let i = 0;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (c === 0x3c /* < */) {
      const markup = markupAt(html, i, closers);
      if (markup) {
        blank(i, markup.end, markup.block);
        i = markup.end;
        continue;
      }
    } else if (c === 0x26 /* & */) {
      ENTITY.lastIndex = i;
      if (ENTITY.test(html)) {
        blank(i, ENTITY.lastIndex, false);
        i = ENTITY.lastIndex;
        continue;
      }
    }
    i++;
  }
  return unitsToString(out, 0, out.length, false);
}

/** A search for `</name` followed by optional white space and `>`. */
function closingTag(html: string, name: 'script' | 'style'): Closer {
  const re = new RegExp(`</${name}\\s*>`, 'g');
  return new Closer((from) => {
    re.lastIndex = from;
    return re.exec(html)?.index ?? -1;
  });
}

/** The end of the markup opening at `html[at]` (`<`), and whether it is a block tag; null when none opens there. */
function markupAt(
  html: string,
  at: number,
  closers: { gt: Closer; comment: Closer; script: Closer; style: Closer },
): { end: number; block: boolean } | null {
  if (html.startsWith('<!--', at)) {
    const close = closers.comment.at(at + 4);
    if (close >= 0) return { end: close + 3, block: false };
  }
  const gt = closers.gt.at(at + 1);
  if (gt < 0) return null;
  SCRIPT_OPEN.lastIndex = at;
  const script = SCRIPT_OPEN.exec(html);
  if (script) {
    const closer = script[1] === 'script' ? closers.script : closers.style;
    const close = closer.at(gt + 1);
    if (close >= 0) return { end: html.indexOf('>', close) + 1, block: false };
  }
  TAG_NAME.lastIndex = at;
  const tag = TAG_NAME.exec(html);
  return tag ? { end: gt + 1, block: BLOCK.test(tag[1]!) } : null;
}

