/** Validators for the JSON Schemas the package ships (built into dist/ by `npm run build`). */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const load = (name: string): object => JSON.parse(readFileSync(new URL(`../../dist/${name}`, import.meta.url), 'utf8'));
const ajv = new Ajv2020.default({ allErrors: true, strict: false });

export const validateRecord = ajv.compile(load('record.schema.json'));
export const validateReport = ajv.compile(load('report.schema.json'));
export const validateCliLine = ajv.compile(load('schema.json'));

export function schemaErrors(validate: { errors?: unknown }): string {
  return JSON.stringify(validate.errors ?? [], null, 1);
}
