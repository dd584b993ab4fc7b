/**
 * `validate`: the zod check of the compiled report is off the hot path and on when asked for. The report is the same
 * either way (keys in the schema's order), and a rule that emits what the schema forbids (NaN) is caught only with it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extendFormat } from '../src/engine/format.js';
import { defineRule } from '../src/engine/rule.js';
import { ogi2008 } from '../src/formats/index.js';
import { parseReport } from '../src/parse-report.js';
import { toRecord } from '../src/record/to-record.js';
import { Report } from '../src/schema/report.js';

const r001 = readFileSync(new URL('../fixtures/real/pingtan/docs/r001.txt', import.meta.url), 'utf8');

describe('parseReport(text, { validate })', () => {
  it('gives the same report with and without the check, and that report matches the schema', () => {
    const plain = parseReport(r001);
    const checked = parseReport(r001, { validate: true });
    expect(JSON.stringify(checked)).toBe(JSON.stringify(plain));
    expect(toRecord(checked)['proactive.total']).toBe(2602);
    expect(Object.keys(plain.meta)).toEqual(['kind', 'template', 'title', 'agency', 'year', 'publishedAt', 'periodStart', 'periodEnd']);
    expect(JSON.stringify(Report.parse(plain))).toBe(JSON.stringify(plain));
  });

  it('throws internal.invalid-report for a value the schema forbids only when validating', () => {
    const broken = extendFormat(ogi2008, {
      id: 'broken',
      add: [
        defineRule({
          id: 'broken/nan',
          scope: 'sentence',
          keys: ['complaints.total'],
          match: /举报投诉/u,
          meta: { description: 'emits NaN' },
          extract: (ctx) => [{ key: 'complaints.total', value: Number.NaN, view: ctx.view, from: 0, to: 2 }],
        }),
      ],
    });
    const text = '某市统计局2017年政府信息公开工作年度报告\n\n  现将本局2017年度政府信息公开工作情况报告如下。全年收到有关政府信息公开的举报投诉3件。\n';
    expect(parseReport(text, { format: broken }).values['complaints.total']?.value).toBeNaN();
    expect(() => parseReport(text, { format: broken, validate: true })).toThrow(expect.objectContaining({ code: 'internal.invalid-report' }));
  });
});
