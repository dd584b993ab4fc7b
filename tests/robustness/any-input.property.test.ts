/**
 * For any string — random Unicode, report-like text and HTML, mutated fixtures — `parseReport` returns a report
 * that validates against the shipped schema, whose record validates too, and whose every value points at input text
 * that states it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport, toRecord } from 'ogi-report';
import { fixtureCases } from '../helpers/fixtures.js';
import { expectProvenance } from '../helpers/provenance.js';
import { schemaErrors, validateRecord, validateReport } from '../helpers/schemas.js';
import { anyString, applyEdits, edits, noisyHtml, reportLike, settings, settle } from './arbitraries.js';

function expectSound(input: string): void {
  const report = parseReport(input);
  expect(validateReport(JSON.parse(JSON.stringify(report))), schemaErrors(validateReport)).toBe(true);
  expect(validateRecord(toRecord(report)), schemaErrors(validateRecord)).toBe(true);
  expectProvenance(input, report);
}

describe('any input', () => {
  it('random Unicode strings', async () => {
    await settle();
    fc.assert(fc.property(anyString, expectSound), settings(2));
  });

  it('report-like text and HTML built from real pieces', async () => {
    await settle();
    fc.assert(fc.property(reportLike, expectSound), settings(2));
  });

  it('report-like text read as HTML and as text alike', async () => {
    await settle();
    fc.assert(
      fc.property(reportLike, (input) => {
        for (const type of ['text', 'html'] as const) {
          const report = parseReport(input, { input: type });
          expect(validateReport(JSON.parse(JSON.stringify(report))), schemaErrors(validateReport)).toBe(true);
          expectProvenance(input, report);
        }
      }),
      settings(),
    );
  });
});

describe('HTML the parser reads differently from its source', () => {
  // Character references, NUL characters (dropped by the parser), tags it drops (a <tr> outside a table, with `>`
  // inside a quoted attribute) and CRLF all shift the text against the source; every offset must still be exact.
  it('entities, NUL characters and dropped tags between the statements of a report', async () => {
    await settle();
    fc.assert(
      fc.property(noisyHtml, (input) => {
        const report = parseReport(input);
        expectProvenance(input, report);
        expect(report.values['requests.received']?.value).toBe(58);
      }),
      settings(2),
    );
  });
});

describe('mutated fixtures', () => {
  const cases = fixtureCases().flatMap((c) => c.inputs.map((i) => ({ name: `${c.name} (${i.type})`, content: i.content })));
  it('lines and cells deleted, duplicated, swapped; markup inserted; truncated', async () => {
    await settle();
    fc.assert(
      fc.property(fc.constantFrom(...cases), edits, (c, list) => expectSound(applyEdits(c.content, list))),
      settings(3),
    );
  });
});
