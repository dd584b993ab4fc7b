// npm run bench: throughput and scaling of ogi-report against what a user would use instead, and the size of the
// core as a browser bundle, in one run.
// Figures and ratios only; targets are printed beside them (benchmarks, not tests). Run after `npm run build`.
//   QUICK=1 npm run bench   smaller sizes and fewer files (a smoke run)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import { defineRule, ogi2021, parseReport, runRuleOnText } from '../dist/index.js';

const require = createRequire(import.meta.url);
const quick = process.env.QUICK === '1';
const root = new URL('../fixtures/', import.meta.url).pathname;
const cli = new URL('../dist/cli.js', import.meta.url).pathname;

// The corpus: every fixture input (seeds, table renderings, HTML).
const corpus = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/^input\.(txt|html)$/.test(name)) corpus.push({ path, text: readFileSync(path, 'utf8') });
  }
};
walk(root);
const bytes = corpus.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
const MB = (n) => n / 1e6;
const fmt = (n, digits = 1) => n.toFixed(digits);
const results = [];
const report = (name, value, target, ok) => results.push({ name, value, target, ok });

console.log(`corpus: ${corpus.length} documents, ${fmt(bytes / 1024)} KiB UTF-8 (fixtures/)`);

// 1. parseReport on the corpus, the bare one-pass scan (the floor), and Recognizers-Text number + date extraction
//    for Chinese (what a user would otherwise reach for), timed by tinybench in one run.
const { recognizeNumber, Culture } = require('@microsoft/recognizers-text-number');
const { recognizeDateTime } = require('@microsoft/recognizers-text-date-time');
function bareScan(text) {
  // One pass that finds every digit run and CJK numeral run: the least any extractor must do.
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const digit = (c >= 48 && c <= 57) || c === 0x96f6 || c === 0x4e00 || c === 0x5341 || (c >= 0xff10 && c <= 0xff19);
    if (digit && !inRun) runs++;
    inRun = digit;
  }
  return runs;
}
// The seed reports are real documents; the table renderings (fixtures/tables) are synthetic worst cases (a
// different 4-digit number in every cell, whole tables run together), reported on their own line.
const seeds = corpus.filter((d) => !d.path.includes('/tables/'));
const tables = corpus.filter((d) => d.path.includes('/tables/'));
const sizeOf = (docs) => docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
const bench = new Bench({ time: quick ? 300 : 2000, warmupTime: quick ? 100 : 500 });
bench
  .add('parseReport: seed reports', () => {
    for (const d of seeds) parseReport(d.text);
  })
  .add('parseReport: table renderings', () => {
    for (const d of tables) parseReport(d.text);
  })
  .add('bare one-pass scan: seed reports', () => {
    for (const d of seeds) bareScan(d.text);
  });
await bench.run();
const meanOf = (task) => task.result.latency?.mean ?? task.result.mean;
const [seedMs, tableMs, scanMs] = bench.tasks.map(meanOf);
// Recognizers-Text takes seconds per document: a bounded run over the seed reports.
const slow = new Bench({ iterations: quick ? 1 : 3, time: 0, warmupIterations: 1, warmupTime: 0 });
slow.add('Recognizers-Text number + date (zh-cn)', () => {
  for (const d of seeds) {
    recognizeNumber(d.text, Culture.Chinese);
    recognizeDateTime(d.text, Culture.Chinese);
  }
});
await slow.run();
const rtMs = meanOf(slow.tasks[0]);
const seedBytes = sizeOf(seeds);
const parseMBs = MB(seedBytes) / (seedMs / 1000);
console.log(`\nthroughput, one core:`);
console.log(`  parseReport, ${seeds.length} seed reports       ${fmt(parseMBs, 2)} MB/s, ${fmt(seeds.length / (seedMs / 1000), 0)} reports/s`);
console.log(`  parseReport, ${tables.length} table renderings  ${fmt(MB(sizeOf(tables)) / (tableMs / 1000), 2)} MB/s, ${fmt(tables.length / (tableMs / 1000), 0)} reports/s`);
console.log(`  bare one-pass scan (seeds)        ${fmt(MB(seedBytes) / (scanMs / 1000), 1)} MB/s`);
console.log(`  Recognizers-Text (seeds)          ${fmt(MB(seedBytes) / (rtMs / 1000), 3)} MB/s (number + date-time extraction, Chinese)`);
const vsRt = rtMs / seedMs;
console.log(`  ratios: ogi-report is ${fmt(vsRt, 0)}× Recognizers-Text; the bare scan is ${fmt(seedMs / scanMs, 1)}× ogi-report`);
report('parseReport MB/s (one core)', `${fmt(parseMBs, 2)} MB/s`, '≥ 20 MB/s', parseMBs >= 20);
report('× Recognizers-Text', `${fmt(vsRt, 0)}×`, '≥ 50×', vsRt >= 50);
report('bare scan / ogi-report', `${fmt(seedMs / scanMs, 1)}×`, '≤ 10×', seedMs / scanMs <= 10);

