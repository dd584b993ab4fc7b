/** The format registry: defineFormat / extendFormat / forcing a format, and the user example from the docs. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { myFormat, parseWithMyFormat } from '../docs/examples/custom-format.js';
import { defineFormat, extendFormat } from '../src/engine/format.js';
import { defineRule } from '../src/engine/rule.js';
import { runRuleOnText } from '../src/engine/run-rule-on-text.js';
import { builtInFormats, ogi2008, ogi2019, ogi2021 } from '../src/formats/index.js';
import { parseReport } from '../src/parse-report.js';
import { toRecord } from '../src/record/to-record.js';

const REPORT_2017 = `某市统计局2017年政府信息公开工作年度报告

  现将本局2017年度政府信息公开工作情况报告如下。全年共收到政府信息公开申请5件，全部按时办结。全年收到有关政府信息公开的举报投诉3件。
`;

describe('the user format in docs/writing-a-format.md', () => {
  it('is the file the doc shows, verbatim', () => {
    const doc = readFileSync(new URL('../docs/writing-a-format.md', import.meta.url), 'utf8');
    const code = readFileSync(new URL('../docs/examples/custom-format.ts', import.meta.url), 'utf8');
    expect(doc).toContain(code.trim());
  });

  it('is detected ahead of ogi-2008 and adds its key', () => {
    const { report, record } = parseWithMyFormat(REPORT_2017);
    expect(report.format).toMatchObject({ id: 'my-reports', chosenBy: 'detected' });
    expect(report.format.evidence).toContain('mentions 举报投诉');
    expect(record['complaints.total']).toBe(3);
    expect(record['requests.received']).toBe(5);
    expect(record['meta.template']).toBe('my-reports');
  });

  it('keeps the base rules and the order of operations', () => {
    expect(myFormat.rules.map((r) => r.id)).toEqual([...ogi2008.rules.map((r) => r.id), 'my-reports/complaints']);
    expect(runRuleOnText(myFormat.rules.at(-1)!, '未收到有关政府信息公开的举报投诉。').map((f) => f.value)).toEqual([0]);
  });
});

describe('format registry', () => {
  it('registers the built-in formats by id; ogi-2021 extends ogi-2019', () => {
    expect(builtInFormats.map((f) => f.id)).toEqual(['ogi-2021', 'ogi-2019', 'ogi-2008']);
    expect(ogi2021.rules.map((r) => r.id)).toEqual(ogi2019.rules.map((r) => r.id));
    expect(Object.isFrozen(ogi2008)).toBe(true);
  });

  it('throws at definition time on unknown rule ids and bad ids', () => {
    expect(() => extendFormat(ogi2008, { id: 'x', disable: ['no/such-rule'] })).toThrow(/unknown rule/);
    expect(() => extendFormat(ogi2008, { id: 'x', replace: [defineRule({ ...ogi2008.rules[0]!, id: 'no/such-rule' })] })).toThrow(/unknown rule/);
    expect(() => defineFormat({ id: 'Bad Id', title: '', detect: () => ({ score: 0, evidence: [] }), rules: [] })).toThrow(/kebab/);
    expect(() => defineRule({ ...ogi2008.rules[0]!, id: 'noslash' })).toThrow(/set\/rule-name/);
  });

  it('disables and replaces rules by id', () => {
    const lean = extendFormat(ogi2008, { id: 'lean', disable: ['prose/fees-collected'] });
    expect(lean.rules.some((r) => r.id === 'prose/fees-collected')).toBe(false);
    const record = toRecord(parseReport(REPORT_2017.replace('举报投诉3件。', '未收取任何费用。'), { formats: [lean] }));
    expect(record['fees.collected']).toBeUndefined();
  });

  it('records the detection and its evidence in a message; the caller can force a format', () => {
    const detected = parseReport(REPORT_2017);
    expect(detected.format).toMatchObject({ id: 'ogi-2008', chosenBy: 'detected' });
    expect(detected.messages.find((m) => m.code === 'format-detected')?.message).toMatch(/report year 2017/);
    const forced = parseReport(REPORT_2017, { format: 'ogi-2021' });
    expect(forced.format).toMatchObject({ id: 'ogi-2021', chosenBy: 'forced' });
    expect(toRecord(forced)['meta.template']).toBe('ogi-2021');
  });

  it('detects ogi-2021 from template labels over the year', () => {
    const text = '某局2020年政府信息公开工作年度报告\n\n  现将本局2020年度工作情况报告如下。\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n规章 | 0 | 0 | 0 |\n';
    expect(parseReport(text).format.id).toBe('ogi-2021');
    expect(parseReport(text.replace(/\n信息内容[\s\S]*$/u, '\n')).format.id).toBe('ogi-2019');
  });

  it('rejects a key a rule did not declare, with a warning', () => {
    const sneaky = defineRule({
      id: 'test/sneaky',
      scope: 'sentence',
      keys: ['requests.received'],
      meta: { description: 'emits an undeclared key' },
      extract: (ctx) => [{ key: 'review.total', value: 1, view: ctx.view, from: 0, to: 1 }],
    });
    const fmt = defineFormat({ id: 'sneaky', title: 'x', detect: () => ({ score: 1, evidence: ['always'] }), rules: [sneaky] });
    const report = parseReport(REPORT_2017, { formats: [fmt] });
    expect(report.values['review.total']).toBeUndefined();
    expect(report.messages.some((m) => m.code === 'unknown-key')).toBe(true);
  });
});
