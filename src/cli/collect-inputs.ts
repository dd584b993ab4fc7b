/**
 * Expand the command line's paths into inputs, in the order given: directories recursively, glob patterns (for
 * shells that do not expand them, or quoted on purpose), each sorted by name. The walk is loop-safe and yields each
 * real file once (directories and files are known by device and inode, so symlink loops and aliases add nothing);
 * names are handled as bytes, so a file whose name is not UTF-8 is still read.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, sep } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

/** A file named as a PDF (`.pdf`, any case). */
export const namedPdf = (name: string): boolean => /\.pdf$/iu.test(name);

/** A problem known before reading: the row's error. */
export interface InputProblem {
  readonly code: string;
  readonly message: string;
}

export type InputRef =
  | { readonly kind: 'stdin'; readonly name: '-' }
  | {
      readonly kind: 'file';
      /** The path as shown in the row (a name that is not UTF-8 has U+FFFD in place of its bad bytes). */
      readonly name: string;
      /** The path's bytes, when `name` cannot stand for them. */
      readonly bytes?: Uint8Array;
      readonly problem?: InputProblem;
      /** The file's size in bytes when the walk saw it (what the run's default thread count is sized by). */
      readonly size?: number;
    };

export interface Collected {
  readonly inputs: InputRef[];
  /** Files a directory walk left out for their extension. */
  readonly skipped: number;
}

const utf8 = new TextDecoder();
const SEP = Buffer.from(sep);

/** A file's size in bytes from its stat, or undefined for what is not a regular file. */
function fileSize(st: { isFile(): boolean; size: bigint } | undefined): number | undefined {
  return st?.isFile() ? Number(st.size) : undefined;
}

function fileRef(path: Buffer, problem?: InputProblem, size?: number): InputRef {
  const name = utf8.decode(path);
  const exact = Buffer.from(name).equals(path);
  return {
    kind: 'file',
    name,
    ...(exact ? {} : { bytes: new Uint8Array(path) }),
    ...(problem ? { problem } : {}),
    ...(size !== undefined ? { size } : {}),
  };
}

/** A path given as it is (on the command line, or matched by a pattern), with its size when it is a file. */
function namedRef(path: string, size: number | undefined): InputRef {
  return { kind: 'file', name: path, ...(size !== undefined ? { size } : {}) };
}

/** The size of a file matched by a pattern (not there or not readable: unknown; the read reports it, as its row). */
function sizeOf(path: string): number | undefined {
  try {
    return fileSize(statSync(path, { bigint: true }));
  } catch {
    return undefined;
  }
}

function statProblem(error: unknown): InputProblem {
  const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
  if (code === 'ENAMETOOLONG') return { code: 'input.unreadable', message: 'the path is longer than the system allows (ENAMETOOLONG)' };
  if (code === 'ELOOP') return { code: 'input.unreadable', message: 'too many levels of symbolic links (ELOOP)' };
  if (code === 'EACCES' || code === 'EPERM') return { code: 'input.unreadable', message: 'permission denied' };
  return { code: 'input.unreadable', message: `cannot read: ${code}` };
}

class Walker {
  readonly inputs: InputRef[] = [];
  skipped = 0;
  private readonly seen = new Set<string>();

  constructor(private readonly extensions: ReadonlySet<string>) {}

  private takes(name: Buffer): boolean {
    const s = name.toString('latin1');
    const dot = s.lastIndexOf('.');
    return dot > 0 && this.extensions.has(s.slice(dot + 1).toLowerCase());
  }

  /** True the first time a real file or directory is met. */
  private first(dev: bigint, ino: bigint): boolean {
    const id = `${dev}:${ino}`;
    if (this.seen.has(id)) return false;
    this.seen.add(id);
    return true;
  }

  /** A directory given on the command line, or met in a walk. */
  dir(path: Buffer, dev: bigint, ino: bigint): void {
    if (!this.first(dev, ino)) return;
    let entries: Buffer[];
    try {
      entries = readdirSync(path, { encoding: 'buffer' }).sort(Buffer.compare);
    } catch (error) {
      this.inputs.push(fileRef(path, statProblem(error)));
      return;
    }
    const base = path.at(-1) === SEP[0] ? path : Buffer.concat([path, SEP]);
    for (const entry of entries) this.entry(Buffer.concat([base, entry]), entry);
  }

  private entry(path: Buffer, name: Buffer): void {
    let st;
    try {
      st = statSync(path, { bigint: true });
    } catch (error) {
      // A dangling link or a file that vanished reads as missing below; a path the system cannot take gets its row.
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        if (this.takes(name)) this.inputs.push(fileRef(path));
      } else this.inputs.push(fileRef(path, statProblem(error)));
      return;
    }
    if (st.isDirectory()) return this.dir(path, st.dev, st.ino);
    if (!this.takes(name)) {
      this.skipped++;
      return;
    }
    if (this.first(st.dev, st.ino)) this.inputs.push(fileRef(path, undefined, fileSize(st)));
  }
}

export function collectInputs(paths: readonly string[], extensions: readonly string[]): Collected {
  const walker = new Walker(new Set(extensions));
  const out = walker.inputs;
  for (const path of paths) {
    if (path === '-') {
      out.push({ kind: 'stdin', name: '-' });
      continue;
    }
    if (!existsSync(path) && isDynamicPattern(path)) {
      const matches = globSync(path, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(path) }).sort();
      // A pattern that matches nothing is reported like a missing file, so the run shows it.
      if (matches.length === 0) out.push(namedRef(path, undefined));
      for (const match of matches) out.push(namedRef(match, sizeOf(match)));
      continue;
    }
    let st;
    try {
      st = statSync(path, { bigint: true });
    } catch {
      // Not there or not readable: the read reports it, in order, as a failed row.
    }
    // A file named on the command line is read whatever its extension, even if named twice.
    if (st?.isDirectory()) walker.dir(Buffer.from(path), st.dev, st.ino);
    else out.push(namedRef(path, fileSize(st)));
  }
  return { inputs: out, skipped: walker.skipped };
}
