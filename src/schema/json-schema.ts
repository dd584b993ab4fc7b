/** JSON Schemas generated from the zod schemas (the single source); shipped as dist/*.schema.json. */
import * as z from 'zod/mini';
import { CliLine, RecordSchema, Report } from './report.js';

const generate = (schema: z.ZodMiniType, id: string, title: string): Record<string, unknown> => ({
  $id: `https://ogi-report.dev/schema/${id}`,
  title,
  ...(z.toJSONSchema(schema, { target: 'draft-2020-12' }) as Record<string, unknown>),
});

/** The flat record (record-keys.md). */
export const recordJsonSchema = (): Record<string, unknown> => generate(RecordSchema, 'record.schema.json', 'ogi-report record');
/** The typed report. */
export const reportJsonSchema = (): Record<string, unknown> => generate(Report, 'report.schema.json', 'ogi-report report');
/** One CLI output line (NDJSON line, or an element of the JSON array). */
export const cliLineJsonSchema = (): Record<string, unknown> => generate(CliLine, 'schema.json', 'ogi-report CLI line');
