/**
 * Where an HTML input's markup is: tags, comments, and the contents of script and style. The page hides these
 * ranges (a toggle shows them) so the text reads as the page does, while every offset stays the input's own.
 * A scan with indexOf: linear, and the only regular expressions are literal words.
 */

export interface MarkupRange {
  readonly start: number;
  readonly end: number;
  /** The tag breaks a line where the page would (p, div, br, tr, li, headings, table) or separates cells (td, th). */
  readonly breaks: 'line' | 'cell' | 'none';
}

const LINE = new Set(['p', 'div', 'br', 'tr', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'section', 'article', 'ul', 'ol', 'hr', 'title', 'header', 'footer']);
const CELL = new Set(['td', 'th']);
const RAW = ['script', 'style'];
const RAW_CLOSE: Record<string, RegExp> = { script: /<\/script/gi, style: /<\/style/gi };

function tagName(text: string, at: number): string {
  let i = at + 1;
  if (text[i] === '/') i++;
  let name = '';
  while (i < text.length && name.length < 16) {
    const c = text[i]!;
    if (!/[A-Za-z0-9]/.test(c)) break;
    name += c.toLowerCase();
    i++;
  }
  return name;
}

export function markupRanges(text: string): MarkupRange[] {
  const out: MarkupRange[] = [];
  let i = text.indexOf('<');
  while (i !== -1) {
    let end: number;
    let breaks: MarkupRange['breaks'] = 'none';
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      end = close === -1 ? text.length : close + 3;
    } else {
      const gt = text.indexOf('>', i + 1);
      end = gt === -1 ? text.length : gt + 1;
      const name = tagName(text, i);
      if (!name && text[i + 1] !== '!' && text[i + 1] !== '?') {
        // A lone '<' in text is text.
        i = text.indexOf('<', i + 1);
        continue;
      }
      if (LINE.has(name)) breaks = 'line';
      else if (CELL.has(name)) breaks = 'cell';
      if (RAW.includes(name) && text[i + 1] !== '/') {
        RAW_CLOSE[name]!.lastIndex = end;
        const close = RAW_CLOSE[name]!.exec(text)?.index ?? -1;
        if (close !== -1) {
          const gt2 = text.indexOf('>', close);
          end = gt2 === -1 ? text.length : gt2 + 1;
        } else end = text.length;
      }
    }
    out.push({ start: i, end, breaks });
    i = text.indexOf('<', end);
  }
  return out;
}
