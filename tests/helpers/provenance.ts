/**
 * The provenance guarantee, as one check used by the fixture, smoke and property suites: every value's place is
 * inside the input, its `raw` is exactly that slice, and a stated figure appears in it (a blank cell or a derived
 * total covers the cells it comes from; a 万元 cell was converted, so its digits differ).
 */
import { expect } from 'vitest';
import type { Report } from 'ogi-report';

export function expectProvenance(input: string, report: Report): void {
  for (const field of Object.values(report.values)) {
    if (!field) continue;
    const { start, end, raw } = field.source;
    expect(start, field.key).toBeGreaterThanOrEqual(0);
    expect(end, field.key).toBeLessThanOrEqual(input.length);
    expect(start, field.key).toBeLessThanOrEqual(end);
    expect(input.slice(start, end), field.key).toBe(raw);
    const text = raw.normalize('NFKC').replace(/<[^>]*>|,/g, '');
    if (field.certainty === 'stated' && typeof field.value === 'number' && field.value > 0 && !text.includes('万')) {
      expect(text, field.key).toContain(String(field.value));
    }
  }
}
