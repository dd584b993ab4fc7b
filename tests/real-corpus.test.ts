/**
 * The real-corpus guard (fixtures/real: real reports with hand-checked gold). Through the built CLI, as users run it:
 * (a) no wrong value — every emitted key that the gold has equals the gold value, and a non-report gets no count
 *     key (uncertain and disputed keys excepted);
 * (b) recall per set, class and group never falls below fixtures/real/baseline.json, and the values the gold does
 *     not have never grow past it (raise it with `npm run eval -- --update-baseline`);
 * (c) the eval's figures equal the reference scorer's on the same build.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM helpers shared with `npm run eval`, without type declarations
import { BASELINE, CLI, SETS, baselineOf, evaluate } from './eval/corpus.mjs';
// @ts-expect-error: as above
import { addGroups, sameValue } from './eval/score.mjs';

interface Counts { tp: number; fp: number; fn: number }
interface Doc { id: string; path: string; gold: { fields: Record<string, string | number>; uncertain?: string[] } }
interface Row { ok: boolean; record?: Record<string, string | number> }
interface Result {
  set: string;
  cls: string;
  groups: Record<string, Counts>;
  documents: Doc[];
  rows: Map<string, Row>;
  disputed: Array<{ id: string; key: string }>;
}

const results = (await evaluate()) as Result[];
const recall = (c: Counts) => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));

describe('real corpus: no wrong value', () => {
  for (const r of results) {
    for (const doc of r.documents) {
      it(`${r.set}/${doc.id}`, () => {
        const row = r.rows.get(doc.id);
        expect(row?.ok, 'the document yields a row').toBe(true);
        const record = row?.record ?? {};
        const skip = new Set([...(doc.gold.uncertain ?? []), ...r.disputed.filter((d) => d.id === doc.id).map((d) => d.key)]);
        const wrong: string[] = [];
        for (const [key, value] of Object.entries(record)) {
          if (skip.has(key)) continue;
          const gold = doc.gold.fields[key];
          if (gold !== undefined && !sameValue(gold, value, key)) wrong.push(`${key}: gold ${JSON.stringify(gold)}, got ${JSON.stringify(value)}`);
        }
        expect(wrong).toEqual([]);
        if (doc.gold.fields['meta.kind'] === 'other') {
          expect(Object.keys(record).filter((k) => !k.startsWith('meta.') && !skip.has(k))).toEqual([]);
        }
      });
    }
  }
});

describe('real corpus: recall never falls, extra values never grow', () => {
  const baseline = JSON.parse(readFileSync(BASELINE, 'utf8')) as Record<string, Counts>;
  const now = baselineOf(results) as Record<string, Counts>;
  for (const [key, floor] of Object.entries(baseline)) {
    it(key, () => {
      const c = now[key] ?? { tp: 0, fp: 0, fn: floor.tp + floor.fn };
      expect(recall(c), `recall of ${key}`).toBeGreaterThanOrEqual(recall(floor) - 1e-9);
      expect(c.fp, `values of ${key} the gold does not have`).toBeLessThanOrEqual(floor.fp);
    });
  }
});

describe('real corpus: the eval equals the reference scorer', () => {
  it('same tp/fp/fn per group on every set', async () => {
    // The reference scorer knows no disputes: compare with the eval's figures before disputes are skipped.
    const undisputed = (await evaluate({ disputes: [] })) as Result[];
    for (const { set, dir, docsSub } of SETS as Array<{ set: string; dir: string; docsSub: string }>) {
      const { stdout: out } = await promisify(execFile)(process.execPath, [
        new URL('./eval/reference-score.mjs', import.meta.url).pathname,
        join(dir, docsSub),
        join(dir, 'gold'),
        '--cmd',
        `${process.execPath} ${CLI} --format ndjson --quiet`,
      ], { encoding: 'utf8' });
      const reference: Record<string, Counts> = {};
      for (const line of out.split('\n')) {
        const m = /^(\S+)\s+\S+\s+\S+\s+\S+\s+(\d+)\s+(\d+)\s+(\d+)$/u.exec(line.trim());
        if (m) reference[m[1]!] = { tp: Number(m[2]), fp: Number(m[3]), fn: Number(m[4]) };
      }
      const ours: Record<string, Counts> = {};
      for (const r of undisputed) if (r.set === set) addGroups(ours, r.groups);
      expect(ours, set).toEqual(reference);
    }
    // Ten CLI runs over the corpus (PDFs among them); on a loaded two-core machine that takes longer than the default.
  }, 300_000);
});
