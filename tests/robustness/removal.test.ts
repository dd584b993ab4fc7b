/**
 * Nothing invented under removal: take away the sentence or table row that states a value, and its key disappears
 * — it never binds to a neighbouring number instead. (A key may survive only when the original text stated it
 * elsewhere too: another place of the same value, or a conflicting statement the report already warned about.)
 */
import { describe, expect, it } from 'vitest';
import { parseReport, toRecord } from 'ogi-report';
import { fixtureCases } from '../helpers/fixtures.js';
import { settle } from './arbitraries.js';

/** The sentence or row around `[start, end)`: out to the nearest 。；! ? or line break on each side. */
function enclosing(input: string, start: number, end: number): [number, number] {
  let a = start;
  while (a > 0 && !/[。；！？\n]/u.test(input[a - 1]!)) a--;
  let b = end;
  while (b < input.length && !/[。；！？\n]/u.test(input[b]!)) b++;
  return [a, Math.min(input.length, b + 1)];
}

/** Blank out ranges, keeping every other offset (and the line structure) as it was. */
function blankOut(input: string, ranges: ReadonlyArray<readonly [number, number]>): string {
  const chars = [...input.split('')];
  for (const [a, b] of ranges) for (let i = a; i < b; i++) if (chars[i] !== '\n') chars[i] = ' ';
  return chars.join('');
}

describe('removing a statement removes its key', () => {
  for (const c of fixtureCases()) {
    for (const input of c.inputs) {
      if (c.name.includes('run-together')) continue; // one line holds the whole table: removal takes every key
      it(`${c.name} (${input.type})`, async () => {
        // A long synchronous test with a vitest call in flight fails the run with an RPC timeout (see settle).
        await settle();
        const report = parseReport(input.content);
        const warned = new Set(
          report.messages.filter((m) => m.code === 'conflicting-values' || m.code === 'table.prose-mismatch').map((m) => m.message.split(':')[0]),
        );
        let checked = 0;
        for (const field of Object.values(report.values)) {
          if (typeof field.value !== 'number') continue;
          const places = [field.source, ...(field.alsoAt ?? [])];
          const ranges = places.map((p) => enclosing(input.content, p.start, p.end));
          const after: Record<string, unknown> = toRecord(parseReport(blankOut(input.content, ranges)));
          if (field.key in after && !warned.has(field.key)) {
            expect.soft(after[field.key], `${field.key}: was ${field.value}, removed, now ${after[field.key]}`).toBeUndefined();
          }
          checked++;
        }
        if (c.name.startsWith('other/')) expect(checked).toBe(0);
        else expect(checked).toBeGreaterThan(0);
      });
    }
  }
});
