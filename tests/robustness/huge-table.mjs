#!/usr/bin/env node
/**
 * A huge HTML table: `cells` cells of `<td>1</td>`, ten to a row (3×10⁶ cells make 30 MB). Past the tag budget it
 * is read as text with its markup blanked, and past the line budget the rest is left out, so memory stays bounded
 * whatever its size. `node tests/robustness/huge-table.mjs 3000000` (after a build) parses one and prints its size,
 * CPU time, peak memory and warnings as JSON; the memory suite runs it under a fixed heap limit.
 */
import { pathToFileURL } from 'node:url';

export function hugeTable(cells) {
  const row = `<tr>${'<td>1</td>'.repeat(10)}</tr>`;
  return `<html><body><h1>某某市人民政府2019年政府信息公开工作年度报告</h1><table>${row.repeat(Math.ceil(cells / 10))}</table></body></html>`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { parseReport } = await import(new URL('../../dist/index.js', import.meta.url).href);
  const input = hugeTable(Number(process.argv[2] ?? 3_000_000));
  const before = process.cpuUsage();
  const report = parseReport(input);
  const cpu = process.cpuUsage(before);
  const budget = report.messages.filter((m) => m.code === 'budget-exceeded').map((m) => m.actual);
  console.log(JSON.stringify({ chars: input.length, cpuSeconds: (cpu.user + cpu.system) / 1e6, rssMB: process.memoryUsage().rss / 2 ** 20, budget }));
}
