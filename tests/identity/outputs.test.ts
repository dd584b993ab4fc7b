// Speed work must not change what users get: every fixture's Report and record, byte for byte, against the
// hashes in outputs.json. A change that means to alter outputs rewrites them (`node tests/identity/outputs.mjs
// --write`) and says why in its commit; `--dump DIR` on two builds shows the difference.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as library from '../../src/index.js';
import { hashesOf, outputsOf } from './outputs.mjs';

const expected: Record<string, { report: string; record: string }> = JSON.parse(
  readFileSync(new URL('./outputs.json', import.meta.url), 'utf8'),
);

describe('outputs are byte-identical to the recorded ones', async () => {
  const actual = hashesOf(await outputsOf(library));
  it('covers the same fixture documents', () => {
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  });
  for (const [path, hashes] of Object.entries(expected)) {
    it(path, () => expect(actual[path]).toEqual(hashes));
  }
});
