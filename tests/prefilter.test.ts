/**
 * The words the prefilter derives from each expression are words every match contains: on every sentence of the
 * real corpus, each built-in pattern that matches is one the prefilter lets through (never a pattern skipped where
 * it would have matched), and the derivation reads lookarounds, optional parts and alternatives as it should.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentView } from '../src/engine/document-view.js';
import { Prefilter, needsOf } from '../src/engine/prefilter.js';
import { pattern } from '../src/engine/prose.js';
import { builtInFormats } from '../src/formats/index.js';
import { treeFromText } from '../src/tree/from-text.js';
import { createLocator } from '../src/tree/positions.js';

describe('needsOf', () => {
  it('keeps literals outside optional parts and lookarounds; pools one word per alternative', () => {
    expect(needsOf(pattern('(?<!不服)行政复议(?:案件)?(?:共|为)?{N}件'))).toEqual([['行政复议'], ['件']]);
    expect(needsOf(/(?:全年|本年度?|(?:19|20)\d{2}年)(?:无|没有)申请/u)).toEqual([['全年', '本年', '19', '20'], ['无', '没有'], ['申请']]);
    expect(needsOf(/(?:主动|(?<!申请))(?:公开|公布)/u)).toEqual([['公开', '公布']]);
    expect(needsOf(/收(?:费|取(?:任何)?费用)/u)).toEqual([['收'], ['费', '费用']]);
    expect(needsOf(/举报|投诉/u)).toEqual([['举报', '投诉']]);
    expect(needsOf(/已+主动/u)).toEqual([['已'], ['主动']]);
    expect(needsOf(/a\.b{0,2}c/u)).toEqual([['a.'], ['c']]);
  });

  it('needs nothing where it cannot tell (an alternative without a word, a case-insensitive expression)', () => {
    expect(needsOf(/\d+件|共/u)).toEqual([['件', '共']]);
    expect(needsOf(/\d+|共/u)).toEqual([]);
    expect(needsOf(/report/iu)).toEqual([]);
  });
});

describe('the prefilter on the real corpus', () => {
  const sentences: string[] = [];
  for (const set of ['pingtan', 'regions']) {
    const dir = new URL(`../fixtures/real/${set}/docs/`, import.meta.url);
    for (const name of readdirSync(dir).sort()) {
      const text = readFileSync(new URL(name, dir), 'utf8');
      const locate = createLocator(text);
      for (const entry of new DocumentView(treeFromText(text, locate), text, locate).sentences) sentences.push(entry.view.text);
    }
  }
  const expressions = new Set<RegExp>();
  for (const format of builtInFormats) {
    for (const rule of format.rules) {
      if (rule.scope !== 'sentence') continue;
      if (rule.match) expressions.add(rule.match);
      for (const re of rule.patterns ?? []) expressions.add(re);
    }
  }
  const prefilter = new Prefilter(expressions);
  const bits = new Uint32Array(sentences.length * prefilter.stride);
  sentences.forEach((text, row) => prefilter.scan(text, bits, row));

  it('never skips an expression where it matches, and skips most of them where they do not', () => {
    let matched = 0;
    let skipped = 0;
    for (const re of expressions) {
      sentences.forEach((text, row) => {
        re.lastIndex = 0;
        const matches = re.test(text);
        const may = prefilter.mayMatch(re, bits, row);
        if (matches) {
          matched++;
          expect(may, `${re.source} on ${text}`).toBe(true);
        } else if (!may) skipped++;
        if (prefilter.exact(re)) expect(may).toBe(matches);
      });
    }
    expect(matched).toBeGreaterThan(1000);
    expect(skipped / (expressions.size * sentences.length)).toBeGreaterThan(0.8);
  });
});
