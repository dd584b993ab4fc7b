// A user-defined format: the 2008 rule set plus a rule for complaints (举报投诉), detected ahead of the built-in
// ogi-2008 when the document mentions 举报投诉. Run by tests/format-api.test.ts.
import {
  type Format,
  builtInFormats,
  extendFormat,
  ogi2008,
  parseReport,
  pattern,
  proseRule,
  toRecord,
} from 'ogi-report';

// 1. A rule: data (patterns) plus the guard that the sentence is about disclosure.
const complaints = proseRule({
  id: 'my-reports/complaints',
  description: '举报投诉 about information disclosure: 收到…举报投诉 N 件.',
  match: /举报|投诉/u,
  when: (ctx) => /信息公开|政务公开/u.test(ctx.text),
  patterns: [
    { key: 'complaints.total', re: pattern('(?:收到|受理)(?:有关)?(?:政府)?信息公开(?:工作)?(?:的)?举报投诉{N}') },
    { key: 'complaints.total', value: 0, re: pattern('未(?:收到|发生)(?:有关)?(?:政府)?信息公开(?:工作)?(?:的)?举报投诉') },
  ],
  examples: [{ input: '全年收到有关政府信息公开的举报投诉3件。', expect: { 'complaints.total': 3 } }],
});

// 2. A format derived from a built-in one by explicit operations on rule ids.
export const myFormat: Format = extendFormat(ogi2008, {
  id: 'my-reports',
  title: '2008-era reports with complaint counts',
  add: [complaints],
  detect: (doc) => {
    const base = ogi2008.detect(doc);
    const mentions = doc.allText.includes('举报投诉');
    return { ...base, score: base.score + (mentions ? 1 : 0), evidence: [...base.evidence, ...(mentions ? ['mentions 举报投诉'] : [])] };
  },
});

// 3. Use it: offer it first, with the built-in formats as the fallback.
export function parseWithMyFormat(text: string) {
  const report = parseReport(text, { formats: [myFormat, ...builtInFormats] });
  return { report, record: toRecord(report) };
}
