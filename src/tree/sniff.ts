/** Decide whether an input is HTML or plain text, from its first few kilobytes. */

const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<!--)/i;
const HTML_TAGS = /<\/?(?:html|body|div|p|table|tr|td|span|br|h[1-6]|ul|li|a\s)[\s>/]/gi;

export function sniffInputType(input: string): 'html' | 'text' {
  const head = input.slice(0, 4096);
  if (HTML_START.test(head)) return 'html';
  // Plain text may mention a tag or two; markup has many.
  const tags = head.match(HTML_TAGS);
  return tags !== null && tags.length >= 3 ? 'html' : 'text';
}
