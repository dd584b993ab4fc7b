/** Split a paragraph's text into sentences at 。！？ (and a closing quote or bracket that follows). */
import { type Line, sliceLine, trimLine } from './lines.js';

const END = new Set(['。', '！', '？', '!', '?']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '"']);

/** The sentences of a paragraph line, each still mapped to the source; empty pieces are dropped. */
export function splitSentences(paragraph: Line): Line[] {
  const out: Line[] = [];
  const text = paragraph.value;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (!END.has(text[i]!)) continue;
    let to = i + 1;
    while (to < text.length && (END.has(text[to]!) || CLOSERS.has(text[to]!))) to++;
    push(out, sliceLine(paragraph, from, to));
    from = to;
    i = to - 1;
  }
  if (from < text.length) push(out, sliceLine(paragraph, from, text.length));
  return out;
}

function push(out: Line[], piece: Line): void {
  const trimmed = trimLine(piece);
  if (trimmed.value.length > 0) out.push(trimmed);
}
