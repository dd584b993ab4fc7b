/**
 * 表二 rows whose cells ran together (`规章000`, `行政规范性文件306`, `行政处罚2648-18538`, `规章 000`): 表二 has no
 * arithmetic, so a cell is kept only where every cut of the digits agrees on it — one digit per cell is forced, and
 * a signed 本年增/减 starts its own cell. Where the cuts differ, the report's own prose may state the row's figures
 * (制定行政规范性文件12件…现行有效…48件): the one cut that agrees with it is accepted, with `table.cut-by-prose`.
 *
 * Hot in reports whose tables ran into one line (every 表二 row of them comes here): the row is read by index into
 * a few arrays, with no regex match arrays, tuples or copies per digit, in small functions that see one shape each.
 */
import type { DocumentView } from '../../engine/document-view.js';
import type { Span } from '../../engine/finding.js';
import type { RuleReporter } from '../../engine/rule.js';
import { type Token, placed } from '../shared/cell-tokens.js';
import { TABLE_CODES } from './codes.js';
import { spanOf } from './emit.js';
import type { LabelId } from './labels.js';
import { type Pin, agreement, everyCut } from './runs.js';
import { digitsEnd } from './values.js';

export interface RunColumn {
  readonly id: LabelId;
}

/** The units a run's last cell may end in (what /^[+\-]?\d+(万元|元|件|条|个|项|笔|批|家)?$/ allows after the digits). */
const RUN_UNITS: ReadonlySet<string> = new Set(['万元', '元', '件', '条', '个', '项', '笔', '批', '家']);

/** A row's cells as one run of digits: per cell its sign and digits; per digit its cell and offset in that cell. */
interface Run {
  /** The digits of each cell (its text without sign and unit). */
  readonly segments: string[];
  /** The sign of each cell ('' or '+' / '-'). */
  readonly signs: string[];
  /** The unit of the last cell, or ''. */
  readonly unit: string;
  /** For the digit at each position of the run: the index of its cell, and its offset in that cell's text. */
  readonly digitCell: number[];
  readonly digitOffset: number[];
  readonly pins: Pin[];
}

/**
 * The row as a run of plain digits, or null: every cell a number of digits with at most a sign (which needs a
 * 本年增/减 column: `changeColumn`) and, on the last cell only, a unit.
 */
function readRun(cells: readonly Token[], changeColumn: number): Run | null {
  const segments: string[] = [];
  const signs: string[] = [];
  const digitCell: number[] = [];
  const digitOffset: number[] = [];
  const pins: Pin[] = [];
  let unit = '';
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (cell.kind !== 'number') return null;
    const text = cell.text;
    const first = text.charCodeAt(0);
    const signLength = first === 0x2b || first === 0x2d ? 1 : 0;
    const end = digitsEnd(text, signLength);
    if (end < 0) return null;
    if (end < text.length) {
      if (i !== cells.length - 1 || !RUN_UNITS.has(text.slice(end))) return null;
      unit = text.slice(end);
    }
    if (signLength > 0) {
      if (changeColumn < 0) return null;
      pins.push({ at: digitCell.length, cell: changeColumn });
    }
    signs.push(signLength > 0 ? text[0]! : '');
    segments.push(signLength === 0 && end === text.length ? text : text.slice(signLength, end));
    for (let k = signLength; k < end; k++) {
      digitCell.push(i);
      digitOffset.push(k);
    }
  }
  return { segments, signs, unit, digitCell, digitOffset, pins };
}

function indexOfColumn(columns: readonly RunColumn[], id: LabelId): number {
  for (let i = 0; i < columns.length; i++) if (columns[i]!.id === id) return i;
  return -1;
}

