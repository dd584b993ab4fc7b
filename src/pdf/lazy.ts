/**
 * The PDF stages are loaded on first use, after `DOMMatrix` is ensured (dom-matrix.ts): pdf.js evaluates
 * `new DOMMatrix()` as its module loads, so no module of this entry may import pdf.js statically. When the
 * stand-in is used, pdf.js's load-time notes that `@napi-rs/canvas` is missing (console.warn: on the standard error
 * a CLI writes its error lines to) are dropped: nothing is rendered, nothing is missing.
 */
import { ensureDomMatrix } from './dom-matrix.js';

type Extractor = typeof import('./extract.js');
let loading: Promise<Extractor> | undefined;

const CANVAS_NOTE = /^Warning: Cannot (?:load "@napi-rs\/canvas"|polyfill `(?:DOMMatrix|ImageData|Path2D)`)/u;

async function load(): Promise<Extractor> {
  if (!ensureDomMatrix()) return import('./extract.js');
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && CANVAS_NOTE.test(args[0])) return;
    warn(...args);
  };
  try {
    return await import('./extract.js');
  } finally {
    console.warn = warn;
  }
}

/** The extraction stage (pdf.js and everything that uses it). */
export function extractor(): Promise<Extractor> {
  loading ??= load();
  return loading;
}
