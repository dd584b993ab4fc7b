/** Titles of other documents cited in 《》 (a notice the report was written under): their words are not the report's. */
const CITED = /《[^《》]{0,80}》/gu;

/** The text with every cited title blanked out, same length, so indices into it still hold. */
export function blankCited(text: string): string {
  return text.replace(CITED, (c) => '　'.repeat(c.length));
}
