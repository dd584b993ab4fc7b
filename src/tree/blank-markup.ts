/**
 * Fallback for HTML that cannot be built into a tree (nesting so deep that the HTML parser runs out of stack):
 * markup and entities are blanked with spaces of the same length, so the text reader sees the words at the exact
 * offsets they have in the HTML. Block-level tags become line breaks so paragraphs stay apart.
 */
const TAG = /<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<\/?([a-zA-Z][a-zA-Z0-9-]*)[^>]*>|&#?[a-zA-Z0-9]{1,31};/g;
const BLOCK = /^(?:p|div|br|tr|li|h[1-6]|table|section|article|td|th)$/i;

export function blankMarkup(html: string): string {
  return html.replace(TAG, (match, _raw: string | undefined, tag: string | undefined) => {
    const blank = match.replace(/[^\n]/g, ' ');
    return tag && BLOCK.test(tag) && !blank.includes('\n') ? `\n${blank.slice(1)}` : blank;
  });
}
