// The real corpus of fixtures/real and one evaluation over it: every document through the built CLI (what users
// run), scored per set, per class (r = 2019+ report, s = 2008-era report, z = non-report, p = PDF, g = generated
// PDF) and group.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { promisify } from 'node:util';
import { disputedKeys, loadSet, scoreDocuments } from './score.mjs';

export const REAL = new URL('../../fixtures/real/', import.meta.url).pathname;
export const GENERATED = new URL('../../fixtures/pdf-generated/', import.meta.url).pathname;
export const CLI = new URL('../../dist/cli.js', import.meta.url).pathname;
export const BASELINE = join(REAL, 'baseline.json');
export const DISPUTES = join(REAL, 'disputes.json');

/**
 * The scored sets: `set` names it (in the table and the baseline's keys), `dir` holds `gold/` and the documents
 * (in `dir/docsSub`), `disputes` is the set whose disputes apply (one document read two ways shares its gold).
 */
export const SETS = [
  { set: 'pingtan', dir: join(REAL, 'pingtan'), docsSub: 'docs' },
  { set: 'regions', dir: join(REAL, 'regions'), docsSub: 'docs' },
  { set: 'pdf', dir: join(REAL, 'pdf'), docsSub: 'layout', label: 'pdf (pdftotext -layout)' },
  { set: 'pdf-files', dir: join(REAL, 'pdf'), docsSub: '.', disputes: 'pdf', label: 'pdf (.pdf files)' },
  { set: 'pdf-generated', dir: GENERATED, docsSub: 'docs' },
];

const CLASS_NAMES = { r: '2019+ reports', s: '2008-era reports', z: 'non-reports', p: 'PDF reports', g: 'generated PDFs' };
export const classOf = (id) => id[0];
export const className = (c) => CLASS_NAMES[c] ?? c;

export function readDisputes() {
  return existsSync(DISPUTES) ? JSON.parse(readFileSync(DISPUTES, 'utf8')) : [];
}

const run = promisify(execFile);

/**
 * The CLI's NDJSON rows for files, by document id. Asynchronous: a run over PDFs takes a while, and a test worker
 * blocked that long misses its own messages.
 */
export async function cliRows(files, cli = CLI) {
  let out;
  try {
    ({ stdout: out } = await run(process.execPath, [cli, '--format', 'ndjson', '--quiet', ...files], { encoding: 'utf8', maxBuffer: 1 << 28 }));
  } catch (error) {
    // Exit code 1 means some input failed; its rows are still on stdout.
    out = error.stdout ?? '';
    if (!out) throw error;
  }
  const rows = new Map();
  for (const line of out.split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line);
    rows.set(basename(row.file, extname(row.file)), row);
  }
  return rows;
}

/**
 * Evaluates every set: [{ set, label, cls, docs, groups, fullyRight, errors, disputed }] — one entry per set and
 * class present in it, with the documents and rows kept for the guard.
 */
export async function evaluate({ cli = CLI, disputes = readDisputes() } = {}) {
  const results = [];
  // The sets' CLI runs side by side; scored in the order of SETS.
  const loaded = SETS.map((s) => ({ ...s, docs: loadSet(s.dir, { docsSub: s.docsSub }) }));
  const rowsOf = await Promise.all(loaded.map(({ docs }) => cliRows(docs.map((d) => d.path), cli)));
  for (const [i, { set, docs, label, disputes: disputesOf = set }] of loaded.entries()) {
    const rows = rowsOf[i];
    const disputed = disputedKeys(disputes, disputesOf);
    const classes = [...new Set(docs.map((d) => classOf(d.id)))].sort();
    for (const cls of classes) {
      const inClass = docs.filter((d) => classOf(d.id) === cls);
      const score = scoreDocuments(inClass, rows, disputed);
      results.push({
        set,
        label: label ?? set,
        cls,
        ...score,
        documents: inClass,
        rows,
        disputed: disputes.filter((d) => (!d.set || d.set === disputesOf) && inClass.some((doc) => doc.id === d.id)),
      });
    }
  }
  return results;
}

/** The figures the baseline keeps: recall per set/class/group, and the false positives it allows. */
export function baselineOf(results) {
  const out = {};
  for (const r of results) {
    for (const [group, c] of Object.entries(r.groups)) {
      if (group === 'invented-on-negatives') continue;
      out[`${r.set}/${r.cls}/${group}`] = { tp: c.tp, fp: c.fp, fn: c.fn };
    }
  }
  return out;
}
