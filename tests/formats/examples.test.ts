/** Every rule's `meta.examples` is a test: the rule alone, on the example's text, gives the expected values. */
import { describe, expect, it } from 'vitest';
import { runRuleOnText } from '../../src/engine/run-rule-on-text.js';
import type { Rule } from '../../src/engine/rule.js';
import { commonRules } from '../../src/formats/common/index.js';
import { builtInFormats } from '../../src/formats/index.js';

const rules = new Map<string, Rule>();
for (const rule of [...commonRules, ...builtInFormats.flatMap((f) => f.rules)]) rules.set(rule.id, rule);

describe('rule examples', () => {
  it('every built-in rule documents itself with examples', () => {
    for (const rule of rules.values()) {
      expect(rule.meta.description.length, rule.id).toBeGreaterThan(10);
      expect(rule.meta.examples?.length ?? 0, `${rule.id} has examples`).toBeGreaterThan(0);
    }
  });

  for (const rule of rules.values()) {
    for (const [i, example] of (rule.meta.examples ?? []).entries()) {
      it(`${rule.id} #${i + 1}: ${example.input.slice(0, 40)}`, () => {
        const findings = runRuleOnText(rule, example.input, example.year === undefined ? {} : { year: example.year });
        const got = new Map(findings.map((f) => [f.key, f.value]));
        for (const [key, value] of Object.entries(example.expect)) {
          if (value === null) expect(got.has(key), `${key} must not be emitted`).toBe(false);
          else expect(got.get(key), key).toBe(value);
        }
        for (const f of findings) {
          expect(rule.keys).toContain(f.key);
          // Provenance: the span lies in the input and contains the number (or the phrase stating it).
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(example.input.length);
          if (typeof f.value === 'number' && f.value > 0 && f.certainty === 'stated') {
            const raw = example.input.slice(f.start, f.end).replace(/,/g, '');
            expect(raw.normalize('NFKC')).toMatch(/\d|[一二三四五六七八九十百千万亿两]/u);
          }
        }
      });
    }
  }
});
