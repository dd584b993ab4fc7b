/**
 * One input → one CLI line: check what the path is, read, then `parseBytes` (or, for a PDF, `pdfLine`: the only
 * asynchronous case, as pdf.js is). The type and the size are checked on the open descriptor before a byte is
 * read, so a FIFO, a device (/dev/zero) or a huge (sparse) file costs nothing and gets a coded row.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { MAX_INPUT_BYTES } from '../batch/limits.js';
import { failedLine, parseBytes } from '../batch/parse-bytes.js';
import type { Encoding } from '../input/decode.js';
import type { ParseOptions } from '../processor.js';
import type { CliLine } from '../schema/report.js';
import type { InputRef } from './collect-inputs.js';
import { isPdfInput, pdfLine } from './pdf-input.js';

export interface LineOptions {
  readonly parse: ParseOptions;
  readonly explain: boolean;
  readonly allMessages: boolean;
  readonly encoding?: Encoding;
}

// O_NONBLOCK: opening a FIFO must not wait for a writer (the type check below refuses it anyway).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

function kindOf(st: ReturnType<typeof fstatSync>): string {
  if (st.isFIFO()) return 'a FIFO';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  if (st.isDirectory()) return 'a directory';
  return 'not a regular file';
}

function readError(name: string, error: unknown): CliLine {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return failedLine(name, 'input.not-found', 'no such file');
  if (code === 'EISDIR') return failedLine(name, 'input.not-a-file', 'is a directory');
  if (code === 'EACCES' || code === 'EPERM') return failedLine(name, 'input.unreadable', 'permission denied');
  if (code === 'ENAMETOOLONG') return failedLine(name, 'input.unreadable', 'the path is longer than the system allows (ENAMETOOLONG)');
  return failedLine(name, 'input.unreadable', `cannot read: ${code ?? String(error)}`);
}

function readFile(ref: InputRef & { kind: 'file' }): Uint8Array | CliLine {
  if (ref.problem) return failedLine(ref.name, ref.problem.code, ref.problem.message);
  let fd: number;
  try {
    fd = openSync(ref.bytes ? Buffer.from(ref.bytes) : ref.name, OPEN_FLAGS);
  } catch (error) {
    return readError(ref.name, error);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return failedLine(ref.name, 'input.not-a-file', `${kindOf(st)}, not a regular file`);
    if (st.size > MAX_INPUT_BYTES) return failedLine(ref.name, 'input.too-large', `${st.size} bytes is over the ${MAX_INPUT_BYTES}-byte limit`);
    return readFileSync(fd);
  } catch (error) {
    return readError(ref.name, error);
  } finally {
    closeSync(fd);
  }
}

/** The bytes of an input (a file checked for type and size first, or standard input), or its failed row. */
export function readBytes(ref: InputRef, stdin: () => Uint8Array): Uint8Array | CliLine {
  return ref.kind === 'stdin' ? stdin() : readFile(ref);
}

/** A text input's row at once; a PDF's as a promise. */
export function processInput(ref: InputRef, options: LineOptions, stdin: () => Uint8Array): CliLine | Promise<CliLine> {
  const bytes = readBytes(ref, stdin);
  if (!(bytes instanceof Uint8Array)) return bytes;
  if (isPdfInput(ref.name, bytes)) return pdfLine(ref.name, bytes, options);
  return parseBytes(bytes, {
    name: ref.name,
    parse: options.parse,
    explain: options.explain,
    allMessages: options.allMessages,
    ...(options.encoding ? { encoding: options.encoding } : {}),
  });
}
