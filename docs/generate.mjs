// Regenerates docs/record.md and src/schema/record-types.ts (from the key registry) and docs/rules.md (from the rule
// registry).
// Run with `npm run docs` (it builds first); tests check both files are current.
import { writeFileSync } from 'node:fs';
import { KEYS, builtInFormats, commonRules } from '../dist/index.js';
import { recordTypesSource } from './record-types.mjs';

function recordDoc() {

const groups = new Map();
for (const k of KEYS) {
  const group = k.key.includes('@') ? 'applicant columns (table 三)' : k.key.split('.')[0];
  if (!groups.has(group)) groups.set(group, []);
  groups.get(group).push(k);
}
let out = `# The record: keys and meanings

\`toRecord(report)\` and the CLI's \`record\` field flatten one document into **dot-path key → value**. These keys are
the public contract (CSV columns, datasets, downstream tools). This page is generated from \`src/schema/keys.ts\`
(\`npm run docs\`); a test keeps it current.

Rules (from the project's record contract):
- A key is present **only when the document states the value** (a table cell, or a sentence that binds the number to
  its meaning). Absent means "not stated". No key is filled by arithmetic from other keys, except the
  template-defined totals of the standard tables, which the typed report marks \`derived\`.
- An explicit nil statement is a value: 未发生行政复议 / 没有…行政诉讼 → 0.
- Approximate statements (6030余条) keep their number; the typed report marks them \`approximate: true\`.
- Counts are integers. Money: \`proactive.fees.amount\` in 万元, other money in 元.
- Table cells: the plain key holds the 总计 column; \`key@naturalPerson\`, \`@commercial\`, \`@research\`, \`@social\`,
  \`@legal\`, \`@otherOrg\` hold the applicant columns.

The typed \`Report\` is richer: every value has \`certainty\` (\`stated\` / \`blank\` / \`derived\`), \`approximate\`, \`unit\`,
the \`rule\` that read it and its \`source\` (\`start\`/\`end\` offsets into the original input, \`line\`/\`column\`, the
\`raw\` slice). JSON Schemas ship with the package: \`ogi-report/record.schema.json\`, \`ogi-report/report.schema.json\`
and \`ogi-report/schema.json\` (one CLI output line).

`;
for (const [group, keys] of groups) {
  out += `\n## ${group}\n\n| key | type | meaning |\n|---|---|---|\n`;
  for (const k of keys) out += `| \`${k.key}\` | ${k.type}${k.unit ? ` (${k.unit})` : ''} | ${k.description} |\n`;
}
writeFileSync(new URL('./record.md', import.meta.url), out);
}

function rulesDoc() {

const rules = new Map();
for (const rule of commonRules) rules.set(rule.id, { rule, formats: ['all (common)'] });
for (const format of builtInFormats) {
  for (const rule of format.rules) {
    const entry = rules.get(rule.id) ?? { rule, formats: [] };
    entry.formats.push(format.id);
    rules.set(rule.id, entry);
  }
}
let out = `# Built-in rules

Generated from the rule registry (\`npm run docs\`); a test keeps it current. Each rule declares the
keys it may emit; its examples are run as tests (\`tests/formats/examples.test.ts\`). \`—\` means the key must not be
emitted for that input (a near miss).

| format | rules |
|---|---|
${builtInFormats.map((f) => `| \`${f.id}\` | ${f.rules.map((r) => `\`${r.id}\``).join(', ')} |`).join('\n')}
`;
for (const [id, { rule, formats }] of rules) {
  out += `\n## \`${id}\`\n\n${rule.meta.description}\n\n- scope: \`${rule.scope}\`; formats: ${formats.join(', ')}\n- keys: ${rule.keys.map((k) => `\`${k}\``).join(', ')}\n`;
  const examples = rule.meta.examples ?? [];
  if (examples.length) {
    out += '\n| input | expected |\n|---|---|\n';
    for (const ex of examples) {
      const expect = Object.entries(ex.expect).map(([k, v]) => `${k} = ${v === null ? '—' : v}`).join('; ');
      out += `| ${ex.input.replace(/\n/g, ' ⏎ ').replace(/\|/g, '\\|')} | ${expect}${ex.year ? ` (report year ${ex.year})` : ''} |\n`;
    }
  }
}
writeFileSync(new URL('./rules.md', import.meta.url), out);
}

recordDoc();
rulesDoc();
writeFileSync(new URL('../src/schema/record-types.ts', import.meta.url), recordTypesSource(KEYS));
