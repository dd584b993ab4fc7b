/**
 * Run one rule on a piece of text, outside any format: how rules are tested on their own (and how their
 * `meta.examples` are checked). Conflicting findings for a key are resolved as in a full parse.
 */
import { VFile } from 'vfile';
import { Budget } from '../budget.js';
import { resolveConflicts } from '../refiners/resolve-conflicts.js';
import { treeFromHtml } from '../tree/from-html.js';
import { treeFromText } from '../tree/from-text.js';
import { createLocator } from '../tree/positions.js';
import { sniffInputType } from '../tree/sniff.js';
import { DocumentView } from './document-view.js';
import type { Finding } from './finding.js';
import { MessageSink } from './messages.js';
import type { Rule } from './rule.js';
import { runRule } from './run-rules.js';

export interface RunRuleOptions {
  /** The report year the rule may rely on (carry-over years). */
  readonly year?: number;
}

export function runRuleOnText(rule: Rule, text: string, options: RunRuleOptions = {}): Finding[] {
  const locate = createLocator(text);
  const tree = sniffInputType(text) === 'html' ? treeFromHtml(text, locate) : treeFromText(text, locate);
  const doc = new DocumentView(tree, text, locate);
  if (options.year !== undefined) doc.facts.year = options.year;
  // The messages are not returned: kept in the sink's list, none is made a vfile message (an Error each).
  const messages = new MessageSink(new VFile({ value: text }), locate, new Budget(), false);
  return resolveConflicts.refine(runRule(rule, doc, messages), { doc, messages });
}