// 2. Time per byte from 10 KB to 10 MB: one document made by concatenating the seed reports' text, so every size
//    has the same mix of prose (a mix that changed with size would measure the mix, not the scaling).
const texts = corpus.filter((d) => d.path.endsWith('.txt') && !d.path.includes('/tables/') && !d.path.includes('/encodings/')).map((d) => d.text);
// A document of `size` bytes of UTF-8 (whole reports, then cut at a character).
const build = (size) => {
  const parts = [];
  let n = 0;
  for (let i = 0; n < size; i++) {
    const t = texts[i % texts.length];
    parts.push(t);
    n += Buffer.byteLength(t) + 1;
  }
  const text = parts.join('\n');
  let chars = Math.floor((text.length * size) / n);
  while (chars > 0 && Buffer.byteLength(text.slice(0, chars)) > size) chars = Math.floor(chars * 0.999);
  return text.slice(0, chars);
};
const sizes = quick ? [10e3, 100e3, 1e6] : [10e3, 100e3, 1e6, 10e6];
console.log('\ntime per byte (one document of concatenated seed reports):');
const perByte = [];
for (const size of sizes) {
  const input = build(size);
  const repeats = Math.max(1, Math.round(2e6 / size));
  parseReport(input);
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t = performance.now();
    for (let r = 0; r < repeats; r++) parseReport(input);
    best = Math.min(best, (performance.now() - t) / repeats);
  }
  const ns = (best * 1e6) / Buffer.byteLength(input);
  perByte.push(ns);
  console.log(`  ${String(size / 1000).padStart(6)} KB  ${fmt(best, 1).padStart(8)} ms  ${fmt(ns, 1)} ns/byte`);
}
const flat = Math.max(...perByte) / Math.min(...perByte);
console.log(`  spread: ${fmt(flat, 2)}× (max/min ns per byte)`);
report('time per byte 10 KB → 10 MB', `${fmt(flat, 2)}× spread`, '≤ 1.5×', flat <= 1.5);

// 3. Peak memory for a 20 MB input, in a fresh process (maxRSS includes Node itself, measured alone too).
const bigFile = join(mkdtempSync(join(tmpdir(), 'ogi-bench-')), 'big.txt');
writeFileSync(bigFile, build(quick ? 2e6 : 20e6));
const probe = (script) => {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  return Number(r.stdout.trim());
};
const baseRss = probe(`console.log(process.resourceUsage().maxRSS)`);
const peakRss = probe(
  `import { readFileSync } from 'node:fs'; import { parseReport } from ${JSON.stringify(new URL('../dist/index.js', import.meta.url).href)};` +
    ` parseReport(readFileSync(${JSON.stringify(bigFile)}, 'utf8')); console.log(process.resourceUsage().maxRSS)`,
);
const bigMB = statSync(bigFile).size / 1e6;
console.log(`\npeak memory for a ${fmt(bigMB, 0)} MB input: ${fmt(peakRss / 1024, 0)} MiB max RSS (Node alone: ${fmt(baseRss / 1024, 0)} MiB)`);
report(`peak memory, ${fmt(bigMB, 0)} MB input`, `${fmt(peakRss / 1024, 0)} MiB`, 'reported', true);
rmSync(bigFile);

