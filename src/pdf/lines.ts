/**
 * Text runs → lines in reading order. Runs share a line when their baselines are within half a font size (a
 * table's numbers and its labels sit a point or two apart; a label wrapped onto a second line is further); within
 * a line, left to right. A vertical run is a line of its own. Text drawn twice at almost the same place (fake bold)
 * is kept once.
 */
import type { PdfTextBox } from './types.js';

export interface PdfLine {
  readonly page: number;
  /** The line's y for ordering and spacing: the baseline of its first run (a vertical run: its top). */
  readonly y: number;
  /** The largest font size on the line. */
  readonly size: number;
  readonly runs: readonly PdfTextBox[];
}

const sizeOf = (run: PdfTextBox): number => run.size ?? run.box[3] - run.box[1];
const yOf = (run: PdfTextBox): number => run.baseline ?? run.box[1];

function isDoubleStrike(a: PdfTextBox, b: PdfTextBox): boolean {
  const tolerance = 0.2 * Math.min(sizeOf(a), sizeOf(b));
  return a.text === b.text && Math.abs(a.box[0] - b.box[0]) < tolerance && Math.abs(a.box[1] - b.box[1]) < tolerance;
}

/** The lines of one page. */
export function groupLines(page: number, runs: readonly PdfTextBox[]): PdfLine[] {
  const horizontal = runs.filter((run) => !run.vertical).sort((a, b) => yOf(a) - yOf(b) || a.box[0] - b.box[0]);
  const lines: PdfLine[] = [];
  let current: PdfTextBox[] = [];
  let anchor = 0;
  let anchorSize = 0;
  const close = () => {
    if (current.length === 0) return;
    current.sort((a, b) => a.box[0] - b.box[0]);
    const kept: PdfTextBox[] = [];
    // Sorted by x, a double strike is next to its twin: comparing with the last few kept runs is enough.
    for (const run of current) if (!kept.slice(-3).some((k) => isDoubleStrike(k, run))) kept.push(run);
    lines.push({ page, y: anchor, size: Math.max(...kept.map(sizeOf)), runs: kept });
    current = [];
  };
  for (const run of horizontal) {
    const y = yOf(run);
    if (current.length > 0 && y - anchor > 0.5 * Math.min(anchorSize, sizeOf(run))) close();
    if (current.length === 0) {
      anchor = y;
      anchorSize = sizeOf(run);
    }
    current.push(run);
  }
  close();
  for (const run of runs) if (run.vertical) lines.push({ page, y: run.box[1], size: sizeOf(run), runs: [run] });
  return lines.sort((a, b) => a.y - b.y);
}
