/**
 * PDF input of the CLI, as a user runs the built binary: a PDF is known by its `.pdf` extension or its `%PDF-`
 * magic (any name, standard input), taken by directory walks and globs, parsed through the worker pool like other
 * files, and every bad PDF (not parseable, encrypted, no text layer) is a coded row, never a crash. The mojibake
 * PDF gives its warning and no count. Real values from fixtures/real/pdf (gold: fixtures/real/pdf/gold).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { FIXTURES } from './helpers/fixtures.js';
import { schemaErrors, validateCliLine } from './helpers/schemas.js';
import { minimalPdf } from './pdf/minimal-pdf.js';

const CLI = join(new URL('..', import.meta.url).pathname, 'dist/cli.js');
const PDF = join(FIXTURES, 'real/pdf');
const P001 = join(PDF, 'p001.pdf');
const P002 = join(PDF, 'p002.pdf');
const BROKEN = join(PDF, 'p003-broken.pdf');
const ENCRYPTED = new URL('pdf/fixtures/encrypted.pdf', import.meta.url).pathname;
const TEXT = join(FIXTURES, 'ogi-2008/zhejiang-drc-2017/input.txt');

interface Row {
  file: string;
  ok: boolean;
  encoding?: string;
  error?: { code: string; message: string };
  record?: Record<string, unknown>;
  warnings?: Array<{ code: string }>;
  explain?: Array<{ key: string; raw?: string; text?: string }>;
}
interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}
// Asynchronous (not spawnSync): a run of several seconds must not block the test worker's own messages.
const cli = (args: string[], options: { input?: Uint8Array } = {}) =>
  new Promise<Run>((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { timeout: 120_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
const rows = (out: string): Row[] => out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row);
const tmp = () => mkdtempSync(join(tmpdir(), 'ogi-pdf-'));

// Each case runs the binary, which loads pdf.js: seconds each on a loaded machine.
describe('PDF files', { timeout: 120_000 }, () => {
  it('reads a .pdf into the same row as a text file, valid against the schema', async () => {
    const result = await cli([P001, P002]);
    expect(result.status).toBe(0);
    const [a, b] = rows(result.stdout);
    expect(a!.ok).toBe(true);
    expect(a!.encoding).toBeUndefined();
    expect(a!.record!['meta.year']).toBe(2023);
    expect(a!.record!['requests.received']).toBe(21);
    expect(a!.record!['dispositions.partiallyGranted@naturalPerson']).toBe(4);
    expect(a!.record!['proactive.fees.amount']).toBe(7730.28);
    expect(b!.record!['meta.year']).toBe(2024);
    // The table's 95, over the prose's 17, with the warning that says so.
    expect(b!.record!['requests.received']).toBe(95);
    expect(b!.warnings!.map((w) => w.code)).toContain('table.prose-mismatch');
    for (const row of [a, b]) expect(validateCliLine(row), schemaErrors(validateCliLine)).toBe(true);
  });

  it('knows a PDF by its %PDF- magic, whatever its name, and on standard input', async () => {
    const dir = tmp();
    copyFileSync(P002, join(dir, 'report.dat'));
    const named = rows((await cli(['--quiet', join(dir, 'report.dat')])).stdout)[0]!;
    expect(named.record!['requests.received']).toBe(95);
    const piped = rows((await cli(['--quiet', '-'], { input: readFileSync(P001) })).stdout)[0]!;
    expect(piped.file).toBe('-');
    expect(piped.record!['requests.received']).toBe(21);
  });

  it('takes .pdf files in a directory walk and in a glob', async () => {
    const dir = tmp();
    cpSync(TEXT, join(dir, 'a.txt'));
    cpSync(P001, join(dir, 'b.pdf'));
    writeFileSync(join(dir, 'c.md'), '# notes');
    const walked = await cli([dir]);
    expect(rows(walked.stdout).map((r) => [r.file.slice(dir.length + 1), r.record?.['requests.received']])).toEqual([
      ['a.txt', 78],
      ['b.pdf', 21],
    ]);
    expect(walked.stderr).toContain('2 files, 2 ok, 0 failed, 1 skipped (other extensions; --ext)');
    const globbed = rows((await cli(['--quiet', join(dir, '*.pdf')])).stdout);
    expect(globbed.map((r) => r.file)).toEqual([join(dir, 'b.pdf')]);
  });

  it('gives each bad PDF its coded row and goes on', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a-garbage.pdf'), 'not a PDF at all\n');
    writeFileSync(join(dir, 'b-truncated.pdf'), minimalPdf('BT /F1 12 Tf 72 720 Td (2023) Tj ET').subarray(0, 60));
    // A page that only paints a rectangle: a scan without OCR looks like this (an image and no text).
    writeFileSync(join(dir, 'c-scan.pdf'), minimalPdf('0 0 1 rg 100 100 200 200 re f'));
    copyFileSync(ENCRYPTED, join(dir, 'd-encrypted.pdf'));
    copyFileSync(P001, join(dir, 'e-good.pdf'));
    const result = await cli([dir]);
    expect(result.status).toBe(1);
    expect(rows(result.stdout).map((r) => [r.file.slice(dir.length + 1), r.ok ? r.record!['requests.received'] : r.error!.code])).toEqual([
      ['a-garbage.pdf', 'input.pdf-invalid'],
      ['b-truncated.pdf', 'input.pdf-invalid'],
      ['c-scan.pdf', 'input.no-text-layer'],
      ['d-encrypted.pdf', 'input.pdf-encrypted'],
      ['e-good.pdf', 21],
    ]);
    expect(rows(result.stdout)[2]!.error!.message).toContain('1 page');
    expect(result.stderr).toContain(`ogi-report: ${join(dir, 'd-encrypted.pdf')}: input.pdf-encrypted: `);
    expect(result.stderr).toContain('5 files, 1 ok, 4 failed');
  });

  it('the mojibake PDF: a row with its warning and no count', async () => {
    const row = rows((await cli(['--quiet', BROKEN])).stdout)[0]!;
    expect(row.ok).toBe(true);
    expect(row.warnings!.map((w) => w.code)).toContain('input.pdf-mojibake');
    expect(Object.keys(row.record!).filter((k) => !k.startsWith('meta.'))).toEqual([]);
    expect(row.record!['meta.kind']).toBe('other');
  });

  it('parses PDFs through the worker pool, rows in input order', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bad.pdf'), 'not a PDF\n');
    // 48 inputs reach the pool (fewer are parsed in the main thread): text files around two PDFs.
    const inputs = [...Array<string>(23).fill(TEXT), P001, join(dir, 'bad.pdf'), ...Array<string>(23).fill(TEXT)];
    const result = await cli(['--quiet', '-j', '2', ...inputs]);
    const out = rows(result.stdout);
    expect(out).toHaveLength(48);
    expect(out.map((r) => r.file)).toEqual(inputs);
    expect(out[23]!.record!['requests.received']).toBe(21);
    expect(out[24]!.error!.code).toBe('input.pdf-invalid');
    expect(out[47]!.record!['requests.received']).toBe(78);
  });

  it('--explain gives each value its sentence from the text extracted from the PDF', async () => {
    const row = rows((await cli(['--quiet', '--explain', P001])).stdout)[0]!;
    const received = row.explain!.find((e) => e.key === 'requests.received')!;
    expect(received.raw).toContain('21');
    expect(received.text).toContain(received.raw);
  });
});

describe('PDF files in the review page, the series and the in-process CLI', { timeout: 120_000 }, () => {
  it('the review page shows a PDF from its extracted text', async () => {
    const result = await cli(['--format', 'html', P001]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('洪泽区人民政府');
    expect(result.stdout).toContain('p001.pdf');
  });

  it('series checks the cross-year pair read from their PDFs', async () => {
    const result = await cli(['series', '--format', 'table', P001, P002]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('2023→2024 结转下年度 (y−1) = 上年结转 (y): requests.carriedForward 0 (2023) = 0 = requests.carriedOver 0 (2024)');
    expect(result.stdout).toContain('proactive.normativeDocs.inForce 5 (2023) + proactive.normativeDocs.issued 3 (2024) − proactive.normativeDocs.repealed 0 (2024) = 8');
  });

  it('main() stays synchronous for text and returns a promise from the first PDF on', async () => {
    let out = '';
    const io = { stdout: (s: string) => (out += s), stderr: () => {}, stdin: () => new Uint8Array(), version: '0.0.0-test' };
    expect(main(['--quiet', TEXT], io)).toBe(0);
    const pending = main(['--quiet', TEXT, P001, TEXT], io);
    expect(pending).toBeInstanceOf(Promise);
    expect(await pending).toBe(0);
    expect(rows(out).map((r) => r.record!['requests.received'])).toEqual([78, 78, 21, 78]);
  });
});
