/**
 * The review page and the playground in a real browser (Chromium via playwright-core; one launch, a few pages):
 * `ogi-report --format html` over the real fixtures gives a page in which the highlighted values are exactly the
 * record's and each highlight's text states its value; hovering a value shows its key; warnings and grid cells link
 * into the source; an HTML input reads without its markup; the page fits a phone; the playground works offline
 * from file://. Screenshots are kept in artifacts/review/.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { KEYS, foldAgency, parseChineseDigitString, parseReport, scanQuantities, toRecord, type Report } from '../../src/index.js';
import { IN_CI, type Browser, launchBrowser, missingBrowser } from '../helpers/browser.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const ARTIFACTS = join(ROOT, 'artifacts/review');
const reportsIn = (dir: string) => readdirSync(join(ROOT, dir)).filter((f) => /^r\d+\.(?:txt|html?)$/.test(f)).sort().map((f) => join(ROOT, dir, f));
// Every real 2019+ report: the pingtan and regions sets, and the PDF pair (its pdftotext -layout text).
const REAL = [
  ...reportsIn('fixtures/real/pingtan/docs'),
  ...reportsIn('fixtures/real/regions/docs'),
  join(ROOT, 'fixtures/real/pdf/layout/p001.txt'),
  join(ROOT, 'fixtures/real/pdf/layout/p002.txt'),
];
const HTML_INPUT = join(ROOT, 'fixtures/ogi-2008/guian-2016/input.html');

const missing = missingBrowser();
if (missing && !IN_CI) console.warn(`browser tests skipped: ${missing}`);

// In CI the browser is installed by .ci/run: its absence is a failing test, not a skip.
if (missing && IN_CI) {
  it('CI has a browser for the page tests', () => {
    expect.fail(`browser tests must run in CI: ${missing}`);
  });
}

/** `ogi-report --format html …` in-process: the page, written where the browser can open it. */
function reviewPage(files: string[], name: string): string {
  let out = '';
  const code = main(['--format', 'html', ...files], { stdout: (s) => (out += s), stderr: () => {}, stdin: () => new Uint8Array(), version: 'test' });
  expect(code).toBe(0);
  const path = join(ARTIFACTS, name);
  writeFileSync(path, out);
  return path;
}

interface ShownMark {
  readonly keys: string[];
  readonly text: string;
}
interface ShownDocument {
  readonly file: string;
  readonly marks: ShownMark[];
}

/** Every article's highlights as the browser renders them: a mark's text is its own and its fragments' visible text. */
const readMarks = () =>
  Array.from(document.querySelectorAll('article.doc')).map((article) => ({
    file: article.getAttribute('data-file')!,
    marks: Array.from(article.querySelectorAll('mark[id]')).map((m) => ({
      keys: m.getAttribute('data-keys')!.split(' '),
      text: [m, ...Array.from(article.querySelectorAll(`[data-part-of="${m.id}"]`))].map((e) => (e as HTMLElement).innerText).join(''),
    })),
  }));

const TYPE = new Map(KEYS.map((k) => [k.key, k.type]));

/** The numbers a highlighted text writes: digit runs (full-width folded), quantities with their scale, Chinese numerals. */
function numbersIn(text: string): Set<number> {
  const t = text.normalize('NFKC').replace(/,/g, '');
  const out = new Set<number>();
  for (const m of t.match(/\d+(?:\.\d+)?/g) ?? []) out.add(Number(m));
  for (const q of scanQuantities(t)) {
    out.add(q.value);
    if (q.unit === '万元') out.add(Math.round(q.value * 10000 * 100) / 100);
  }
  for (const m of t.match(/[〇零一二三四五六七八九]{2,}/gu) ?? []) {
    const n = parseChineseDigitString(m);
    if (n !== null) out.add(n);
  }
  return out;
}

