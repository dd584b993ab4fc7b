// Regenerates docs/rules.md from the built-in rule registry (run after `npm run build`); a test keeps it current.
import { writeFileSync } from 'node:fs';
import { builtInFormats, commonRules } from '../dist/index.js';

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

Generated from the rule registry (\`node scripts/gen-docs.mjs\`); a test keeps it current. Each rule declares the
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
writeFileSync(new URL('../docs/rules.md', import.meta.url), out);
