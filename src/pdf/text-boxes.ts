/**
 * One page's pdf.js text items → cleaned, placed text runs (PdfTextBox), top-left origin. Blank items (pdf.js emits
 * a space item, often thousands of points wide, for every gap) and items off the page are dropped; a vertical
 * (Identity-V) run continued by the next item of the same column is joined into one run, one label.
 */
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { Util } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem, TextStyle } from 'pdfjs-dist/types/src/display/api.js';
import { cleanRun, isCjk } from './clean-text.js';
import type { Box, PdfTextBox } from './types.js';

export interface PageText {
  readonly width: number;
  readonly height: number;
  readonly texts: PdfTextBox[];
  /** pdf.js text items that held glyphs (before cleaning): 0 on a page with no text layer. */
  readonly glyphItems: number;
}

// When a font gives no metrics: the usual CJK font proportions.
const ASCENT = 0.88;
const DESCENT = -0.12;

/** Character boundaries along a run of length `extent`, CJK characters weighted twice a Latin one. */
function charEdges(str: string, from: readonly number[], start: number, extent: number): number[] {
  const cumulative = [0];
  for (let i = 0; i < str.length; i++) cumulative.push(cumulative[i]! + (isCjk(str.charCodeAt(i)) ? 2 : 1));
  const total = cumulative[str.length]! || 1;
  const at = (i: number) => start + (extent * cumulative[i]!) / total;
  const edges = from.map((i) => at(i));
  edges.push(from.length > 0 ? at(from[from.length - 1]! + 1) : start);
  return edges;
}

/** The maximal runs of non-space characters of a string. */
function words(str: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const re = /[^\s\u3000]+/gu;
  for (let m = re.exec(str); m; m = re.exec(str)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function isTextItem(item: object): item is TextItem {
  return 'str' in item;
}

/** The runs of one page. */
export async function readPageText(page: PDFPageProxy, number: number): Promise<PageText> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const texts: PdfTextBox[] = [];
  let glyphItems = 0;
  content.items.forEach((item, index) => {
    if (!isTextItem(item) || item.str.length === 0) return;
    if (item.str.trim().length > 0) glyphItems++;
    const style: TextStyle | undefined = content.styles[item.fontName];
    const tx = Util.transform(viewport.transform, item.transform) as number[];
    const size = Math.hypot(tx[2]!, tx[3]!) || item.height;
    const vertical = item.dir === 'ttb' || style?.vertical === true;
    const place = (box: Box): boolean =>
      // Text placed outside the page is not shown; a run wider than the page is a blank filler, not glyphs.
      !(box[2] < 0 || box[0] > viewport.width || box[3] < 0 || box[1] > viewport.height) && box[2] - box[0] <= 2 * viewport.width;
    if (vertical) {
      const { text, from } = cleanRun(item.str);
      if (text.length === 0) return;
      const top = tx[5]!;
      const extent = item.height || size * text.length;
      const box: Box = [tx[4]!, top, tx[4]! + (item.width || size), top + extent];
      if (place(box)) texts.push({ text, box, page: number, item: index, vertical: true, edges: charEdges(item.str, from, top, extent), size });
      return;
    }
    const ascent = style?.ascent || ASCENT;
    const descent = style?.descent || DESCENT;
    const [top, bottom] = [tx[5]! - ascent * size, tx[5]! - descent * size];
    // pdf.js joins the glyphs of one baseline into one item across gaps it writes as a space, even across the
    // border of two table cells (`1260 7260`, `本年新制作数量 本年新公开数量`): each word is a run of its own.
    for (const word of words(item.str)) {
      const { text, from } = cleanRun(item.str.slice(word.start, word.end));
      if (text.length === 0) continue;
      const edges = charEdges(item.str, from.map((i) => i + word.start), tx[4]!, item.width);
      const box: Box = [edges[0]!, top, edges[edges.length - 1]!, bottom];
      if (place(box)) texts.push({ text, box, page: number, item: index, baseline: tx[5]!, edges, size });
    }
  });
  return { width: viewport.width, height: viewport.height, texts: joinVertical(texts), glyphItems };
}

/** Consecutive vertical runs of one column (same x, each starting where the last ends) → one run. */
function joinVertical(texts: PdfTextBox[]): PdfTextBox[] {
  const out: PdfTextBox[] = [];
  for (const run of texts) {
    const last = out[out.length - 1];
    const size = run.size ?? 10;
    if (
      last?.vertical &&
      run.vertical &&
      Math.abs(last.box[0] - run.box[0]) < size * 0.25 &&
      run.box[1] >= last.box[3] - size * 0.25 &&
      run.box[1] <= last.box[3] + size * 0.75
    ) {
      out[out.length - 1] = {
        ...last,
        text: last.text + run.text,
        box: [Math.min(last.box[0], run.box[0]), last.box[1], Math.max(last.box[2], run.box[2]), run.box[3]],
        edges: [...(last.edges ?? []).slice(0, -1), ...(run.edges ?? [])],
      };
      continue;
    }
    out.push(run);
  }
  return out;
}
