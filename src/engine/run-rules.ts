/**
 * The engine loop: run rules on the node types they declare, turn their matches into findings with absolute
 * offsets, and reject keys a rule did not declare (or that are not canonical).
 */
import { isRecordKey } from '../schema/keys.js';
import type { DocumentView } from './document-view.js';
import type { Finding } from './finding.js';
import { MESSAGE_CODES, type MessageSink } from './messages.js';
import type { Rule, RuleMatch } from './rule.js';

function toFinding(rule: Rule, m: RuleMatch): Finding {
  let span: { start: number; end: number };
  let numberAt: number;
  if ('source' in m) {
    span = { start: m.source.start, end: m.source.end };
    numberAt = m.numberAt ?? span.start;
  } else {
    span = m.view.toSource(m.from, m.to);
    numberAt = m.numberAt === undefined ? span.start : m.view.toSource(m.numberAt, m.numberAt + 1).start;
  }
  return {
    key: m.key,
    value: m.value,
    certainty: m.certainty ?? 'stated',
    approximate: m.approximate ?? false,
    ...(m.unit ? { unit: m.unit } : {}),
    rule: rule.id,
    start: span.start,
    end: span.end,
    numberAt,
    priority: m.priority ?? 0,
  };
}


/** Run one rule over the document and return its findings. */
export function runRule(rule: Rule, doc: DocumentView, messages: MessageSink): Finding[] {
  const matches: RuleMatch[] = [];
  // A loop, not push(...items) (which overflows the stack past ~10⁵ arguments); matches past the budget are dropped.
  const append = (to: RuleMatch[], items: readonly RuleMatch[]): void => {
    for (const item of items) {
      if (!messages.budget.take('matches')) return;
      to.push(item);
    }
  };
  switch (rule.scope) {
    case 'document':
      append(
        matches,
        rule.extract(doc, {
          warn: (code, reason, at, details) => messages.warn(code, reason, { ...(at ? { at } : {}), rule: rule.id, ...details }),
        }),
      );
      break;
    case 'sentence':
      for (const entry of doc.sentences) {
        const text = entry.view.text;
        if (rule.match) {
          rule.match.lastIndex = 0;
          if (!rule.match.test(text)) continue;
        }
        append(matches, rule.extract({ view: entry.view, text, entry, doc }));
      }
      break;
    case 'table':
      for (const table of doc.tables) append(matches, rule.extract({ table, doc, view: (cell) => doc.view(cell) }));
      break;
  }
  const findings: Finding[] = [];
  for (const m of matches) {
    const finding = toFinding(rule, m);
    if (!rule.keys.includes(m.key) || !isRecordKey(m.key)) {
      messages.warn(MESSAGE_CODES.unknownKey, `rule ${rule.id} emitted undeclared key "${m.key}"; dropped`, {
        at: finding,
        rule: rule.id,
      });
      continue;
    }
    findings.push(finding);
  }
  return findings;
}

/** Run rules in order. */
export function runRules(rules: readonly Rule[], doc: DocumentView, messages: MessageSink): Finding[] {
  return rules.flatMap((rule) => runRule(rule, doc, messages));
}
