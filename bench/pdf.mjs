// PDF input throughput: pages/s and MB/s of `parsePdf` (ogi-report/pdf) on the real PDFs (fixtures/real/pdf) and
// the generated ones (fixtures/pdf-generated), split into extraction (pdf.js text, rules, tables) and parsing,
// beside the text route on the same real reports (`pdftotext -layout` output through parseReport).
// CPU time of this process (process.cpuUsage: the machine is shared, wall time is noise), each document timed
// alone, runs alternating between documents, the median of the runs. Run after `npm run build`.
//   node bench/pdf.mjs            7 runs per document
//   QUICK=1 node bench/pdf.mjs    3 runs (a smoke run)
//   node bench/pdf.mjs --json F   the figures as JSON too (for npm run bench)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseReport } from '../dist/index.js';
import { extractPdfText, reportOfPdfText } from '../dist/pdf.js';
import { cpuMs, median } from './measure.mjs';

const quick = process.env.QUICK === '1';
const RUNS = quick ? 3 : 7;
const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const jsonAt = process.argv.indexOf('--json');

const pdfsIn = (dir) => readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort().map((f) => join(dir, f));
const sets = [
  // The mojibake file has no text to parse; it is timed too (what a reader pays to refuse it).
  { name: 'real', files: pdfsIn(join(fixtures, 'real/pdf')) },
  { name: 'generated', files: pdfsIn(join(fixtures, 'pdf-generated/docs')) },
];
const layoutOf = (file) => join(fixtures, 'real/pdf/layout', `${basename(file, '.pdf')}.txt`);

/** CPU milliseconds (user + system) of `fn`, awaited, and its result. */
async function cpu(fn) {
  const start = process.cpuUsage();
  const out = await fn();
  return { ms: cpuMs(start), out };
}

const docs = sets.flatMap((set) => set.files.map((file) => ({ set: set.name, file, bytes: readFileSync(file), extract: [], parse: [], text: [] })));
for (const doc of docs) {
  // One untimed read first (it gives the page count): the first calls pay for compiling pdf.js's code.
  doc.pages = (await extractPdfText(new Uint8Array(doc.bytes))).pageCount;
  try {
    doc.layout = readFileSync(layoutOf(doc.file), 'utf8');
  } catch {
    doc.layout = undefined;
  }
}
for (let run = 0; run < RUNS; run++) {
  for (const doc of docs) {
    // A fresh copy each time: pdf.js may take over the buffer it is given.
    const { ms: extractMs, out: pdf } = await cpu(() => extractPdfText(new Uint8Array(doc.bytes)));
    const { ms: parseMs } = await cpu(() => reportOfPdfText(pdf));
    doc.extract.push(extractMs);
    doc.parse.push(parseMs);
    if (doc.layout !== undefined) doc.text.push((await cpu(() => parseReport(doc.layout))).ms);
  }
}

const pad = (s, n) => String(s).padEnd(n);
const num = (x, n = 8, d = 1) => x.toFixed(d).padStart(n);
console.log(`PDF input: CPU ms per document (median of ${RUNS} runs), extraction (pdf.js) + parsing`);
console.log(`${pad('document', 40)}${'pages'.padStart(6)}${'KiB'.padStart(8)}${'extract'.padStart(9)}${'parse'.padStart(8)}${'total'.padStart(8)}${'pages/s'.padStart(9)}${'MB/s'.padStart(7)}`);
const summary = [];
for (const doc of docs) {
  const extract = median(doc.extract);
  const parse = median(doc.parse);
  const total = extract + parse;
  doc.total = total;
  console.log(`${pad(`${doc.set}/${basename(doc.file)}`, 40)}${String(doc.pages).padStart(6)}${num(doc.bytes.length / 1024, 8, 0)}${num(extract, 9)}${num(parse)}${num(total)}${num(doc.pages / (total / 1000), 9)}${num(doc.bytes.length / 1e6 / (total / 1000), 7, 2)}`);
}
console.log('');
for (const set of sets) {
  const inSet = docs.filter((d) => d.set === set.name);
  const pages = inSet.reduce((n, d) => n + d.pages, 0);
  const bytes = inSet.reduce((n, d) => n + d.bytes.length, 0);
  const ms = inSet.reduce((n, d) => n + d.total, 0);
  const extractShare = inSet.reduce((n, d) => n + median(d.extract), 0) / ms;
  const figure = { set: set.name, documents: inSet.length, pages, bytes, cpuMs: ms, pagesPerSecond: pages / (ms / 1000), mbPerSecond: bytes / 1e6 / (ms / 1000), extractShare };
  summary.push(figure);
  console.log(`${pad(`${set.name} PDFs`, 16)}${inSet.length} documents, ${pages} pages, ${(bytes / 1e6).toFixed(2)} MB: ${figure.pagesPerSecond.toFixed(1)} pages/s, ${figure.mbPerSecond.toFixed(2)} MB/s of PDF (${(100 * extractShare).toFixed(0)} % of it in extraction)`);
}
const withText = docs.filter((d) => d.layout !== undefined);
if (withText.length) {
  const textMs = withText.reduce((n, d) => n + median(d.text), 0);
  const textBytes = withText.reduce((n, d) => n + Buffer.byteLength(d.layout), 0);
  const pdfMs = withText.reduce((n, d) => n + d.total, 0);
  const pages = withText.reduce((n, d) => n + d.pages, 0);
  const text = { documents: withText.length, pages, textBytes, cpuMs: textMs, pagesPerSecond: pages / (textMs / 1000), mbPerSecond: textBytes / 1e6 / (textMs / 1000), pdfOverText: pdfMs / textMs };
  summary.push({ set: 'real, pdftotext -layout text', ...text });
  console.log(`${pad('text route', 16)}the same ${withText.length} real reports as pdftotext -layout text through parseReport: ${text.pagesPerSecond.toFixed(1)} pages/s, ${text.mbPerSecond.toFixed(2)} MB/s of text; the PDF route costs ${text.pdfOverText.toFixed(1)}× its CPU (pdftotext's own time not counted)`);
}
if (jsonAt >= 0) writeFileSync(process.argv[jsonAt + 1], `${JSON.stringify({ runs: RUNS, summary }, null, 2)}\n`);