/** The prose words for a 表二 figure: the item, and how a sentence states each column of it. */
const ITEM_WORDS: Partial<Record<LabelId, string>> = {
  rules: '规章',
  normativeDocs: '(?:行政)?规范性文件',
  procurement: '(?:政府)?(?:集中)?采购',
};
// The words every statement of an item contains (ITEM_WORDS without its optional parts): a sentence without them
// states none of the item's figures, and the patterns are not run on it.
const ITEM_CORE: Partial<Record<LabelId, string>> = { rules: '规章', normativeDocs: '规范性文件', procurement: '采购' };
const GAP = '[^，。；,;：:\\d]';
const VERB: Partial<Record<LabelId, string>> = {
  issued: '(?:新)?(?:制定|制发|出台|印发)(?:了)?',
  made: '(?:新)?(?:制定|制发|制作|出台|印发)(?:了)?',
  repealed: '(?:宣布)?废止(?:了)?',
  inForce: '现行有效(?:的)?',
};

/** Per item and column, the sentence patterns that state the column's figure (the number is group 1), compiled once. */
const STATEMENTS = new Map<LabelId, Map<LabelId, RegExp[]>>();

function statements(column: LabelId, item: LabelId, itemWords: string): RegExp[] {
  let perItem = STATEMENTS.get(item);
  if (!perItem) STATEMENTS.set(item, (perItem = new Map()));
  let patterns = perItem.get(column);
  if (!patterns) perItem.set(column, (patterns = compileStatements(column, itemWords)));
  return patterns;
}

function compileStatements(column: LabelId, item: string): RegExp[] {
  const verb = VERB[column];
  if (verb) {
    return [
      new RegExp(`${verb}${GAP}{0,12}?${item}${GAP}{0,4}?(\\d+)件`, 'gu'),
      new RegExp(`${item}${GAP}{0,6}?${verb}${GAP}{0,4}?(\\d+)件`, 'gu'),
    ];
  }
  // 采购信息21条共5419886元: the projects, then the amount in 元 (a decimal amount is not a whole cell).
  if (column === 'projects') return [new RegExp(`${item}(?:项目|信息)?${GAP}{0,6}?(\\d+)(?:个|条|项|批|宗)`, 'gu')];
  if (column === 'amount') return [new RegExp(`${item}[^，。；,;]{0,20}?(?<![\\d.])(\\d+)元`, 'gu')];
  return [];
}

interface Statement {
  readonly digits: string;
  readonly phrase: string;
}

/**
 * Per value stated, the last statement of it and the last one whose digits differ from that one's (`12` and `012`
 * state one value): enough to know what remains when the statements written as a given run are set aside.
 */
interface Stated {
  last: Statement;
  lastOther: Statement | null;
}

/** What one document's prose states, read once per document: the sentences naming each item, the statements of each column. */
interface ProseOf {
  readonly naming: Map<string, string[]>;
  readonly stated: Map<LabelId, Map<LabelId, Map<number, Stated>>>;
}

const PROSE = new WeakMap<DocumentView, ProseOf>();

function proseOf(doc: DocumentView): ProseOf {
  let prose = PROSE.get(doc);
  if (!prose) PROSE.set(doc, (prose = { naming: new Map(), stated: new Map() }));
  return prose;
}

/** The sentences that name an item (its core words): the item's columns all read the same ones. */
function sentencesNaming(doc: DocumentView, prose: ProseOf, core: string): readonly string[] {
  let texts = prose.naming.get(core);
  if (!texts) {
    texts = [];
    for (const sentence of doc.sentences) {
      const text = sentence.view.text;
      if (text.includes(core)) texts.push(text);
    }
    prose.naming.set(core, texts);
  }
  return texts;
}

