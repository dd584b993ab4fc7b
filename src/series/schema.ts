/**
 * What the series checks take and give: zod schemas first, the types derived from them (as for the report), so a
 * finding line can be validated and documented from one source.
 */
import { z } from 'zod';

/** Where a value stands in its document (as much as the input gives: a parsed file has all, an NDJSON row only --explain's line/column). */
export const SeriesPlace = z.object({
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  line: z.number().int().positive().optional(),
  column: z.number().int().positive().optional(),
  raw: z.string().optional(),
});
export type SeriesPlace = z.infer<typeof SeriesPlace>;

/** One document of a series: its file name, its flat record and, when known, where each value was read. */
export const SeriesDocument = z.object({
  file: z.string(),
  record: z.record(z.string(), z.union([z.string(), z.number()])),
  places: z.record(z.string(), SeriesPlace).optional(),
});
export type SeriesDocument = z.infer<typeof SeriesDocument>;

/** One number a check used: which document, which key, its value and place; `sign` is how it enters the sum. */
export const SeriesTerm = z.object({
  file: z.string(),
  year: z.number().int(),
  key: z.string(),
  value: z.number(),
  sign: z.union([z.literal(1), z.literal(-1)]),
  place: SeriesPlace.optional(),
});
export type SeriesTerm = z.infer<typeof SeriesTerm>;

export const SeriesCheckId = z.enum(['carried-over', 'in-force', 'item-count']);
export type SeriesCheckId = z.infer<typeof SeriesCheckId>;

/** A promise one year's report makes to the next, checked: `expected` (the sum of `terms`) against `actual` (`target`). */
export const SeriesCheck = z.object({
  kind: z.literal('check'),
  check: SeriesCheckId,
  status: z.enum(['ok', 'break']),
  agency: z.string(),
  from: z.number().int(),
  to: z.number().int(),
  expected: z.number(),
  actual: z.number(),
  terms: z.array(SeriesTerm),
  target: SeriesTerm,
  message: z.string(),
});
export type SeriesCheck = z.infer<typeof SeriesCheck>;

export const SeriesNoteCode = z.enum(['template-change', 'duplicate-year', 'year-gap', 'agency-variant', 'office-variant', 'not-in-series']);
export type SeriesNoteCode = z.infer<typeof SeriesNoteCode>;

/** Something said about a series rather than checked: a template change, two reports for one year, a gap, a name variant. */
export const SeriesNote = z.object({
  kind: z.literal('note'),
  code: SeriesNoteCode,
  agency: z.string(),
  years: z.array(z.number().int()),
  files: z.array(z.string()),
  message: z.string(),
});
export type SeriesNote = z.infer<typeof SeriesNote>;

export const SeriesFinding = z.discriminatedUnion('kind', [SeriesCheck, SeriesNote]);
export type SeriesFinding = z.infer<typeof SeriesFinding>;

/** One row of the per-agency time series (CSV: agency, year, key, value, file). */
export const TimeSeriesRow = z.object({
  agency: z.string(),
  year: z.number().int(),
  key: z.string(),
  value: z.number(),
  file: z.string(),
});
export type TimeSeriesRow = z.infer<typeof TimeSeriesRow>;