const fieldOf = (report: Report, key: string) => (key.startsWith('meta.') ? report.meta[key.slice(5) as keyof Report['meta']] : report.values[key]);
const hasPlace = (report: Report, key: string) => fieldOf(report, key)?.source !== undefined;

/**
 * Does a highlight's text state this value? Derived totals and the template/kind classification have no single
 * text. Cells that ran together (`6000017`, cut by the table's arithmetic) share the run as their place: each
 * value's digits stand in it.
 */
function states(report: Report, key: string, value: string | number, text: string, shared: number): boolean {
  const field = fieldOf(report, key);
  if (!field || field.certainty === 'derived' || key === 'meta.kind') return true;
  if (field.certainty === 'blank') return !/\d/.test(text.normalize('NFKC'));
  const type = TYPE.get(key);
  if (type === 'text') return foldAgency(text).includes(foldAgency(String(value)));
  if (type === 'date') return String(value).split('-').map(Number).every((n) => numbersIn(text).has(n));
  const n = Number(value);
  const run = text.normalize('NFKC').replace(/\s/g, '');
  if (shared > 1 && /^\d+$/.test(run)) return run.includes(String(Math.abs(n)));
  const found = numbersIn(text);
  if (found.has(n) || found.has(Math.abs(n))) return true;
  // A nil statement (未发生行政复议, 没有…行政诉讼) states 0 without a digit.
  return n === 0 && found.size === 0 && /没有|未|无|零/u.test(text);
}

