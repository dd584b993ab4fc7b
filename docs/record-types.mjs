// Renders src/schema/record-types.ts (the RecordKey union and the typed OgiRecord) from the key registry: the same
// source as docs/record.md. Used by docs/generate.mjs (`npm run docs`) and by the test that keeps the file current.

const VALUE_TYPES = {
  count: 'number',
  signed: 'number',
  money: 'number',
  year: 'number',
  text: 'string',
  date: 'string',
  kind: 'DocumentKind',
  template: 'string',
};

/** @param {ReadonlyArray<{ key: string, type: keyof typeof VALUE_TYPES, unit?: string, description: string }>} keys */
export function recordTypesSource(keys) {
  const doc = (k) => `  /** ${k.description.replace(/\*\//g, '*\\/')}${k.unit ? ` (${k.unit})` : ''} */\n`;
  return `// Generated from src/schema/keys.ts by \`npm run docs\` (docs/record-types.mjs), like docs/record.md; a test keeps it
// current. Do not edit by hand.
import type { DocumentKind } from './report.js';

/** Every canonical record key (docs/record.md), in record order. */
export type RecordKey =
${keys.map((k) => `  | '${k.key}'`).join('\n')};

/**
 * The flat record (\`toRecord\`, the CLI's \`record\`): a value type per key, every key optional but \`meta.kind\`.
 * Counts and money are numbers; dates are \`YYYY-MM-DD\` strings. A misspelt key does not compile.
 */
export type OgiRecord = {
${keys.map((k) => `${doc(k)}  '${k.key}'${k.key === 'meta.kind' ? '' : '?'}: ${VALUE_TYPES[k.type]};`).join('\n')}
};
`;
}
