/** Plain text (scraped pages, PDF text) → report tree. */
import { Budget } from '../budget.js';
import { buildTree } from './build-tree.js';
import { splitInputLines } from './lines.js';
import type { Locator } from './positions.js';
import type { Root } from './types.js';

export function treeFromText(input: string, locate: Locator, budget = new Budget()): Root {
  const items = splitInputLines(input).map((line) => ({ kind: 'line' as const, line }));
  return buildTree(items, { input, locate, inputType: 'text', joinWrappedLines: true, budget });
}