// 4. The CLI over a generated directory of reports, on two cores.
const files = quick ? 1000 : 10000;
const dir = mkdtempSync(join(tmpdir(), 'ogi-bench-cli-'));
const sources = corpus.filter((d) => !d.path.includes('/tables/') || d.path.includes('html')).map((d) => d);
let dirBytes = 0;
for (let i = 0; i < files; i++) {
  const d = sources[i % sources.length];
  const sub = join(dir, String(Math.floor(i / 1000)).padStart(2, '0'));
  if (i % 1000 === 0) mkdirSync(sub);
  writeFileSync(join(sub, `${String(i).padStart(5, '0')}.${d.path.endsWith('.html') ? 'html' : 'txt'}`), d.text);
  dirBytes += Buffer.byteLength(d.text);
}
const jobs = Math.min(2, availableParallelism());
const t0 = performance.now();
const run = spawnSync(process.execPath, [cli, '--jobs', String(jobs), '--quiet', '-f', 'ndjson', dir], { maxBuffer: 1 << 30 });
const seconds = (performance.now() - t0) / 1000;
const rows = run.stdout.toString().trim().split('\n').length;
console.log(`\nCLI: ${files} reports (${fmt(MB(dirBytes), 1)} MB) on ${jobs} cores: ${fmt(seconds, 1)} s, ${fmt(files / seconds, 0)} reports/s, ${rows} rows`);
report(`CLI, ${files} reports on ${jobs} cores`, `${fmt(seconds, 1)} s`, quick ? '—' : '< 30 s', quick || seconds < 30);
rmSync(dir, { recursive: true, force: true });

// 5. The standard tables' readers and their run solver (glued cells cut by the tables' arithmetic): the worst time
//    per table on the real 2019+ corpus (fixtures/real), and on pathological runs built to make the search explode.
//    Each table rule runs alone on the document; a rule that reads nothing gives the cost of building the tree,
//    which is taken off.
{
  const tableRules = ogi2021.rules.filter((r) => r.id.startsWith('standard-tables/'));
  const noop = defineRule({ id: 'bench/noop', scope: 'document', keys: ['requests.received'], meta: { description: 'nothing' }, extract: () => [] });
  // CPU time, best of `repeats`: other processes on a shared machine do not count against the reader.
  const best = (rule, text, repeats) => {
    runRuleOnText(rule, text);
    let min = Infinity;
    for (let k = 0; k < repeats; k++) {
      const t = process.cpuUsage();
      runRuleOnText(rule, text);
      const d = process.cpuUsage(t);
      min = Math.min(min, (d.user + d.system) / 1000);
    }
    return min;
  };
  const perTable = (text, repeats) => {
    const base = best(noop, text, repeats);
    return tableRules.map((rule) => ({ rule: rule.id.replace('standard-tables/', ''), ms: Math.max(0, best(rule, text, repeats) - base) }));
  };
  const realRoot = new URL('../fixtures/real/', import.meta.url).pathname;
  const realDocs = [];
  for (const [set, sub] of [['pingtan', 'docs'], ['regions', 'docs'], ['pdf', 'layout']]) {
    const dir = join(realRoot, set, sub);
    for (const name of readdirSync(dir).sort()) if (/^[rp]/.test(name)) realDocs.push({ id: `${set}/${name}`, text: readFileSync(join(dir, name), 'utf8') });
  }
  let worst = { ms: 0 };
  for (const d of realDocs) for (const t of perTable(d.text, quick ? 3 : 15)) if (t.ms > worst.ms) worst = { ...t, id: d.id };
  console.log(`
standard tables, worst time per table on ${realDocs.length} real 2019+ reports: ${fmt(worst.ms, 2)} ms (${worst.rule}, ${worst.id})`);
  report('table reader, real corpus', `${fmt(worst.ms, 2)} ms/table`, '≤ 20 ms', worst.ms <= 20);

  const head = '某县2019年政府信息公开工作年度报告\n';
  const appRows = ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '三、本年度办理结果（一）予以公开', '（二）部分公开',
    '（三）不予公开1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息',
    '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项', '（四）无法提供1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作',
    '3.补正后申请内容仍不明确', '（五）不予处理1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请',
    '5.要求行政机关确认或重新出具已获取信息', '（六）其他处理', '（七）总计', '四、结转下年度继续办理'];
  const table3 = (cell) => `${head}三、收到和处理政府信息公开申请情况\n申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他\n${appRows.map((r, i) => r + cell(i)).join('')}\n`;
  const table4 = (digits) => `${head}四、政府信息公开行政复议、行政诉讼情况\n行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计${digits}\n`;
  const table2 = (digits) => `${head}第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量规章${digits}规范性文件${digits}\n`;
  // Deterministic pseudo-random digits (no leading-zero pruning helps: every cell length stays open).
  let seed = 12345;
  const digitsOf = (n) => Array.from({ length: n }, () => ((seed = (seed * 1103515245 + 12345) % 2147483648), String(1 + (seed % 9)))).join('');
  const pathological = [
    ['表三, every row 25 random non-zero digits', table3(() => digitsOf(25))],
    ['表四, 40 random non-zero digits', table4(digitsOf(40))],
    ['表三, every row 18 ones glued', table3(() => '1'.repeat(18))],
    ['表三, every row 9 zeros and a one, spaced irregularly', table3((i) => `10 0 00 0 0${i % 9 + 1}${i % 7}`)],
    ['表三, every row a different 12-digit run', table3((i) => String(100000000000 + i * 7919 * 104729).slice(0, 12))],
    ['表三, rows with the next marker glued on', table3((i) => `${'0'.repeat(7)}${(i % 8) + 1}`)],
    ['表四, 45 ones glued', table4('1'.repeat(45))],
    ['表四, 30 digits 1 0 alternating', table4('10'.repeat(15))],
    ['表二, two rows of 60 ones glued', table2('1'.repeat(60))],
  ];
  let worstPath = { ms: 0 };
  console.log('pathological runs (worst table rule each):');
  for (const [name, text] of pathological) {
    const top = perTable(text, quick ? 3 : 15).reduce((a, b) => (b.ms > a.ms ? b : a));
    console.log(`  ${name.padEnd(52)} ${fmt(top.ms, 2).padStart(8)} ms (${top.rule})`);
    if (top.ms > worstPath.ms) worstPath = { ...top, name };
  }
  report('table reader, pathological runs', `${fmt(worstPath.ms, 2)} ms/table`, '≤ 200 ms', worstPath.ms <= 200);
}

