// What the whole parse is compared with, each run once over a document's whole text: chrono-node's Chinese parser
// (the date-only extractor a user would reach for), the project's own grammar pass (scanQuantities + scanDates),
// Recognizers-Text number + date (zh-cn), and the bare one-pass scan (the least any extractor must do).
import { createRequire } from 'node:module';
import * as chrono from 'chrono-node';
import { scanDates, scanQuantities } from '../dist/index.js';

const require = createRequire(import.meta.url);
const { recognizeNumber, Culture } = require('@microsoft/recognizers-text-number');
const { recognizeDateTime } = require('@microsoft/recognizers-text-date-time');

// chrono resolves relative dates against a reference: a fixed one keeps runs the same.
const REFERENCE = new Date(2020, 0, 1);

/** One pass that finds every digit run and CJK numeral run: the physical floor. */
export function bareScan(text) {
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

export const chronoZh = (text) => chrono.zh.parse(text, REFERENCE).length;

export const grammarPass = (text) => scanQuantities(text).length + scanDates(text).dates.length;

export const recognizersText = (text) => recognizeNumber(text, Culture.Chinese).length + recognizeDateTime(text, Culture.Chinese).length;
