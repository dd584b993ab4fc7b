// Writes the JSON Schemas generated from the zod schemas next to the build, so the package ships them.
import { writeFileSync } from 'node:fs';
import { cliLineJsonSchema, recordJsonSchema, reportJsonSchema } from '../dist/index.js';

const write = (name, schema) => writeFileSync(new URL(`../dist/${name}`, import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
write('schema.json', cliLineJsonSchema());
write('record.schema.json', recordJsonSchema());
write('report.schema.json', reportJsonSchema());
