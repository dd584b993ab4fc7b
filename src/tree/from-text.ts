/** Plain text (scraped pages, PDF text) → report tree. */
import { Budget } from '../budget.js';
import { buildTree } from './build-tree.js';
import { splitInputLines } from './lines.js';
import type { Locator } from './positions.js';
import type { Root } from './types.js';

export function treeFromText(input: string, locate: Locator, budget = new Budget()): Root {
  // One line more than the budget leaves tells whether the document goes on past it.
  const room = budget.left('lines');
  const lines = splitInputLines(input, room + 1);
  if (!budget.take('lines', lines.length)) lines.length = room;
  const items = lines.map((line) => ({ kind: 'line' as const, line }));
  return buildTree(items, { input, locate, inputType: 'text', joinWrappedLines: true, budget });
}
