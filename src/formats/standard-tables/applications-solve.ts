/**
 * Cutting 表三's run-together rows: each row's own arithmetic (applicant columns sum to 总计) gives its candidate
 * cuts; the table's identities across rows (sub-rows and outcome rows sum to （七）总计; 一 + 二 = 三(七) + 四) then
 * choose among them. A row's cut is kept only when every consistent combination agrees on it. A table whose source
 * breaks its own identities has no consistent combination: then only rows whose own arithmetic leaves one cut keep
 * it (the checks refiner reports the broken identity).
 */
import type { RuleReporter } from '../../engine/rule.js';
import { type Token, placed } from '../shared/cell-tokens.js';
import { ROW_KEY, type RowId } from './applications-scan.js';
import { type PendingRun, type RowCells, newRowCells, slotOf } from './applications-rows.js';
import { TABLE_CODES } from './codes.js';
import { spanOf } from './emit.js';
import { APPLICATION_GROUPS, STANDARD_COLUMNS } from './labels.js';
import { forcedCut, shortZeroRow, tableCutter } from './runs.js';

const MAX_COMBINATIONS = 50000;
const MAX_SOLUTIONS = 64;

const DISPOSITION_ROWS: readonly RowId[] = [
  'granted', 'partial',
  ...APPLICATION_GROUPS.denied.rows, ...APPLICATION_GROUPS.unable.rows, ...APPLICATION_GROUPS.notProcessed.rows,
] as RowId[];

interface Option {
  readonly run: PendingRun;
  readonly cuts: number[][];
  /** An all-zero row short of a digit: every cell 0, none of them placed. */
  readonly short: boolean;
}

/** A row's own arithmetic: the six applicant columns sum to its 总计. */
function rowAddsUp(v: readonly number[]): boolean {
  return v[0]! + v[1]! + v[2]! + v[3]! + v[4]! + v[5]! === v[6];
}

/** A table identity over slots (see `solutions`): Σ plus = total + Σ minus, in every column. */
interface Check {
  readonly total: number;
  readonly plus: readonly number[];
  readonly minus: readonly number[];
}

/**
 * The table identities across rows (only those whose rows are all present are checked), as the slots of their rows.
 * Which rows are present is the same for every combination, so the identities that apply are found once.
 */
function crossChecks(slotOfRow: ReadonlyMap<RowId, number>): Check[] {
  const checks: Check[] = [];
  const slots = (ids: readonly RowId[]): number[] => {
    const out: number[] = [];
    for (const id of ids) out.push(slotOfRow.get(id)!);
    return out;
  };
  if (slotOfRow.has('received') && slotOfRow.has('carriedOver') && slotOfRow.has('total') && slotOfRow.has('carriedForward')) {
    // received + carriedOver = total + carriedForward
    checks.push({ total: slotOfRow.get('total')!, plus: slots(['received', 'carriedOver']), minus: slots(['carriedForward']) });
  }
  const other: RowId[] = slotOfRow.has('other') ? ['other'] : ['noCorrection', 'unpaidFee', 'otherReason'];
  const parts = [...DISPOSITION_ROWS, ...other];
  if (slotOfRow.has('total') && parts.every((p) => slotOfRow.has(p))) checks.push({ total: slotOfRow.get('total')!, plus: slots(parts), minus: [] });
  return checks;
}

/** Whether every check holds over the rows' cells now (`cells[slot]`). */
function holds(checks: readonly Check[], cells: ReadonlyArray<readonly number[]>): boolean {
  for (const check of checks) {
    const total = cells[check.total]!;
    for (let c = 0; c < 7; c++) {
      let sum = 0;
      for (const slot of check.plus) sum += cells[slot]![c]!;
      let right = total[c]!;
      for (const slot of check.minus) right += cells[slot]![c]!;
      if (sum !== right) return false;
    }
  }
  return true;
}

/**
 * Every consistent combination of the options' cuts (null when there are too many to try them all). Each row present
 * has a slot: its cells in the combination being tried, the cut picked for its option (the last option of an id
 * wins), else the fixed row.
 */
function solutions(options: readonly Option[], fixed: ReadonlyMap<RowId, number[]>): number[][][] | null {
  let combos = 1;
  for (const o of options) combos *= o.cuts.length;
  if (combos > MAX_COMBINATIONS) return null;
  const found: number[][][] = [];
  const last = new Map<RowId, number>();
  for (let k = 0; k < options.length; k++) last.set(options[k]!.run.row.id, k);
  // A fixed row that breaks its own arithmetic makes every combination inconsistent.
  for (const [id, v] of fixed) if (!last.has(id) && !rowAddsUp(v)) return found;
  const slotOfId = new Map<RowId, number>();
  const cells: Array<readonly number[]> = [];
  for (const [id, v] of fixed) {
    slotOfId.set(id, cells.length);
    cells.push(v);
  }
  for (const o of options) {
    const id = o.run.row.id;
    if (!slotOfId.has(id)) {
      slotOfId.set(id, cells.length);
      cells.push(o.cuts[0]!);
    }
  }
  // The slot an option writes its cut to, or -1 (an earlier option of an id the last one overrides).
  const writes: number[] = [];
  for (let k = 0; k < options.length; k++) {
    const id = options[k]!.run.row.id;
    writes.push(last.get(id) === k ? slotOfId.get(id)! : -1);
  }
  const checks = crossChecks(slotOfId);
  const pick: number[][] = [];
  const walk = (i: number): void => {
    if (found.length > MAX_SOLUTIONS) return;
    if (i === options.length) {
      if (holds(checks, cells)) found.push(pick.slice());
      return;
    }
    const cuts = options[i]!.cuts;
    const slot = writes[i]!;
    for (let j = 0; j < cuts.length; j++) {
      const cut = cuts[j]!;
      // A cut that breaks its row's arithmetic (a forced cut) is in no consistent combination.
      if (slot >= 0) {
        if (!rowAddsUp(cut)) continue;
        cells[slot] = cut;
      }
      pick.push(cut);
      walk(i + 1);
      pick.pop();
    }
  };
  walk(0);
  // Agreement means something only over every solution: a capped search would favour its first branches.
  return found.length <= MAX_SOLUTIONS ? found : null;
}

