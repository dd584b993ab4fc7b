/**
 * Expand the command line's paths into inputs, in the order given: directories recursively, glob patterns (for
 * shells that do not expand them, or quoted on purpose), each sorted by name.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

export type InputRef = { readonly kind: 'stdin'; readonly name: '-' } | { readonly kind: 'file'; readonly name: string; readonly problem?: string };

const DOCUMENT_EXTENSIONS = /\.(?:txt|text|htm|html|shtml|xhtml)$/i;

function walk(dir: string, out: InputRef[]): void {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch (error) {
    out.push({ kind: 'file', name: dir, problem: (error as NodeJS.ErrnoException).code ?? 'EIO' });
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry);
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      // A dangling link or a file that vanished: reported as an unreadable input below.
    }
    if (isDir) walk(path, out);
    else if (DOCUMENT_EXTENSIONS.test(entry)) out.push({ kind: 'file', name: path });
  }
}

export function collectInputs(paths: readonly string[]): InputRef[] {
  const out: InputRef[] = [];
  for (const path of paths) {
    if (path === '-') {
      out.push({ kind: 'stdin', name: '-' });
      continue;
    }
    if (!existsSync(path) && isDynamicPattern(path)) {
      const matches = globSync(path, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(path) }).sort();
      // A pattern that matches nothing is reported like a missing file, so the run shows it.
      if (matches.length === 0) out.push({ kind: 'file', name: path });
      for (const match of matches) out.push({ kind: 'file', name: match });
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      // Not there or not readable: the read reports it, in order, as a failed row.
    }
    if (isDir) walk(path, out);
    else out.push({ kind: 'file', name: path });
  }
  return out;
}
