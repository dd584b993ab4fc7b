// Scoring of CLI rows against the hand-checked gold of fixtures/real: the same rules as the reference scorer
// (tests/eval/reference-score.mjs, which a test runs once to prove the figures equal), plus disputed keys.
// Pure: no I/O beyond reading the set's gold, so the eval, the guard test and the reference check share it.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

const norm = (v) => (typeof v === 'string' ? v.normalize('NFKC').replace(/\s+/g, '') : v);
// Titles and agencies are written several ways in one document: containment either way counts as right.
const SOFT = new Set(['meta.title', 'meta.agency']);
export const sameValue = (a, b, key) =>
  typeof a === 'number' || typeof b === 'number'
    ? Number(a) === Number(b)
    : SOFT.has(key)
      ? (norm(a).includes(norm(b)) || norm(b).includes(norm(a))) && Math.min(norm(a).length, norm(b).length) >= 2
      : norm(a) === norm(b);
// Keys the gold does not label yet: a prediction of them is neither right nor wrong.
const UNLABELED = [/^complaints\./, /^requests\.byChannel\.email$/];

export const groupOf = (key) => (key.startsWith('meta.') ? 'meta' : key.includes('@') ? 'cells' : 'counts');
export const GROUPS = ['meta', 'counts', 'cells', 'milestones'];

/** The documents of a set with their gold: [{ id, path, gold }], sorted by id. */
export function loadSet(setDir, { docsSub = 'docs' } = {}) {
  const docsDir = join(setDir, docsSub);
  const goldDir = join(setDir, 'gold');
  const docs = readdirSync(docsDir).filter((f) => !f.startsWith('.'));
  const out = [];
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
    const id = basename(file, '.json');
    const doc = docs.find((f) => basename(f, extname(f)) === id);
    if (doc) out.push({ id, path: join(docsDir, doc), gold: JSON.parse(readFileSync(join(goldDir, file), 'utf8')) });
  }
  return out;
}

/** Disputed gold values: `${set}/${id}` → Set of keys the eval and the guard skip (and list). */
export function disputedKeys(disputes, set) {
  const out = new Map();
  for (const d of disputes) {
    if (d.set && d.set !== set) continue;
    if (!out.has(d.id)) out.set(d.id, new Set());
    out.get(d.id).add(d.key);
  }
  return out;
}

const emptyCounts = () => ({ tp: 0, fp: 0, fn: 0 });

/**
 * Scores one document's CLI row against its gold. Returns per-group counts, the list of errors (misses and wrong
 * values, each with its key) and whether the document is fully right.
 */
export function scoreDocument(doc, row, disputed = new Set()) {
  const { gold, id } = doc;
  const rec = row?.record ?? {};
  const skip = new Set([...(gold.uncertain ?? []), ...disputed]);
  const negative = gold.fields?.['meta.kind'] === 'other';
  const groups = {};
  const g = (name) => (groups[name] ??= emptyCounts());
  const errors = [];
  let fullyRight = !!row?.ok;
  const keys = new Set([...Object.keys(gold.fields ?? {}), ...Object.keys(rec)]);
  for (const key of keys) {
    if (skip.has(key)) continue;
    const gv = gold.fields?.[key];
    if (gv === undefined && UNLABELED.some((re) => re.test(key))) continue;
    const group = groupOf(key);
    const pv = rec[key];
    const inGold = gv !== undefined;
    const inPred = pv !== undefined && pv !== null;
    if (inGold && inPred && sameValue(gv, pv, key)) {
      g(group).tp++;
      continue;
    }
    const kind = inGold && inPred ? 'wrong' : inPred ? 'extra' : 'missed';
    if (inPred) {
      g(group).fp++;
      if (negative && group !== 'meta') g('invented-on-negatives').fp++;
    }
    if (inGold) g(group).fn++;
    fullyRight = false;
    errors.push({ id, key, kind, gold: gv, got: pv, group });
  }
  const goldDates = new Set(gold.milestones ?? []);
  const optional = new Set(gold.optionalMilestones ?? []);
  const got = new Set();
  for (const m of row?.milestones ?? []) {
    if (m.precision && m.precision !== 'day') continue;
    if (m.date) got.add(String(m.date).slice(0, 10));
    if (m.until) got.add(String(m.until).slice(0, 10));
  }
  for (const d of got) {
    if (optional.has(d)) continue;
    if (goldDates.has(d)) g('milestones').tp++;
    else {
      g('milestones').fp++;
      errors.push({ id, key: 'milestone', kind: 'extra', got: d, group: 'milestones' });
    }
  }
  for (const d of goldDates) {
    if (got.has(d)) continue;
    g('milestones').fn++;
    errors.push({ id, key: 'milestone', kind: 'missed', gold: d, group: 'milestones' });
  }
  if (!row) errors.push({ id, key: '(no output row)', kind: 'missed', group: 'meta' });
  return { groups, errors, fullyRight };
}

/** Adds the counts of `b` into `a` (both group → {tp, fp, fn}). */
export function addGroups(a, b) {
  for (const [name, c] of Object.entries(b)) {
    const t = (a[name] ??= emptyCounts());
    t.tp += c.tp;
    t.fp += c.fp;
    t.fn += c.fn;
  }
  return a;
}

export function rates({ tp, fp, fn }) {
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  return { p, r, f1: (2 * p * r) / (p + r) };
}

/** Scores documents (with their rows by id): { groups, docs, fullyRight, errors }. */
export function scoreDocuments(docs, rowsById, disputedById = new Map()) {
  const groups = {};
  const errors = [];
  let fullyRight = 0;
  for (const doc of docs) {
    const s = scoreDocument(doc, rowsById.get(doc.id), disputedById.get(doc.id));
    addGroups(groups, s.groups);
    errors.push(...s.errors);
    if (s.fullyRight) fullyRight++;
  }
  return { groups, docs: docs.length, fullyRight, errors };
}