describe.skipIf(missing !== undefined)('review page in Chromium', () => {
  let browser: Browser;
  const reports = new Map(REAL.map((f) => [f, parseReport(readFileSync(f, 'utf8'))]));

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => browser?.close());

  it('highlights exactly the record’s values of every real fixture, each at text that states it', async () => {
    const page = await browser.context.newPage();
    await page.goto(`file://${reviewPage(REAL, 'real.html')}`);
    const shown = (await page.evaluate(readMarks)) as ShownDocument[];
    expect(shown.map((d) => d.file)).toEqual(REAL);
    for (const doc of shown) {
      const report = reports.get(doc.file)!;
      const record: Record<string, string | number | undefined> = toRecord(report);
      const highlighted = new Set(doc.marks.flatMap((m) => m.keys));
      // Every value with a place is highlighted; only the document's classification may have none (kind other, no title).
      const placed = Object.keys(record).filter((k) => hasPlace(report, k));
      expect([...highlighted].sort(), doc.file).toEqual(placed.sort());
      expect(Object.keys(record).filter((k) => !placed.includes(k)).every((k) => k === 'meta.kind' || k === 'meta.template'), doc.file).toBe(true);
      for (const mark of doc.marks) {
        for (const key of mark.keys) expect(states(report, key, record[key]!, mark.text, mark.keys.length), `${doc.file} ${key}=${record[key]} at «${mark.text.slice(0, 60)}»`).toBe(true);
      }
    }
    // The check itself tells a wrong value from a right one.
    const p001 = reports.get(REAL.find((f) => f.endsWith('p001.txt'))!)!;
    expect(states(p001, 'requests.received', 21, '受理政府信息公开申请 21 件', 1)).toBe(true);
    expect(states(p001, 'requests.received', 12, '受理政府信息公开申请 21 件', 1)).toBe(false);
    // The index lists every document.
    expect(await page.locator('nav.index li').count()).toBe(REAL.length);
    await page.close();
  });

  it('shows a value’s key on hover and focus; warnings and grid cells link to their place', async () => {
    const p001 = REAL.find((f) => f.endsWith('p001.txt'))!;
    const page = await browser.context.newPage();
    await page.goto(`file://${reviewPage([p001], 'p001.html')}`);
    const received = page.locator('mark[id]:not(.also)[data-keys~="requests.received"]');
    await received.hover();
    await expect.poll(() => page.locator('#tip').isVisible()).toBe(true);
    expect(await page.locator('#tip').innerText()).toContain('requests.received = 21 (stated)');
    expect(await received.getAttribute('aria-describedby')).toBe('tip');
    await page.screenshot({ path: join(ARTIFACTS, 'p001-hover.png') });
    // Keyboard: focusing the next value with n describes it.
    await page.locator('mark[id]').first().focus();
    await page.keyboard.press('n');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-keys'));
    expect(await page.locator('#tip').innerText()).toContain(focused!.split(' ')[0]!);
    // 表四's fifteen cells, the failing review identity marked (p001's source: outcomes add to 11, 总计 0).
    const review = page.locator('figure[data-grid="review"] td[data-key]');
    expect(await review.count()).toBe(15);
    expect(await page.locator('figure[data-grid="review"] td.bad[data-key="review.total"]').count()).toBe(1);
    expect(await page.locator('figure[data-grid="applications"] tr').filter({ has: page.locator('td') }).count()).toBeGreaterThanOrEqual(26);
    // A grid cell and a warning each link to an element in the source.
    const cellTarget = await page.locator('td[data-key="requests.received"] a').getAttribute('href');
    expect(await page.locator(`${cellTarget} `).getAttribute('data-keys')).toContain('requests.received');
    const warnTarget = await page.locator('.warnings a').first().getAttribute('href');
    expect(await page.locator(`pre.src ${warnTarget}`).count()).toBe(1);
    await page.close();
  });

  it('reads an HTML input without its markup, and fits a phone', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`file://${reviewPage([HTML_INPUT], 'html-input.html')}`);
    const shown = ((await page.evaluate(readMarks)) as ShownDocument[])[0]!;
    const report = parseReport(readFileSync(HTML_INPUT, 'utf8'));
    const record: Record<string, string | number | undefined> = toRecord(report);
    expect(new Set(shown.marks.flatMap((m) => m.keys))).toEqual(new Set(Object.keys(record).filter((k) => hasPlace(report, k))));
    for (const mark of shown.marks) {
      expect(mark.text, 'no markup in a highlight').not.toMatch(/<\/?[a-z]/i);
      for (const key of mark.keys) expect(states(report, key, record[key]!, mark.text, mark.keys.length), `${key} at «${mark.text}»`).toBe(true);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'html-input-phone.png') });
    await page.close();
  });

  it('the playground runs offline from file://: paste a report, see the review, download the record', async () => {
    // Built afresh from the current library (the committed docs/playground.html is checked to load below).
    const { buildPlayground } = (await import(join(ROOT, 'docs/playground/build.mjs'))) as { buildPlayground: () => Promise<string> };
    const built = join(ARTIFACTS, 'playground.html');
    writeFileSync(built, await buildPlayground());
    const page = await browser.context.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    page.on('pageerror', (e) => failed.push(String(e)));
    await page.goto(`file://${built}`);
    const p002 = REAL.find((f) => f.endsWith('p002.txt'))!;
    await page.fill('#input', readFileSync(p002, 'utf8'));
    const view = page.frameLocator('#view');
    await expect.poll(() => view.locator('article mark[id]').count()).toBeGreaterThan(0);
    const keys = await view.locator('article mark[id]').evaluateAll((ms) => ms.flatMap((m) => m.getAttribute('data-keys')!.split(' ')));
    expect(new Set(keys)).toEqual(new Set(Object.keys(toRecord(reports.get(p002)!))));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#json')]);
    const json = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(json['requests.received']).toBe(95);
    expect(json['proactive.normativeDocs.inForce']).toBe(8);
    await page.screenshot({ path: join(ARTIFACTS, 'playground.png') });
    // The committed page loads offline too and shows a review.
    await page.goto(`file://${join(ROOT, 'docs/playground.html')}`);
    await page.fill('#input', readFileSync(p002, 'utf8'));
    await expect.poll(() => view.locator('article mark[id][data-keys~="requests.received"]').count()).toBeGreaterThan(0);
    expect(failed).toEqual([]);
    await page.close();
  });
});
