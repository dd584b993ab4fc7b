// The outputs whose bytes must not change when only speed is meant to: every fixture document through
// `parseReport` (the Report as JSON) and `toRecord` (the record as JSON), run on the built library.
//   node tests/identity/outputs.mjs --write    records their SHA-256 in tests/identity/outputs.json
//   node tests/identity/outputs.mjs --dump DIR writes each output in full, to diff two builds
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';

const root = new URL('../../', import.meta.url).pathname;
const fixtures = join(root, 'fixtures');

/** Every document under fixtures/ that a user would feed the parser as text: inputs, real docs, layout texts. */
export function fixtureDocuments() {
  const found = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== '__snapshots__' && name !== 'gold') walk(path);
      } else if (/\.(txt|html?)$/.test(name)) found.push(path);
    }
  };
  walk(fixtures);
  return found;
}

export async function outputsOf(library) {
  const { parseReport, toRecord, decodeBytes } = library;
  const out = {};
  for (const path of fixtureDocuments()) {
    const bytes = readFileSync(path);
    const text = decodeBytes ? decodeBytes(bytes).text : bytes.toString('utf8');
    const report = parseReport(text);
    out[relative(root, path)] = { report: JSON.stringify(report), record: JSON.stringify(toRecord(report)) };
  }
  return out;
}

const sha = (s) => createHash('sha256').update(s).digest('hex').slice(0, 16);
export const hashesOf = (outputs) =>
  Object.fromEntries(Object.entries(outputs).map(([k, v]) => [k, { report: sha(v.report), record: sha(v.record) }]));

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { write: { type: 'boolean' }, dump: { type: 'string' } } });
  const outputs = await outputsOf(await import(join(root, 'dist/index.js')));
  if (values.write) {
    writeFileSync(join(root, 'tests/identity/outputs.json'), `${JSON.stringify(hashesOf(outputs), null, 1)}\n`);
    console.log(`wrote ${Object.keys(outputs).length} hashes to tests/identity/outputs.json`);
  }
  if (values.dump) {
    for (const [k, v] of Object.entries(outputs)) {
      const file = join(values.dump, `${k.replaceAll('/', '__')}.json`);
      mkdirSync(values.dump, { recursive: true });
      writeFileSync(file, `${v.report}\n${v.record}\n`);
    }
    console.log(`dumped ${Object.keys(outputs).length} outputs to ${values.dump}`);
  }
}
