// npm run eval: accuracy on the real corpus (fixtures/real), per set, class and group.
//   npm run eval                      the table
//   npm run eval -- --verbose         every miss and every wrong value, with its key
//   npm run eval -- --json out.json   the summary as JSON too
//   npm run eval -- --update-baseline raise fixtures/real/baseline.json to today's figures (the guard's floor)
// Run after a build (`npm run eval` builds first).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { BASELINE, baselineOf, className, evaluate } from './corpus.mjs';
import { GROUPS, rates } from './score.mjs';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const jsonAt = args.indexOf('--json');
const jsonPath = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
const updateBaseline = args.includes('--update-baseline');

const results = await evaluate();
const pct = (x) => (Number.isNaN(x) ? '    —' : (100 * x).toFixed(1).padStart(5));
const pad = (s, n) => String(s).padEnd(n);
const num = (n) => String(n).padStart(5);

console.log(`${pad('set / class', 44)}${pad('group', 12)}    P      R     F1     tp    fp    fn  fully right`);
const summary = [];
for (const r of results) {
  const title = `${r.label} ${r.cls}* (${className(r.cls)})`;
  let first = true;
  for (const group of [...GROUPS, 'invented-on-negatives']) {
    const c = r.groups[group];
    if (!c) continue;
    const { p, r: rec, f1 } = rates(c);
    const docsCol = first ? `  ${r.fullyRight}/${r.docs}` : '';
    console.log(`${pad(first ? title : '', 44)}${pad(group, 12)}${pct(p)}  ${pct(rec)}  ${pct(f1)}  ${num(c.tp)} ${num(c.fp)} ${num(c.fn)}${docsCol}`);
    summary.push({ set: r.set, class: r.cls, group, precision: p, recall: rec, f1, ...c, docs: r.docs, fullyRight: r.fullyRight });
    first = false;
  }
}

const disputed = results.flatMap((r) => r.disputed.map((d) => ({ set: r.set, ...d })));
if (disputed.length) {
  console.log(`\ndisputed gold values (skipped by the eval and the guard; fixtures/real/disputes.json):`);
  for (const d of disputed) console.log(`  ${d.set}/${d.id}\t${d.key}\tgold=${JSON.stringify(d.gold)}\tread=${JSON.stringify(d.read)}${verbose ? `\t${d.why}` : ''}`);
}

if (verbose) {
  console.log('\nmisses and wrong values:');
  for (const r of results) {
    for (const e of r.errors) {
      const what = e.kind === 'missed' ? 'missed' : e.kind === 'wrong' ? 'WRONG ' : 'extra ';
      console.log(`  ${r.set}/${e.id}\t${what}\t${e.key}\tgold=${JSON.stringify(e.gold)}\tgot=${JSON.stringify(e.got)}`);
    }
  }
}

if (jsonPath) writeFileSync(jsonPath, `${JSON.stringify({ results: summary, disputed }, null, 2)}\n`);

if (updateBaseline) {
  const next = baselineOf(results);
  const previous = existsSync(BASELINE) ? JSON.parse(readFileSync(BASELINE, 'utf8')) : {};
  const lower = Object.entries(next).filter(([k, c]) => {
    const old = previous[k];
    return old && (c.tp / (c.tp + c.fn) < old.tp / (old.tp + old.fn) || c.fp > old.fp);
  });
  if (lower.length) {
    console.error(`\nnot written: lower than the committed baseline at ${lower.map(([k]) => k).join(', ')}`);
    process.exitCode = 1;
  } else {
    writeFileSync(BASELINE, `${JSON.stringify(next, null, 1)}\n`);
    console.log(`\nbaseline written: ${BASELINE}`);
  }
}
