/**
 * The engine loop: run rules on the node types they declare, turn their matches into findings with absolute
 * offsets, and reject keys a rule did not declare (or that are not canonical).
 */
import { isRecordKey } from '../schema/keys.js';
import type { DocumentView } from './document-view.js';
import { type Finding, finding } from './finding.js';
import { MESSAGE_CODES, type MessageSink } from './messages.js';
import { Prefilter } from './prefilter.js';
import type { DocumentRule, Rule, RuleMatch, RuleReporter, SentenceRule, TableContext, TableRule } from './rule.js';

// A rule that declares no patterns: one shared empty answer, not an array per sentence.
const NO_PATTERNS_MAY: readonly boolean[] = [];

function toFinding(rule: Rule, m: RuleMatch): Finding {
  let start: number;
  let end: number;
  let numberAt: number;
  if ('source' in m) {
    start = m.source.start;
    end = m.source.end;
    numberAt = m.numberAt ?? start;
  } else {
    const span = m.view.toSource(m.from, m.to);
    start = span.start;
    end = span.end;
    numberAt = m.numberAt === undefined ? start : m.view.toSource(m.numberAt, m.numberAt + 1).start;
  }
  return finding(
    m.key,
    m.value,
    m.certainty ?? 'stated',
    m.approximate ?? false,
    m.unit || undefined,
    rule.id,
    start,
    end,
    numberAt,
    m.priority ?? 0,
    undefined,
  );
}

// The keys each rule may emit, as a set (a rule's `keys` is an array; looked up once per match).
const declared = new WeakMap<Rule, ReadonlySet<string>>();

function declaredKeys(rule: Rule): ReadonlySet<string> {
  let keys = declared.get(rule);
  if (!keys) {
    keys = new Set(rule.keys.filter(isRecordKey));
    declared.set(rule, keys);
  }
  return keys;
}

/** The sentence rules' words, scanned once per sentence of a document, shared by every rule of one list. */
interface SentenceScan {
  readonly prefilter: Prefilter;
  readonly bits: Uint32Array;
}

const prefilters = new WeakMap<readonly Rule[], Prefilter>();

function prefilterFor(rules: readonly Rule[]): Prefilter {
  let prefilter = prefilters.get(rules);
  if (!prefilter) {
    const expressions: RegExp[] = [];
    for (const rule of rules) {
      if (rule.scope !== 'sentence') continue;
      if (rule.match) expressions.push(rule.match);
      if (rule.patterns) expressions.push(...rule.patterns);
    }
    prefilter = new Prefilter(expressions);
    prefilters.set(rules, prefilter);
  }
  return prefilter;
}

// A rule run on its own (runRuleOnText) scans with a list of just itself, kept so its prefilter is built once.
const alone = new WeakMap<Rule, readonly Rule[]>();

function listOf(rule: Rule): readonly Rule[] {
  let list = alone.get(rule);
  if (!list) {
    list = [rule];
    alone.set(rule, list);
  }
  return list;
}

/**
 * Scan every sentence for the words. A sentence's view is a window of the document's normalised text, one node per
 * line, in reading order: the scan reads that one flat string at the window (a sliced string costs more per
 * character), found by walking the nodes alongside the sentences; a sentence not found there is scanned as it is.
 */
function scanSentences(rules: readonly Rule[], doc: DocumentView): SentenceScan {
  const prefilter = prefilterFor(rules);
  const { sentences } = doc;
  const { text: whole, nodes, starts } = doc.normalized;
  const bits = new Uint32Array(sentences.length * prefilter.stride);
  let at = 0;
  for (let row = 0; row < sentences.length; row++) {
    const { view } = sentences[row]!;
    let k = at;
    while (k < nodes.length && nodes[k] !== view.node) k++;
    const start = k < nodes.length ? starts[k]! : -1;
    const end = start + view.text.length;
    if (start >= 0 && (end === whole.length || whole.charCodeAt(end) === 10)) {
      prefilter.scan(whole, bits, row, start, end);
      at = k + 1;
    } else {
      prefilter.scan(view.text, bits, row);
      // Out of order: the walk is not taken up again (each later sentence scans its own text).
      at = nodes.length;
    }
  }
  return { prefilter, bits };
}

