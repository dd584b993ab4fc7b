/**
 * The package as downstream code sees it: `require('ogi-report')` from CommonJS, and the shipped types, under which
 * record values are typed by key and a misspelt key does not compile (tsc over a probe file).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEYS } from '../src/schema/keys.js';
// @ts-expect-error a plain .mjs module without types
import { recordTypesSource } from '../docs/record-types.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const REPORT = join(ROOT, 'fixtures/ogi-2008/zhejiang-drc-2017/input.txt');

describe('CommonJS consumers', () => {
  it('require("ogi-report") gives the library, and parseBytes the row the CLI prints', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ogi-cjs-'));
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(ROOT, join(dir, 'node_modules', 'ogi-report'));
    writeFileSync(
      join(dir, 'consumer.cjs'),
      `const { parseBytes, parseReport, toRecord } = require('ogi-report');
const fs = require('node:fs');
const row = parseBytes(fs.readFileSync(${JSON.stringify(REPORT)}), { name: 'r.txt' });
console.log(JSON.stringify({ parse: typeof parseReport, received: row.record['requests.received'], encoding: row.encoding, file: row.file }));`,
    );
    const result = spawnSync(process.execPath, ['consumer.cjs'], { cwd: dir, encoding: 'utf8' });
    expect(result.stderr).not.toMatch(/Error/);
    expect(JSON.parse(result.stdout)).toEqual({ parse: 'function', received: 78, encoding: 'utf-8', file: 'r.txt' });
    const cli = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), REPORT], { encoding: 'utf8' });
    const row = JSON.parse(result.stdout);
    expect(JSON.parse(cli.stdout).record['requests.received']).toBe(row.received);
  });
});

describe('start-up', () => {
  it('ogi-report --version takes at most 2.5 times `node -e 0` (whole process, best of five, same run)', () => {
    const wall = (args: string[]) => {
      const t = process.hrtime.bigint();
      const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
      return { ms: Number(process.hrtime.bigint() - t) / 1e6, out: result.stdout };
    };
    const node: number[] = [];
    const version: number[] = [];
    for (let i = 0; i < 5; i++) {
      node.push(wall(['-e', '0']).ms);
      const run = wall([join(ROOT, 'dist/cli.js'), '--version']);
      expect(run.out).toBe(`${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`);
      version.push(run.ms);
    }
    expect(Math.min(...version)).toBeLessThanOrEqual(2.5 * Math.min(...node));
  });

  it("the binary's planning code loads no parser: in a pooled batch the workers start without the main thread loading it first", () => {
    const dist = join(ROOT, 'dist');
    const entry = readdirSync(dist).find((f) => /^run-cli-[\w-]+\.js$/u.test(f));
    expect(entry).toBeDefined();
    // The files run-cli loads before it runs: its static imports, transitively (dynamic import() is not followed).
    const loaded = new Set<string>();
    const visit = (file: string): void => {
      if (loaded.has(file)) return;
      loaded.add(file);
      const source = readFileSync(join(dist, file), 'utf8');
      for (const m of source.matchAll(/^import\s+(?:[^'";]*?\s+from\s+)?['"]\.\/([\w.-]+\.js)['"]/gmu)) visit(m[1]!);
    };
    visit(entry!);
    expect(loaded.size).toBeGreaterThan(2);
    const withParser = [...loaded].filter((file) => /function (?:parseReport|parseBytes)\(/u.test(readFileSync(join(dist, file), 'utf8')));
    expect(withParser).toEqual([]);
  });
});

describe('typed records', () => {
  it('src/schema/record-types.ts is generated from the key registry (regenerate with npm run docs)', () => {
    expect(readFileSync(join(ROOT, 'src/schema/record-types.ts'), 'utf8')).toBe(recordTypesSource(KEYS));
  });

  it('tsc accepts the record keys with their value types and rejects a misspelt key', () => {
    const dir = mkdtempSync(join(ROOT, 'tests/.types-probe-'));
    try {
      const head = `import { parseReport, toRecord, type RecordKey } from '../../dist/index.js';\nconst record = toRecord(parseReport('x'));\n`;
      writeFileSync(join(dir, 'good.ts'), `${head}const n: number | undefined = record['requests.received'];\nconst k: 'annual-report' | 'other' = record['meta.kind'];\nconst key: RecordKey = 'review.total';\nexport { n, k, key };\n`);
      writeFileSync(join(dir, 'bad.ts'), `${head}export const n = record['requests.recieved'];\nexport const s: string | undefined = record['requests.received'];\nexport const key: RecordKey = 'requests.recieved';\n`);
      const args = ['--noEmit', '--strict', '--skipLibCheck', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', join(dir, 'good.ts'), join(dir, 'bad.ts')];
      const out = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), ...args], { encoding: 'utf8' }).stdout;
      const errors = out.split('\n').filter((l) => l.includes('error TS')).map((l) => l.replace(/^.*[\\/]/u, ''));
      expect(errors.filter((e) => e.startsWith('good.ts'))).toEqual([]);
      expect(errors.find((e) => e.startsWith('bad.ts(3,'))).toMatch(/Property 'requests\.recieved' does not exist/u);
      expect(errors.find((e) => e.startsWith('bad.ts(4,'))).toMatch(/error TS2322: Type 'number \| undefined' is not assignable/u);
      expect(errors.find((e) => e.startsWith('bad.ts(5,'))).toMatch(/error TS\d+: Type '"requests\.recieved"' is not assignable to type 'RecordKey'/u);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
