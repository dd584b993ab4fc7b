/**
 * A bounded smoke test of the "never a crash" promise: deterministic mutations of every fixture (lines deleted,
 * duplicated, shuffled; truncation; HTML fragments inserted) parse without throwing, and every value still points
 * at input text that contains it. The property suites with fast-check go further.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/parse-report.js';
import { fixtureCases } from './helpers/fixtures.js';
import { expectProvenance } from './helpers/provenance.js';

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const FRAGMENTS = ['<table><tr><td rowspan="9999">', '</td></tr>', '<p>', '<br>', '&nbsp;', '|||', '\t', '（', '年', '一、', '2017年2月30日'];

function mutate(input: string, random: () => number): string {
  const lines = input.split('\n');
  const pick = () => Math.floor(random() * lines.length);
  switch (Math.floor(random() * 5)) {
    case 0:
      lines.splice(pick(), 1 + Math.floor(random() * 3));
      return lines.join('\n');
    case 1: {
      const i = pick();
      lines.splice(i, 0, lines[i] ?? '');
      return lines.join('\n');
    }
    case 2: {
      for (let k = lines.length - 1; k > 0; k--) {
        const j = Math.floor(random() * (k + 1));
        [lines[k], lines[j]] = [lines[j]!, lines[k]!];
      }
      return lines.join('\n');
    }
    case 3:
      return input.slice(0, Math.floor(random() * input.length));
    default: {
      const at = Math.floor(random() * input.length);
      return input.slice(0, at) + FRAGMENTS[Math.floor(random() * FRAGMENTS.length)]! + input.slice(at);
    }
  }
}

describe('mutated fixtures', () => {
  for (const c of fixtureCases()) {
    for (const input of c.inputs) {
      it(`${c.name} (${input.type}): 25 mutations parse, values point at their text`, () => {
        const random = prng(c.name.length * 7919 + input.content.length);
        for (let n = 0; n < 25; n++) {
          const text = mutate(input.content, random);
          const report = parseReport(text);
          expectProvenance(text, report);
        }
      });
    }
  }
});
