/**
 * The next place of either of two characters in a text, by native searches (`indexOf`), each resumed only once the
 * scan has passed its last find: line breaks (\n and \r), colons (: and ：). One search per occurrence, whatever
 * the number of calls.
 */
export class NextOfTwo {
  // The last find of each at or after the previous `from` (-1: none left; -2: not searched yet).
  private first = -2;
  private second = -2;

  constructor(
    private readonly text: string,
    private readonly a: string,
    private readonly b: string,
  ) {}

  /** The index of the nearer of the two characters at or after `from`, or -1 when neither is left. `from` never goes back. */
  at(from: number): number {
    if (this.first !== -1 && this.first < from) this.first = this.text.indexOf(this.a, from);
    if (this.second !== -1 && this.second < from) this.second = this.text.indexOf(this.b, from);
    const { first, second } = this;
    return first === -1 ? second : second === -1 ? first : Math.min(first, second);
  }
}
