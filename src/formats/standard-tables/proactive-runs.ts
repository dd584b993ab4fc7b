/**
 * 表二 rows whose cells ran together (`规章000`, `行政规范性文件306`, `行政处罚2648-18538`, `规章 000`): 表二 has no
 * arithmetic, so a cell is kept only where every cut of the digits agrees on it — one digit per cell is forced, and
 * a signed 本年增/减 starts its own cell. Where the cuts differ, the report's own prose may state the row's figures
 * (制定行政规范性文件12件…现行有效…48件): the one cut that agrees with it is accepted, with `table.cut-by-prose`.
 */
import type { DocumentView } from '../../engine/document-view.js';
import type { RuleReporter } from '../../engine/rule.js';
import type { Token } from '../shared/cell-tokens.js';
import { TABLE_CODES } from './codes.js';
import { spanOf } from './emit.js';
import type { LabelId } from './labels.js';
import { type Pin, agreement, everyCut } from './runs.js';

export interface RunColumn {
  readonly id: LabelId;
}

const RUN_TOKEN = /^([+\-]?)(\d+)(万元|元|件|条|个|项|笔|批|家)?$/u;

/** A digit of the row: the token it is in and its offset there. */
interface DigitAt {
  readonly token: Token;
  readonly offset: number;
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

const STATEMENTS = new Map<string, RegExp[]>();

/** The sentence patterns that state one column's figure of an item (the number is group 1), compiled once. */
function statements(column: LabelId, item: string): RegExp[] {
  const key = `${column} ${item}`;
  let patterns = STATEMENTS.get(key);
  if (!patterns) STATEMENTS.set(key, (patterns = compileStatements(column, item)));
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

/** The statements of one column's figure in a document's prose, by value (read once per document). */
interface Statements {
  /**
   * Per value stated, the last statement of it and the last one whose digits differ from that one's (`12` and
   * `012` state one value): enough to know what remains when the statements written as a given run are set aside.
   */
  readonly byValue: Map<number, { last: Statement; lastOther: Statement | null }>;
}

interface Statement {
  readonly digits: string;
  readonly phrase: string;
}

const STATED = new WeakMap<DocumentView, Map<string, Statements>>();
// The sentences that name an item (its core words), per document: the item's columns all read the same ones.
const NAMING = new WeakMap<DocumentView, Map<string, string[]>>();

function sentencesNaming(doc: DocumentView, core: string): readonly string[] {
  let perDoc = NAMING.get(doc);
  if (!perDoc) NAMING.set(doc, (perDoc = new Map()));
  let texts = perDoc.get(core);
  if (!texts) {
    texts = [];
    for (const sentence of doc.sentences) {
      const text = sentence.view.text;
      if (text.includes(core)) texts.push(text);
    }
    perDoc.set(core, texts);
  }
  return texts;
}

/** Every statement of a column's figure of an item in the document's sentences, in reading order. */
function statedIn(doc: DocumentView, column: LabelId, item: LabelId, patterns: readonly RegExp[]): Statements {
  let perDoc = STATED.get(doc);
  if (!perDoc) STATED.set(doc, (perDoc = new Map()));
  const key = `${column} ${item}`;
  const cached = perDoc.get(key);
  if (cached) return cached;
  const byValue = new Map<number, { last: Statement; lastOther: Statement | null }>();
  for (const text of sentencesNaming(doc, ITEM_CORE[item]!)) {
    for (const re of patterns) {
      // exec with the pattern's own lastIndex, not matchAll (which copies the expression per sentence); no
      // pattern matches the empty string, and a failed exec leaves lastIndex at 0.
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const statement = { digits: m[1]!, phrase: m[0] };
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
  const statements = { byValue };
  perDoc.set(key, statements);
  return statements;
}

/**
 * The figures the prose states for the row's columns: column index → value and the last phrase stating it. The
 * table's own run, where a page ran into one line, states no figure (statements written as `written` are set
 * aside); a column stated with two different values is dropped. Per row the cost is constant: the statements are
 * read once per document, and setting aside one run's digits can remove at most the one value they spell.
 */
function proseFigures(doc: DocumentView, item: LabelId, columns: readonly RunColumn[], written: string): Map<number, { value: number; phrase: string }> {
  const out = new Map<number, { value: number; phrase: string }>();
  const itemWords = ITEM_WORDS[item];
  if (!itemWords) return out;
  columns.forEach((column, index) => {
    const patterns = statements(column.id, itemWords);
    if (patterns.length === 0) return;
    const { byValue } = statedIn(doc, column.id, item, patterns);
    const own = byValue.get(Number(written));
    const ownSetAside = own !== undefined && own.last.digits === written && own.lastOther === null;
    if (byValue.size - (ownSetAside ? 1 : 0) !== 1) return;
    for (const [value, { last, lastOther }] of byValue) {
      const phrase = last.digits !== written ? last.phrase : lastOther?.phrase;
      if (phrase !== undefined) {
        out.set(index, { value, phrase });
        return;
      }
    }
  });
  return out;
}

/**
 * The cells of a run-together 表二 row as tokens of their own (column index → token), or null when the row is not a
 * run of plain digits. Cells the digits leave undecided are left out with a warning.
 */
export function cutProactiveRun(
  doc: DocumentView,
  item: LabelId,
  label: Token | { start: number; end: number },
  cells: readonly Token[],
  columns: readonly RunColumn[],
  report: RuleReporter,
): Map<number, Token> | null {
  const parsed = cells.map((c) => (c.kind === 'number' ? RUN_TOKEN.exec(c.text) : null));
  if (parsed.some((p) => p === null)) return null;
  const changeColumn = columns.findIndex((c) => c.id === 'change');
  const digits: DigitAt[] = [];
  const pins: Pin[] = [];
  const signs = new Map<number, string>();
  let unit: string | undefined;
  for (let i = 0; i < cells.length; i++) {
    const [, sign, number, tokenUnit] = parsed[i]!;
    if (tokenUnit) {
      if (i !== cells.length - 1) return null;
      unit = tokenUnit;
    }
    if (sign) {
      if (changeColumn < 0) return null;
      pins.push({ at: digits.length, cell: changeColumn });
      signs.set(digits.length, sign);
    }
    for (let k = 0; k < number!.length; k++) digits.push({ token: cells[i]!, offset: sign!.length + k });
  }
  const segments = parsed.map((p) => p![2]!);
  const cuts = everyCut({ segments }, columns.length, pins);
  const name = `主动公开 ${item}`;
  if (cuts === 'too-many') {
    report.warn(TABLE_CODES.runUnsplit, `${name}: the digits ${segments.join(' ')} admit too many cuts; left out`, spanOf([label, ...cells]));
    return new Map();
  }
  if (cuts.length === 0) return null;
  let values = agreement(cuts, columns.length);
  if (values.some((v) => v === null)) {
    const stated = proseFigures(doc, item, columns, segments.join(''));
    const fitting = stated.size === 0 ? [] : cuts.filter((cut) => [...stated].every(([i, s]) => cut[i] === s.value));
    // The prose narrows the cuts: the cells every remaining cut agrees on are what the report states.
    if (fitting.length > 0 && fitting.length < cuts.length) {
      values = agreement(fitting, columns.length);
      const phrases = [...stated.values()].map((s) => s.phrase).join('; ');
      const shown = values.map((v) => (v === null ? '?' : String(v))).join(' / ');
      report.warn(
        TABLE_CODES.cutByProse,
        `${name}: the digits ${segments.join(' ')} were cut as ${shown}, the only way that agrees with the report's prose (${phrases})`,
        spanOf([label, ...cells]),
      );
    }
  }
  const out = new Map<number, Token>();
  let at = 0;
  const undecided: string[] = [];
  // Walk one cut (any: where values agree, every cut has the same lengths up to that cell's start only when the
  // earlier cells agree too; so the digits are placed along the first cut that gives the kept values).
  const cut = cuts.find((c) => values.every((v, i) => v === null || c[i] === v)) ?? cuts[0]!;
  cut.forEach((value, i) => {
    const length = String(value).length;
    const first = digits[at]!;
    const last = digits[at + length - 1]!;
    const sign = signs.get(at) ?? '';
    at += length;
    if (values[i] === null) {
      undecided.push(columns[i]!.id);
      return;
    }
    const sameToken = first.token === last.token;
    const exact = sameToken && first.token.end - first.token.start === first.token.text.length;
    const start = exact ? first.token.start + first.offset - sign.length : first.token.start;
    const end = exact ? first.token.start + last.offset + 1 : last.token.end;
    const cellUnit = i === columns.length - 1 && unit ? unit : '';
    out.set(i, { ...first.token, text: `${sign}${value}${cellUnit}`, start, end });
  });
  if (undecided.length > 0) {
    report.warn(
      TABLE_CODES.runUnsplit,
      `${name}: the digits ${segments.join(' ')} can be cut in more than one way for ${undecided.join(', ')}; left out`,
      spanOf([label, ...cells]),
    );
  }
  return out;
}
