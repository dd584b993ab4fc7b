/** `parseReport`: text or HTML in, a typed, checked `Report` out. Pure and synchronous: no I/O, no clock. */
import { VFile } from 'vfile';
import { OgiError } from './errors.js';
import { type ParseOptions, type TreeFront, createProcessor } from './processor.js';
import type { Report } from './schema/report.js';

/**
 * Parse one document.
 *
 * @param input The document as a string (plain text or HTML). Bytes must be decoded first (the CLI decodes UTF-8,
 *   UTF-16 and GBK/GB18030); a `Uint8Array` is accepted only when it is valid UTF-8.
 * @throws {OgiError} `input.not-text` for a value that is neither a string nor bytes, `input.undecodable` for bytes
 *   that are not UTF-8, `format.unknown` for a forced format id that is not among `options.formats`.
 */
export function parseReport(input: string | Uint8Array, options: ParseOptions = {}): Report {
  const text = toText(input);
  const file = new VFile({ value: text, data: { ogiReportOnly: true } });
  const processor = processorFor(options);
  const tree = processor.parse(file);
  processor.runSync(tree, file);
  return processor.stringify(tree, file);
}

/**
 * Parse a text whose report tree the caller builds (the PDF reader: lines and lattice tables of the extracted text).
 * Offsets point into `text`. Not part of the public API of the core entry.
 */
export function parseWithTree(text: string, front: TreeFront, options: Omit<ParseOptions, 'input'> = {}): Report {
  const file = new VFile({ value: text, data: { ogiFront: front, ogiReportOnly: true } });
  const processor = processorFor({ ...options, input: 'text' });
  const tree = processor.parse(file);
  processor.runSync(tree, file);
  return processor.stringify(tree, file);
}

// A processor per configuration of the built-in formats, built once: parsing thousands of files should not
// rebuild the pipeline for each. Calls with their own format objects get a fresh one.
const processors = new Map<string, ReturnType<typeof createProcessor>>();

function processorFor(options: ParseOptions): ReturnType<typeof createProcessor> {
  if (options.formats !== undefined || (options.format !== undefined && typeof options.format !== 'string')) {
    return createProcessor(options);
  }
  const key = `${options.input ?? 'auto'}|${options.format ?? ''}|${options.resolveYearlessDates ? 1 : 0}|${options.validate ? 1 : 0}`;
  let processor = processors.get(key);
  if (!processor) {
    processor = createProcessor(options);
    processor.freeze();
    processors.set(key, processor);
  }
  return processor;
}

function toText(input: unknown): string {
  // A string is kept as given (a BOM included): offsets must point into the caller's own string.
  if (typeof input === 'string') return input;
  if (input instanceof Uint8Array) {
    try {
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(input);
      return text;
    } catch {
      throw new OgiError('input.undecodable', 'the bytes are not UTF-8; decode them first (GBK/GB18030 input: use decodeBytes)');
    }
  }
  throw new OgiError('input.not-text', `parseReport expects a string or UTF-8 bytes, got ${input === null ? 'null' : typeof input}`);
}
