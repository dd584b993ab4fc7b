/**
 * A normalised view of one text-bearing tree node, with the composed map back to the original input
 * (normalised index → node value index → source offset). Rules only ever see views; the engine owns offsets.
 */
import { type NormalizedText, normalize, sourceEndOf, sourceStartOf, stripGlosses } from '../text/normalize.js';
import { type Quantity, quantityAt, scanQuantities } from '../text/quantities.js';
import type { TextNode } from '../tree/types.js';

export class TextView {
  readonly node: TextNode;
  private readonly norm: NormalizedText;
  private quantitiesCache: Quantity[] | undefined;

  /** `norm`: the node's normalised text when the caller has it already (a window of the document's, see DocumentView). */
  constructor(node: TextNode, norm: NormalizedText = normalize(node.value)) {
    this.node = node;
    this.norm = norm;
  }

  /** The normalised text rules match against. */
  get text(): string {
    return this.norm.text;
  }

  /** Number tokens of the text (scanned once, on first use). */
  get quantities(): Quantity[] {
    this.quantitiesCache ??= scanQuantities(this.norm.text);
    return this.quantitiesCache;
  }

  /**
   * The normalised range `[from, to)` as the node writes it (Traditional characters kept), without inline pinyin
   * glosses and spaces: how a name is reported "as written".
   */
  written(from: number, to: number): string {
    const { norm, node } = this;
    if (norm.text.length === 0 || to <= from) return '';
    const a = sourceStartOf(norm, Math.max(from, 0));
    const b = sourceEndOf(norm, Math.min(to, norm.text.length) - 1);
    return stripGlosses(node.value.slice(a, b)).replace(/[\s\u3000\u00a0]+/gu, '');
  }

  /** The index in the node's value just after normalised character `to - 1` (0 for an empty range). */
  toValueEnd(to: number): number {
    if (to <= 0 || this.norm.text.length === 0) return 0;
    return sourceEndOf(this.norm, Math.min(to, this.norm.text.length) - 1);
  }

  /** The number token spanning exactly `[start, end)`, if any: read at `start`, not by a scan of the whole text. */
  quantityAt(start: number, end: number): Quantity | undefined {
    return quantityAt(this.norm.text, start, end, () => this.quantities);
  }

  /** Indexes `[start, end)` into the node's value of the normalised range `[from, to)` (empty text: 0, 0). */
  valueRange(from: number, to: number): { start: number; end: number } {
    const { norm } = this;
    if (norm.text.length === 0) return { start: 0, end: 0 };
    const a = Math.min(Math.max(from, 0), norm.text.length - 1);
    const b = Math.min(Math.max(to - 1, a), norm.text.length - 1);
    return { start: sourceStartOf(norm, a), end: sourceEndOf(norm, b) };
  }

  /** Source offsets `[start, end)` of the normalised range `[from, to)`. */
  toSource(from: number, to: number): { start: number; end: number } {
    const { norm, node } = this;
    const base = node.position.start.offset ?? 0;
    if (norm.text.length === 0) return { start: base, end: base };
    const { start: valueStart, end: valueEnd } = this.valueRange(from, to);
    if (!node.offsets) return { start: base + valueStart, end: base + valueEnd };
    const last = node.value.length - 1;
    return {
      start: node.offsets.start[Math.min(valueStart, last)]!,
      end: node.offsets.end[Math.min(Math.max(valueEnd - 1, 0), last)]!,
    };
  }
}
