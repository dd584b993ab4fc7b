/**
 * Fixture regression: each case's expected values (keys listed as uncertain may differ), no count key the
 * expectation lacks, the day-precision milestones, provenance inside the input, the shipped JSON Schemas, and
 * equal records for the text and HTML renderings of one case. File snapshots guard everything else (review them
 * when they change).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/parse-report.js';
import { toRecord } from '../src/record/to-record.js';
import { fixtureCases } from './helpers/fixtures.js';
import { expectProvenance } from './helpers/provenance.js';
import { schemaErrors, validateRecord, validateReport } from './helpers/schemas.js';

const dayDates = (report: ReturnType<typeof parseReport>): string[] =>
  [...new Set(report.milestones.filter((m) => m.precision === 'day').flatMap((m) => (m.until ? [m.date, m.until] : [m.date])))].sort();

describe('fixtures', () => {
  for (const c of fixtureCases()) {
    describe(c.name, () => {
      for (const input of c.inputs) {
        const report = parseReport(input.content);
        const record: Record<string, unknown> = toRecord(report);
        const { fields, uncertain } = c.expected;

        it(`${input.type}: gives every expected value`, () => {
          for (const [key, value] of Object.entries(fields)) {
            if (uncertain.includes(key)) continue;
            expect(record[key], key).toBe(value);
          }
        });

        it(`${input.type}: gives no count the expectation lacks`, () => {
          for (const key of Object.keys(record)) {
            if (key.startsWith('meta.')) continue;
            expect(key in fields || uncertain.includes(key), `unexpected ${key}=${record[key]}`).toBe(true);
          }
        });

        it(`${input.type}: finds the written dates`, () => {
          expect(dayDates(report)).toEqual([...c.expected.milestones].sort());
          const resolved = dayDates(parseReport(input.content, { resolveYearlessDates: true }));
          expect(resolved).toEqual([...c.expected.milestones, ...(c.expected.optionalMilestones ?? [])].sort());
        });

        it(`${input.type}: every value points at text that states it`, () => {
          expectProvenance(input.content, report);
          for (const field of Object.values(report.values)) expect(field.source.raw, field.key).not.toMatch(/\d%|〔\d{4}〕/u);
        });

        it(`${input.type}: validates against the shipped JSON Schemas`, () => {
          expect(validateRecord(record), schemaErrors(validateRecord)).toBe(true);
          expect(validateReport(JSON.parse(JSON.stringify(report))), schemaErrors(validateReport)).toBe(true);
        });

        it(`${input.type}: matches its regression snapshot`, async () => {
          await expect(`${JSON.stringify(record, null, 2)}\n`).toMatchFileSnapshot(`${c.dir}/__snapshots__/${input.type}.record.json`);
        });
      }

      if (c.inputs.length > 1) {
        it('text and HTML renderings give the same record', () => {
          const [a, b] = c.inputs.map((i) => toRecord(parseReport(i.content)));
          expect(b).toEqual(a);
        });
      }
    });
  }
});