// 6. The core as a browser gets it: src/index.ts bundled and minified by esbuild (tsup's bundler), gzipped.
const { build: esbuild } = await import('esbuild');
const { gzipSync } = await import('node:zlib');
const bundled = await esbuild({
  entryPoints: [new URL('../src/index.ts', import.meta.url).pathname],
  bundle: true,
  platform: 'browser',
  format: 'esm',
  minify: true,
  write: false,
  metafile: true,
  logLevel: 'silent',
});
const bundleBytes = bundled.outputFiles[0].contents;
const gzipKB = gzipSync(bundleBytes, { level: 9 }).length / 1024;
const byPackage = new Map();
for (const [path, { bytesInOutput }] of Object.entries(Object.values(bundled.metafile.outputs)[0].inputs)) {
  const pkg = path.includes('node_modules/') ? path.split('node_modules/').at(-1).split('/').slice(0, path.split('node_modules/').at(-1).startsWith('@') ? 2 : 1).join('/') : 'ogi-report (src)';
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + bytesInOutput);
}
const shares = [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([pkg, n]) => `${pkg} ${fmt((100 * n) / bundleBytes.length, 0)}%`).join(', ');
console.log(`\nbrowser bundle of the core (esbuild, minified): ${fmt(bundleBytes.length / 1024, 0)} KB, ${fmt(gzipKB, 0)} KB gzipped; minified bytes by package: ${shares}`);
report('core bundle, gzipped', `${fmt(gzipKB, 0)} KB`, '< 80 KB', gzipKB < 80);

console.log('\nsummary:');
for (const r of results) console.log(`  ${r.ok ? 'met ' : 'MISS'}  ${r.name.padEnd(30)} ${r.value.padEnd(14)} target ${r.target}`);