function sameCells(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The place of each cell of a cut in the row's tokens (a token split in several cells gives each its digits). */
function cellTokens(run: PendingRun, cut: readonly number[], short: boolean): Token[] {
  const whole = spanOf(run.tokens);
  const first = run.tokens[0]!;
  if (short) return cut.map(() => placed(first, first.text, whole.start, whole.end));
  const out: Token[] = [];
  let t = 0;
  let offset = 0;
  for (const value of cut) {
    let token = run.tokens[t];
    while (token && offset >= token.text.length) {
      t++;
      offset = 0;
      token = run.tokens[t];
    }
    const text = String(value);
    const length = text.length;
    if (!token) {
      const last = run.tokens[run.tokens.length - 1]!;
      out.push(placed(last, last.text, whole.start, whole.end));
      continue;
    }
    // Exact offsets where the source has one character per digit; else the token's span.
    const exact = token.end - token.start === token.text.length;
    out.push(exact ? placed(token, text, token.start + offset, token.start + offset + length) : placed(token, text, token.start, token.end));
    offset += length;
  }
  return out;
}

/** Cut run-together rows into `rows`; warn on each row left out. */
export function solveRuns(runs: readonly PendingRun[], rows: Map<RowId, RowCells>, report: RuleReporter): void {
  const options: Option[] = [];
  const rowSpan = (run: PendingRun) => spanOf([run.row.label, ...run.tokens]);
  const written = (run: PendingRun) => run.input.segments.join(' ');
  const cut7 = tableCutter([7]);
  for (const run of runs) {
    const cuts = cut7(run.input);
    if (cuts === 'too-many') {
      report.warn(TABLE_CODES.runUnsplit, `${ROW_KEY(run.row.id)}: the digits ${written(run)} admit too many cuts; left out`, rowSpan(run));
      continue;
    }
    if (cuts.length === 0) {
      const forced = forcedCut(run.input, 7);
      if (forced) {
        options.push({ run, cuts: [forced], short: false });
        continue;
      }
      if (shortZeroRow(run.input, 7)) {
        options.push({ run, cuts: [[0, 0, 0, 0, 0, 0, 0]], short: true });
        continue;
      }
      report.warn(
        TABLE_CODES.runUnsplit,
        `${ROW_KEY(run.row.id)}: the digits ${written(run)} fit no cut into 7 cells whose parts sum to its 总计; left out`,
        rowSpan(run),
      );
      continue;
    }
    options.push({ run, cuts, short: false });
  }
  if (options.length === 0) return;
  const fixed = new Map<RowId, number[]>();
  for (const [id, cells] of rows) {
    const vector = fixedCells(cells);
    if (vector) fixed.set(id, vector);
  }
  const found = solutions(options, fixed);
  for (let k = 0; k < options.length; k++) {
    const option = options[k]!;
    let cut: number[] | undefined;
    if (found && found.length > 0) {
      const first = found[0]![k]!;
      let agree = true;
      for (const s of found) if (!sameCells(s[k]!, first)) agree = false;
      if (agree) cut = first;
    } else if (option.cuts.length === 1) {
      // No consistent combination (or too many to try): a row's own arithmetic still decides its own cut.
      cut = option.cuts[0];
    }
    if (!cut) {
      report.warn(
        TABLE_CODES.runUnsplit,
        `${ROW_KEY(option.run.row.id)}: the digits ${written(option.run)} can be cut in more than one consistent way; left out`,
        rowSpan(option.run),
      );
      continue;
    }
    const tokens = cellTokens(option.run, cut, option.short);
    const read = newRowCells();
    for (let i = 0; i < cut.length; i++) read[slotOf(STANDARD_COLUMNS[i]!)] = { token: tokens[i]!, value: { value: cut[i]!, blank: option.short } };
    rows.set(option.run.row.id, read);
  }
}

/** A read row's seven values in template order (an array like every cut's), or null when a cell is missing. */
function fixedCells(cells: RowCells): number[] | null {
  const vector: number[] = [];
  for (const column of STANDARD_COLUMNS) {
    const cell = cells[slotOf(column)];
    if (cell === undefined) return null;
    vector.push(cell.value.value);
  }
  return vector;
}
