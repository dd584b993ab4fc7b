/** Split a paragraph's text into sentences at 。！？ (and a closing quote or bracket that follows). */
import { type Line, sliceLine, trimLine } from './lines.js';

// 。！？!? end a sentence; a closing quote or bracket right after stays with it.
const isEnd = (c: number): boolean => c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f;
const isCloser = (c: number): boolean =>
  c === 0x201d || c === 0x2019 || c === 0x300d || c === 0x300f || c === 0xff09 || c === 0x29 || c === 0x22;

// The same ends, found by a native search (a loop over every character costs more than the sentences).
const END = /[。！？!?]/g;

/** The sentences of a paragraph line, each still mapped to the source; empty pieces are dropped. */
export function splitSentences(paragraph: Line): Line[] {
  const out: Line[] = [];
  const text = paragraph.value;
  let from = 0;
  END.lastIndex = 0;
  for (let m = END.exec(text); m !== null; m = END.exec(text)) {
    let to = m.index + 1;
    while (to < text.length && (isEnd(text.charCodeAt(to)) || isCloser(text.charCodeAt(to)))) to++;
    push(out, sliceLine(paragraph, from, to));
    from = to;
    END.lastIndex = to;
  }
  if (from < text.length) push(out, sliceLine(paragraph, from, text.length));
  return out;
}

function push(out: Line[], piece: Line): void {
  const trimmed = trimLine(piece);
  if (trimmed.value.length > 0) out.push(trimmed);
}