/** Every statement of a column's figure of an item in the document's sentences, by value, in reading order. */
function statedIn(doc: DocumentView, prose: ProseOf, column: LabelId, item: LabelId, patterns: readonly RegExp[]): Map<number, Stated> {
  let perItem = prose.stated.get(item);
  if (!perItem) prose.stated.set(item, (perItem = new Map()));
  const cached = perItem.get(column);
  if (cached) return cached;
  const byValue = new Map<number, Stated>();
  for (const text of sentencesNaming(doc, prose, ITEM_CORE[item]!)) {
    for (const re of patterns) {
      // exec with the pattern's own lastIndex, not matchAll (which copies the expression per sentence); no
      // pattern matches the empty string, and a failed exec leaves lastIndex at 0.
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const statement: Statement = { digits: m[1]!, phrase: m[0] };
        const value = Number(m[1]);
        const seen = byValue.get(value);
        if (!seen) byValue.set(value, { last: statement, lastOther: null });
        else {
          if (seen.last.digits !== statement.digits) seen.lastOther = seen.last;
          seen.last = statement;
        }
      }
    }
  }
  perItem.set(column, byValue);
  return byValue;
}

/** The figures the prose states for a row: the columns (in order), their values and the last phrase stating each. */
interface ProseFigures {
  readonly columns: number[];
  readonly values: number[];
  readonly phrases: string[];
}

/**
 * The figures the prose states for the row's columns. The table's own run, where a page ran into one line, states
 * no figure (statements written as `written` are set aside); a column stated with two different values is dropped.
 * Per row the cost is constant: the statements are read once per document, and setting aside one run's digits can
 * remove at most the one value they spell.
 */
function proseFigures(doc: DocumentView, item: LabelId, columns: readonly RunColumn[], written: string): ProseFigures {
  const out: ProseFigures = { columns: [], values: [], phrases: [] };
  const itemWords = ITEM_WORDS[item];
  if (!itemWords) return out;
  const prose = proseOf(doc);
  const writtenValue = Number(written);
  for (let index = 0; index < columns.length; index++) {
    const column = columns[index]!.id;
    const patterns = statements(column, item, itemWords);
    if (patterns.length === 0) continue;
    const byValue = statedIn(doc, prose, column, item, patterns);
    const own = byValue.get(writtenValue);
    const ownSetAside = own !== undefined && own.last.digits === written && own.lastOther === null;
    if (byValue.size - (ownSetAside ? 1 : 0) !== 1) continue;
    for (const [value, { last, lastOther }] of byValue) {
      const phrase = last.digits !== written ? last.phrase : lastOther?.phrase;
      if (phrase !== undefined) {
        out.columns.push(index);
        out.values.push(value);
        out.phrases.push(phrase);
        break;
      }
    }
  }
  return out;
}

/** The cuts that give every stated figure. */
function cutsFitting(cuts: readonly number[][], stated: ProseFigures): number[][] {
  const out: number[][] = [];
  for (const cut of cuts) {
    let fits = true;
    for (let s = 0; s < stated.columns.length && fits; s++) fits = cut[stated.columns[s]!] === stated.values[s];
    if (fits) out.push(cut);
  }
  return out;
}

function hasUndecided(values: ReadonlyArray<number | null>): boolean {
  for (const v of values) if (v === null) return true;
  return false;
}

/**
 * The cells every cut agrees on; where they differ, narrowed by the figures the report's prose states, when those
 * rule out some cuts but not all (with `table.cut-by-prose`).
 */
function settle(doc: DocumentView, item: LabelId, columns: readonly RunColumn[], run: Run, cuts: readonly number[][], name: string, label: Span, cells: readonly Token[], report: RuleReporter): Array<number | null> {
  const values = agreement(cuts, columns.length);
  if (!hasUndecided(values)) return values;
  const stated = proseFigures(doc, item, columns, run.segments.join(''));
  const fitting = stated.columns.length === 0 ? [] : cutsFitting(cuts, stated);
  // The prose narrows the cuts: the cells every remaining cut agrees on are what the report states.
  if (fitting.length === 0 || fitting.length === cuts.length) return values;
  const narrowed = agreement(fitting, columns.length);
  let shown = '';
  for (let i = 0; i < narrowed.length; i++) shown += `${i > 0 ? ' / ' : ''}${narrowed[i] === null ? '?' : String(narrowed[i])}`;
  report.warn(
    TABLE_CODES.cutByProse,
    `${name}: the digits ${run.segments.join(' ')} were cut as ${shown}, the only way that agrees with the report's prose (${stated.phrases.join('; ')})`,
    spanOf([label, ...cells]),
  );
  return narrowed;
}

