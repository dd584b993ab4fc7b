/** HTML escaping for text and attribute values (the page is built as a string, so every inserted text goes through these). */

const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => TEXT[c]!);
}

/** Text of an HTML input shown as the browser would: character references are kept (they cannot open markup), the rest escaped. */
export function escKeepingReferences(s: string): string {
  return s.replace(/&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{0,31});|[&<>"']/g, (m) => (m.length > 1 ? m : TEXT[m]!));
}
