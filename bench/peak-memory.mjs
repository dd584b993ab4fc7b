// Child process of the bench: parse one file and print the peak resident memory before and after the parse
// (process.resourceUsage().maxRSS, KiB), as JSON. A fresh process per size, so one size's heap does not carry over.
import { readFileSync } from 'node:fs';
import { parseReport } from '../dist/index.js';

const text = readFileSync(process.argv[2], 'utf8');
const before = process.resourceUsage().maxRSS;
const report = parseReport(text);
const after = process.resourceUsage().maxRSS;
console.log(JSON.stringify({ before, after, values: Object.keys(report.values).length }));
