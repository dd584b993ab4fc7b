// The documents the bench runs on: the real corpus (fixtures/real) by class, and real table text built from it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;

const read = (path) => {
  const bytes = readFileSync(path);
  return { path, bytes, text: bytes.toString('utf8'), size: bytes.length };
};

/**
 * The real corpus by class. The id's letter is its class (fixtures/real/README.md): r = 2019+ report, s = 2008-era
 * report, z = not a report; pdf/layout holds the text layer of the real PDF reports (pdftotext -layout). The real
 * corpus has no HTML page: the HTML class is the fixtures' HTML inputs (one real 2016 page, two table renderings).
 */
export function loadCorpus() {
  const docs = [];
  for (const [set, sub] of [['pingtan', 'docs'], ['regions', 'docs'], ['pdf', 'layout']]) {
    const dir = join(fixtures, 'real', set, sub);
    for (const name of readdirSync(dir).sort()) docs.push({ ...read(join(dir, name)), id: `${set}/${name}`, set });
  }
  const html = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'input.html') html.push({ ...read(path), id: path.slice(fixtures.length) });
    }
  };
  walk(fixtures);
  const letter = (d) => d.id.split('/').at(-1)[0];
  const classes = [
    { name: '2019+ reports (text)', docs: docs.filter((d) => d.set !== 'pdf' && letter(d) === 'r') },
    { name: '2019+ reports (PDF text layer)', docs: docs.filter((d) => d.set === 'pdf') },
    { name: '2008-era reports', docs: docs.filter((d) => letter(d) === 's') },
    { name: 'non-reports', docs: docs.filter((d) => letter(d) === 'z') },
    { name: 'HTML pages (fixtures)', docs: html },
  ];
  return { docs, html, classes };
}

/** Values a table reader produced: the cells read. */
export const isTableValue = (field) => field.rule.includes('table');

// The template's heading of the first table section (二、主动公开政府信息情况): the table part starts there.
const FIRST_TABLE_HEADING = '主动公开政府信息情况';

/**
 * The table part of a parsed real report: from the heading of the first table section (or the first cell read, if
 * that heading is not within reach before it) to the end of the last cell read. Undefined for a document whose
 * tables gave fewer than `minCells` values.
 */
export function tablePart(text, report, minCells = 40) {
  const cells = Object.values(report.values).filter((f) => isTableValue(f) && f.source);
  if (cells.length < minCells) return undefined;
  const first = Math.min(...cells.map((f) => f.source.start));
  const last = Math.max(...cells.map((f) => f.source.end));
  const heading = text.lastIndexOf(FIRST_TABLE_HEADING, first);
  const start = heading >= 0 && first - heading < 4000 ? heading : first;
  return text.slice(start, last);
}

/**
 * A document of `size` UTF-8 bytes: `head`, then `parts` repeated in turn, one per line, cut at a character.
 */
export function buildText(parts, size, head = '') {
  const out = head ? [head] : [];
  let n = head ? Buffer.byteLength(head) + 1 : 0;
  for (let i = 0; n < size; i++) {
    const t = parts[i % parts.length];
    out.push(t);
    n += Buffer.byteLength(t) + 1;
  }
  const text = out.join('\n');
  let chars = Math.floor((text.length * size) / n);
  while (chars > 0 && Buffer.byteLength(text.slice(0, chars)) > size) chars = Math.floor(chars * 0.999);
  return text.slice(0, chars);
}
