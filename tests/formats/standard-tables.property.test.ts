/**
 * Property tests: random valid tables rendered in every form read back exactly; run-together digits never yield a
 * wrong cell; an injected inconsistency raises exactly the warning code of the identity it breaks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport, toRecord } from 'ogi-report';
import {
  type TablesModel,
  type Template,
  type TextForm,
  appRows,
  consistentModel,
  expectedRecord,
  renderHtml,
  renderText,
} from '../helpers/standard-tables.js';
import { SEED, settle } from '../robustness/arbitraries.js';

const RUNS = Math.max(1, Math.round(Number(process.env.OGI_PROPERTY_RUNS ?? 40) / 2));
const FORMS: Array<TextForm | 'html'> = ['html', 'pipes', 'pipes-repeated', 'tabs', 'aligned', 'cell-per-line', 'cell-per-line-bare'];

/** Numbers as reports have them: many zeros, many small counts, some large ones. */
const numbers = fc.array(fc.oneof(fc.constant(0), fc.nat(9), fc.nat(300), fc.nat(100000)), { minLength: 220, maxLength: 220 });
const model = (template: Template, pool: number[]): TablesModel => {
  let i = 0;
  return consistentModel(template, () => pool[i++ % pool.length]!);
};
const render = (m: TablesModel, form: TextForm | 'html'): string => (form === 'html' ? renderHtml(m) : renderText(m, form));
const tableRecord = (input: string): Record<string, unknown> =>
  Object.fromEntries(Object.entries(toRecord(parseReport(input))).filter(([k]) => /^(requests\.(received|carried)|dispositions\.|review\.|litigation\.|proactive\.)/.test(k)));
const tableWarnings = (input: string): string[] =>
  [...new Set(parseReport(input).messages.filter((m) => m.severity === 'warning').map((m) => m.code))].sort();

describe.each(['2019', '2021'] as Template[])('random %s tables', (template) => {
  it.each(FORMS)('read back exactly from %s', async (form) => {
    await settle();
    fc.assert(
      fc.property(numbers, (pool) => {
        const m = model(template, pool);
        expect(tableRecord(render(m, form))).toEqual(expectedRecord(m));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it.each(['html', 'pipes', 'tabs', 'cell-per-line'] as const)('zeros written as blank cells read back as 0 (%s)', async (form) => {
    await settle();
    fc.assert(
      fc.property(numbers, (pool) => {
        const m = model(template, pool);
        const expected = expectedRecord(m);
        const options = { blank: (key: string) => expected[key] === 0 };
        const input = form === 'html' ? renderHtml(m, options) : renderText(m, form, options);
        expect(tableRecord(input)).toEqual(expected);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  // Run-together digits, on a line of their own and inside a page whose textContent ran into one line.
  const runTogether = {
    'its own line': (m: TablesModel): string => renderText(m, 'run-together'),
    'a whole page in one line': (m: TablesModel): string => {
      const lines = renderText(m, 'run-together').split('\n');
      return `${lines[0]}\n${lines.slice(1).join('')}`;
    },
  };
  it.each(Object.keys(runTogether) as Array<keyof typeof runTogether>)('run-together digits (%s): every cell read is right', async (name) => {
    await settle();
    fc.assert(
      fc.property(numbers, (pool) => {
        const m = model(template, pool);
        const expected = expectedRecord(m);
        for (const [key, value] of Object.entries(tableRecord(runTogether[name](m)))) expect([key, value]).toEqual([key, expected[key]]);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  const bump = (m: TablesModel, row: string, column: number, delta: number, totalToo: boolean): TablesModel => {
    const applications = new Map(m.applications);
    const v = [...applications.get(row)!];
    v[column] = v[column]! + delta;
    if (totalToo) v[6] = v[6]! + delta;
    applications.set(row, v);
    return { ...m, applications };
  };
  const dispositionRows = appRows(template).filter((r) => r.groups.length > 0 && r.id !== 'total').map((r) => r.id);
  const injections = fc.record({
    kind: fc.constantFrom('row', 'balance', 'row-total', 'review'),
    row: fc.constantFrom(...dispositionRows),
    column: fc.integer({ min: 0, max: 5 }),
    delta: fc.integer({ min: 1, max: 50 }),
    form: fc.constantFrom(...FORMS),
  });

  it('an injected inconsistency raises exactly the matching warning', async () => {
    await settle();
    fc.assert(
      fc.property(numbers, injections, (pool, inj) => {
        let m = model(template, pool);
        let code: string;
        switch (inj.kind) {
          case 'row': // a disposition cell and its row total: the 办理结果 rows no longer sum to (七)总计
            m = bump(m, inj.row, inj.column, inj.delta, true);
            code = 'table.sum-mismatch';
            break;
          case 'balance': // 一 grows in one column and its total: 一 + 二 ≠ 三(七) + 四
            m = bump(m, 'received', inj.column, inj.delta, true);
            code = 'table.balance-mismatch';
            break;
          case 'row-total': // only a row's 总计: its applicant columns no longer sum to it
            m = bump(m, inj.row, 6, inj.delta, false);
            code = 'table.sum-mismatch';
            break;
          default: {
            const review = [...m.review];
            review[4] = review[4]! + inj.delta;
            m = { ...m, review };
            code = 'table.sum-mismatch';
          }
        }
        expect(tableWarnings(render(m, inj.form))).toEqual([code]);
      }),
      { numRuns: RUNS * 2, seed: SEED },
    );
  });
});