/** The first cut that gives the kept values. */
function cutGiving(cuts: readonly number[][], values: ReadonlyArray<number | null>): number[] {
  for (const cut of cuts) {
    let gives = true;
    for (let i = 0; i < values.length && gives; i++) gives = values[i] === null || cut[i] === values[i];
    if (gives) return cut;
  }
  return cuts[0]!;
}

/**
 * The cells of a run-together 表二 row as tokens of their own (column index → token), or null when the row is not a
 * run of plain digits. Cells the digits leave undecided are left out with a warning.
 */
export function cutProactiveRun(
  doc: DocumentView,
  item: LabelId,
  label: Span,
  cells: readonly Token[],
  columns: readonly RunColumn[],
  report: RuleReporter,
): Map<number, Token> | null {
  const run = readRun(cells, indexOfColumn(columns, 'change'));
  if (!run) return null;
  const cuts = everyCut({ segments: run.segments }, columns.length, run.pins);
  const name = `主动公开 ${item}`;
  if (cuts === 'too-many') {
    report.warn(TABLE_CODES.runUnsplit, `${name}: the digits ${run.segments.join(' ')} admit too many cuts; left out`, spanOf([label, ...cells]));
    return new Map();
  }
  if (cuts.length === 0) return null;
  const values = settle(doc, item, columns, run, cuts, name, label, cells, report);
  const out = new Map<number, Token>();
  const undecided = placeCells(cells, columns, run, cutGiving(cuts, values), values, out);
  if (undecided.length > 0) {
    report.warn(
      TABLE_CODES.runUnsplit,
      `${name}: the digits ${run.segments.join(' ')} can be cut in more than one way for ${undecided.join(', ')}; left out`,
      spanOf([label, ...cells]),
    );
  }
  return out;
}

/**
 * Walk one cut (any: where values agree, every cut has the same lengths up to that cell's start only when the
 * earlier cells agree too; so the digits are placed along the first cut that gives the kept values), placing each
 * decided cell in `out`; the columns left undecided.
 */
function placeCells(cells: readonly Token[], columns: readonly RunColumn[], run: Run, cut: readonly number[], values: ReadonlyArray<number | null>, out: Map<number, Token>): LabelId[] {
  const undecided: LabelId[] = [];
  let at = 0;
  for (let i = 0; i < cut.length; i++) {
    const value = cut[i]!;
    const digits = String(value);
    const length = digits.length;
    const firstAt = at;
    const lastAt = at + length - 1;
    at += length;
    if (values[i] === null) {
      undecided.push(columns[i]!.id);
      continue;
    }
    const token = cells[run.digitCell[firstAt]!]!;
    const lastToken = cells[run.digitCell[lastAt]!]!;
    // A signed cell's sign is just before its first digit (a cell starts at its sign's digit: the pins).
    const sign = run.digitOffset[firstAt] === 1 && run.signs[run.digitCell[firstAt]!] !== '' ? run.signs[run.digitCell[firstAt]!]! : '';
    const exact = token === lastToken && token.end - token.start === token.text.length;
    const start = exact ? token.start + run.digitOffset[firstAt]! - sign.length : token.start;
    const end = exact ? token.start + run.digitOffset[lastAt]! + 1 : lastToken.end;
    const cellUnit = i === columns.length - 1 && run.unit !== '' ? run.unit : '';
    out.set(i, placed(token, `${sign}${digits}${cellUnit}`, start, end));
  }
  return undecided;
}
