/** The public API: the sorted list of named exports is a contract; a change here is a deliberate API change. */
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "APPLICANT_SUFFIXES",
        "COUNT_UNITS",
        "Certainty",
        "CliLine",
        "DocumentKind",
        "DocumentView",
        "ENCODINGS",
        "FormatChoice",
        "KEYS",
        "MAX_INPUT_BYTES",
        "MESSAGE_CODES",
        "Message",
        "Milestone",
        "OgiError",
        "RECORD_KEYS",
        "RecordSchema",
        "Report",
        "ReportMeta",
        "SeriesCheck",
        "SeriesCheckId",
        "SeriesDocument",
        "SeriesFinding",
        "SeriesNote",
        "SeriesNoteCode",
        "SeriesPlace",
        "SeriesTerm",
        "Source",
        "TextView",
        "TimeSeriesRow",
        "UNITS",
        "ValueField",
        "builtInFormats",
        "checkSeries",
        "cliLineJsonSchema",
        "commonRefiners",
        "commonRules",
        "createProcessor",
        "decodeBytes",
        "defineFormat",
        "defineRefiner",
        "defineRule",
        "extendFormat",
        "foldAgency",
        "formatCalendarDate",
        "getFormat",
        "isRecordKey",
        "isValidCalendarDate",
        "moneyIn",
        "normalize",
        "ogi2008",
        "ogi2019",
        "ogi2021",
        "parseBytes",
        "parseChineseDigitString",
        "parseChineseInteger",
        "parseDate",
        "parseQuantity",
        "parseReport",
        "pattern",
        "proseRule",
        "proseRules",
        "recordJsonSchema",
        "renderReviewPage",
        "reportJsonSchema",
        "runRuleOnText",
        "scanDates",
        "scanQuantities",
        "seriesDocumentFromLine",
        "seriesDocumentFromReport",
        "timeSeries",
        "timeSeriesCsv",
        "toRecord",
      ]
    `);
  });

  it('parses and flattens in two calls', () => {
    const report = api.parseReport('某局2018年政府信息公开工作年度报告\n\n  现将本局2018年度工作报告如下。全年共收到政府信息公开申请7件。\n');
    expect(api.toRecord(report)).toMatchObject({ 'meta.kind': 'annual-report', 'meta.year': 2018, 'requests.received': 7 });
  });
});

describe('docs/record.md', () => {
  it('lists exactly the canonical keys (regenerate with npm run docs)', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(new URL('../docs/record.md', import.meta.url), 'utf8');
    const listed = [...doc.matchAll(/^\| `([^`]+)` \|/gmu)].map((m) => m[1]);
    expect(listed).toEqual([...api.RECORD_KEYS]);
  });
});

describe('docs/rules.md', () => {
  it('lists every built-in rule with its keys (regenerate with npm run docs)', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8');
    const rules = new Map([...api.commonRules, ...api.builtInFormats.flatMap((f) => f.rules)].map((r) => [r.id, r]));
    const listed = [...doc.matchAll(/^## `([^`]+)`$/gmu)].map((m) => m[1]);
    expect(listed).toEqual([...rules.keys()]);
    for (const rule of rules.values()) for (const key of rule.keys) expect(doc).toContain(`\`${key}\``);
  });
});
