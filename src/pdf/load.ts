/**
 * Opening a PDF with pdf.js (the legacy build: it runs on Node 20 and in older browsers). In Node the CMaps, standard
 * fonts and wasm decoders are read from the installed pdfjs-dist package (plain paths, as pdf.js's Node readers
 * expect); in a browser the caller passes their URLs. No worker is started in Node (pdf.js uses its fake worker
 * there), nothing is rendered, so `@napi-rs/canvas` is never needed.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';
import { OgiError } from '../errors.js';

/** Where pdf.js finds its data files; each a directory URL or path ending in '/'. */
export interface PdfAssetOptions {
  /** The packed Adobe CMaps (`pdfjs-dist/cmaps/`): needed for CJK fonts without a ToUnicode map. */
  readonly cMapUrl?: string;
  /** The standard font data (`pdfjs-dist/standard_fonts/`). */
  readonly standardFontDataUrl?: string;
  /** The wasm image decoders (`pdfjs-dist/wasm/`). */
  readonly wasmUrl?: string;
}

interface NodeProcess {
  versions?: { node?: string };
  getBuiltinModule?: (id: string) => unknown;
}

/** The installed package's directory as a plain path with a trailing slash, in Node; undefined elsewhere. */
function packageDirectory(): string | undefined {
  const proc = (globalThis as { process?: NodeProcess }).process;
  if (!proc?.versions?.node || typeof proc.getBuiltinModule !== 'function') return undefined;
  // `require.resolve` gives a plain path (what pdf.js's Node readers take), on every platform.
  const module = proc.getBuiltinModule('node:module') as { createRequire(from: string): { resolve(id: string): string } };
  try {
    const manifest = module.createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
    return manifest.slice(0, manifest.length - 'package.json'.length);
  } catch {
    return undefined;
  }
}

let defaults: PdfAssetOptions | undefined;

/** The asset locations to use: the caller's, else (in Node) the installed package's. */
export function assetOptions(options: PdfAssetOptions): PdfAssetOptions {
  defaults ??= (() => {
    const dir = packageDirectory();
    return dir ? { cMapUrl: `${dir}cmaps/`, standardFontDataUrl: `${dir}standard_fonts/`, wasmUrl: `${dir}wasm/` } : {};
  })();
  return {
    ...(options.cMapUrl ?? defaults.cMapUrl ? { cMapUrl: options.cMapUrl ?? defaults.cMapUrl } : {}),
    ...(options.standardFontDataUrl ?? defaults.standardFontDataUrl
      ? { standardFontDataUrl: options.standardFontDataUrl ?? defaults.standardFontDataUrl }
      : {}),
    ...(options.wasmUrl ?? defaults.wasmUrl ? { wasmUrl: options.wasmUrl ?? defaults.wasmUrl } : {}),
  };
}

function errorName(error: unknown): string {
  return error !== null && typeof error === 'object' && 'name' in error ? String((error as { name: unknown }).name) : '';
}

/**
 * Open a PDF. pdf.js takes ownership of the buffer it is given, so the bytes are copied: the caller's stay usable.
 *
 * @throws {OgiError} `input.pdf-encrypted` when the document needs a password, `input.pdf-invalid` when pdf.js
 *   cannot read it as a PDF.
 */
export async function openPdf(bytes: Uint8Array | ArrayBuffer, options: PdfAssetOptions = {}): Promise<PDFDocumentProxy> {
  if (!(bytes instanceof Uint8Array) && !(bytes instanceof ArrayBuffer)) {
    throw new OgiError('input.pdf-invalid', 'parsePdf expects the bytes of a PDF (a Uint8Array or an ArrayBuffer)');
  }
  // A fresh Uint8Array, not `slice()`: Node's Buffer.slice is a view and a Buffer, which pdf.js refuses.
  const data = new Uint8Array(bytes.byteLength);
  data.set(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  const task = getDocument({
    data,
    ...assetOptions(options),
    cMapPacked: true,
    // Text extraction only: no font faces, no eval, no system fonts, no XFA rendering; quiet on recoverable errors.
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    enableXfa: false,
    verbosity: 0,
  });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const name = errorName(error);
    const detail = error instanceof Error ? error.message : String(error);
    if (name === 'PasswordException') {
      throw new OgiError('input.pdf-encrypted', `the PDF is encrypted and needs a password to be read (${detail})`);
    }
    throw new OgiError('input.pdf-invalid', `the input is not a readable PDF (${detail})`);
  }
}
