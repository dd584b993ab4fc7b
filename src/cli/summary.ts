/** The end-of-run summary: files, ok, failed (by code), warnings by code, elapsed time and files per second. */
import type { CliLine } from '../schema/report.js';

/**
 * What the run needs of a row besides its output: the counts and the failure. A worker that renders its rows sends
 * only this with the text, not the whole line.
 */
export type RowBrief =
  | { readonly file: string; readonly ok: true; readonly warnings: readonly { readonly code: string }[] }
  | { readonly file: string; readonly ok: false; readonly error: { readonly code: string; readonly message: string } };

/** A row's brief: the warnings' codes, or the failure. */
export const briefOf = (line: CliLine): RowBrief =>
  line.ok ? { file: line.file, ok: true, warnings: line.warnings.map((w) => ({ code: w.code })) } : { file: line.file, ok: false, error: line.error };

export class RunSummary {
  files = 0;
  ok = 0;
  private readonly failures = new Map<string, number>();
  private readonly warnings = new Map<string, number>();

  /** @param skipped files a directory walk left out for their extension */
  constructor(private readonly skipped = 0) {}

  add(line: RowBrief): void {
    this.files++;
    if (line.ok) {
      this.ok++;
      for (const w of line.warnings) this.warnings.set(w.code, (this.warnings.get(w.code) ?? 0) + 1);
    } else {
      this.failures.set(line.error.code, (this.failures.get(line.error.code) ?? 0) + 1);
    }
  }

  get failed(): number {
    return this.files - this.ok;
  }

  /** The summary; `of` is the number of inputs when the run was interrupted before the end. */
  format(elapsedMs: number, of?: number): string {
    const seconds = elapsedMs / 1000;
    const rate = seconds > 0 ? this.files / seconds : 0;
    const list = (map: Map<string, number>): string =>
      [...map].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([code, n]) => `${code} ${n}`).join(', ');
    const skipped = this.skipped > 0 ? `, ${this.skipped} skipped (other extensions; --ext)` : '';
    const lines = [
      `ogi-report: ${of === undefined ? '' : `interrupted after ${this.files} of ${of}: `}${this.files} files, ${this.ok} ok, ${this.failed} failed${skipped} in ${seconds.toFixed(1)} s (${rate.toFixed(0)} files/s)`,
    ];
    if (this.failures.size > 0) lines.push(`  failed: ${list(this.failures)}`);
    if (this.warnings.size > 0) lines.push(`  warnings: ${list(this.warnings)}`);
    return `${lines.join('\n')}\n`;
  }
}