/**
 * Where one rule's matches go: each becomes its finding at once (no list of matches in between); matches past the
 * budget are dropped, and keys the rule did not declare are dropped with a warning.
 */
class Take {
  readonly findings: Finding[] = [];
  private open = true;

  private readonly keys: ReadonlySet<string>;

  constructor(
    private readonly rule: Rule,
    private readonly messages: MessageSink,
  ) {
    this.keys = declaredKeys(rule);
  }

  // A loop, not push(...items), which overflows the stack past ~10⁵ arguments.
  all(items: readonly RuleMatch[]): void {
    for (let i = 0; i < items.length; i++) {
      if (!this.open || !this.messages.budget.take('matches')) {
        this.open = false;
        return;
      }
      this.one(items[i]!);
    }
  }

  private one(m: RuleMatch): void {
    const finding = toFinding(this.rule, m);
    if (this.keys.has(m.key)) this.findings.push(finding);
    else {
      this.messages.warn(MESSAGE_CODES.unknownKey, `rule ${this.rule.id} emitted undeclared key "${m.key}"; dropped`, {
        at: finding,
        rule: this.rule.id,
      });
    }
  }
}

const NO_PATTERNS: readonly RegExp[] = [];

/**
 * A sentence rule over every sentence its words allow. Each rule's expressions are looked up in the prefilter once
 * (not once per sentence); what the scan says of them is answered per sentence.
 */
function runSentenceRule(rule: SentenceRule, doc: DocumentView, { prefilter, bits }: SentenceScan, take: Take): void {
  const { match } = rule;
  const exact = match !== undefined && prefilter.exact(match);
  const matchAt = match ? prefilter.indexOf(match) : -1;
  const patterns = rule.patterns ?? NO_PATTERNS;
  const patternsAt = new Int32Array(patterns.length);
  for (let i = 0; i < patterns.length; i++) patternsAt[i] = prefilter.indexOf(patterns[i]!);
  const { sentences } = doc;
  for (let row = 0; row < sentences.length; row++) {
    const entry = sentences[row]!;
    const text = entry.view.text;
    if (match) {
      if (!prefilter.mayMatchAt(matchAt, bits, row)) continue;
      if (!exact) {
        match.lastIndex = 0;
        if (!match.test(text)) continue;
      }
    }
    let patternsMay: readonly boolean[] = NO_PATTERNS_MAY;
    if (patternsAt.length > 0) {
      const may: boolean[] = [];
      for (let i = 0; i < patternsAt.length; i++) may.push(prefilter.mayMatchAt(patternsAt[i]!, bits, row));
      patternsMay = may;
    }
    take.all(rule.extract({ view: entry.view, text, entry, doc, mayMatch: (re) => prefilter.mayMatch(re, bits, row), patternsMay }));
  }
}

function runDocumentRule(rule: DocumentRule, doc: DocumentView, messages: MessageSink, take: Take): void {
  const { id } = rule;
  // One details object per warning, of one shape (an absent field is undefined: the sink reads it so).
  const report: RuleReporter = {
    warn: (code, reason, at, details) =>
      messages.warn(code, reason, { at, rule: id, actual: details?.actual, expected: details?.expected }),
  };
  take.all(rule.extract(doc, report));
}

function runTableRule(rule: TableRule, doc: DocumentView, take: Take): void {
  const view = (cell: Parameters<TableContext['view']>[0]) => doc.view(cell);
  for (const table of doc.tables) take.all(rule.extract({ table, doc, view }));
}

/** Run one rule over the document and return its findings. */
export function runRule(rule: Rule, doc: DocumentView, messages: MessageSink, scan?: SentenceScan): Finding[] {
  const take = new Take(rule, messages);
  if (rule.scope === 'sentence') runSentenceRule(rule, doc, scan ?? scanSentences(listOf(rule), doc), take);
  else if (rule.scope === 'document') runDocumentRule(rule, doc, messages, take);
  else runTableRule(rule, doc, take);
  return take.findings;
}

/** Run rules in order; the sentences are scanned once for the words all the sentence rules need. */
export function runRules(rules: readonly Rule[], doc: DocumentView, messages: MessageSink): Finding[] {
  const scan = rules.some((rule) => rule.scope === 'sentence') ? scanSentences(rules, doc) : undefined;
  return rules.flatMap((rule) => runRule(rule, doc, messages, scan));
}
