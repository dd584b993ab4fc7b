/**
 * Word look-ups on the normalised document text answer what `doc.allText.includes(word)` answers (the text they
 * replace): the metadata fields' lines, which `allText` leaves out, never count; words that overlap are all found.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentView } from '../src/engine/document-view.js';
import { readableIncludes, readableIncludesEach } from '../src/engine/readable-text.js';
import { LABELS_2008 } from '../src/formats/ogi-2008/lexicon.js';
import { LABELS_2019 } from '../src/formats/ogi-2019/detect.js';
import { LABELS_2021 } from '../src/formats/ogi-2021/detect.js';
import { treeFromText } from '../src/tree/from-text.js';
import { createLocator } from '../src/tree/positions.js';

const viewOf = (text: string): DocumentView => {
  const locate = createLocator(text);
  return new DocumentView(treeFromText(text, locate), text, locate);
};

describe('readableIncludesEach', () => {
  it('leaves out the metadata fields, as allText does', () => {
    const doc = viewOf('标题：某局政府集中采购年报\n发布日期：2020-01-02\n\n某局2019年政府信息公开工作情况。本年新制作数量为3件。\n');
    expect(readableIncludesEach(doc, LABELS_2019)).toEqual([true, false, false, false, false, false]);
    expect(readableIncludesEach(doc, ['年报', '工作情况'])).toEqual([false, true]);
    expect(readableIncludes(doc, '年报')).toBe(false);
    expect(doc.allText.includes('年报')).toBe(false);
  });

  it('finds a word that starts inside another one found at the same place or before', () => {
    const doc = viewOf('本年度报告的数据。\n');
    expect(readableIncludesEach(doc, ['年度报告', '度报', '年度', '报告的数据'])).toEqual([true, true, true, true]);
  });

  it('gives the answers of allText.includes on every real document', () => {
    const lists = [LABELS_2008, LABELS_2019, LABELS_2021, ['年度报告', '年报']];
    let found = 0;
    for (const [set, sub] of [['pingtan', 'docs'], ['regions', 'docs'], ['pdf', 'layout']] as const) {
      const dir = new URL(`../fixtures/real/${set}/${sub}/`, import.meta.url);
      for (const name of readdirSync(dir).sort()) {
        const doc = viewOf(readFileSync(new URL(name, dir), 'utf8'));
        for (const words of lists) {
          const each = readableIncludesEach(doc, words);
          expect(each, `${set}/${name}`).toEqual(words.map((w) => doc.allText.includes(w)));
          found += each.filter(Boolean).length;
        }
      }
    }
    // Every label and report word found, summed over the corpus: the check above did compare real hits.
    expect(found).toBe(265);
  });
});
