/** Plain text (scraped pages, PDF text) → report tree. */
import { Budget } from '../budget.js';
import { buildTree } from './build-tree.js';
import { lineItem } from './items.js';
import { splitInputLines } from './lines.js';
import type { Locator } from './positions.js';
import type { Root, TreeItem } from './types.js';

export function treeFromText(input: string, locate: Locator, budget = new Budget()): Root {
  // One line more than the budget leaves tells whether the document goes on past it.
  const room = budget.left('lines');
  const lines = splitInputLines(input, room + 1);
  if (!budget.take('lines', lines.length)) lines.length = room;
  // Pushed, not mapped: `map` makes a holey array, the other front-ends a packed one, and loops over the items of
  // both kinds of array were deoptimised (wrong map) in the tree builder and the table readers.
  const items: TreeItem[] = [];
  for (const line of lines) items.push(lineItem(line));
  return buildTree(items, { input, locate, inputType: 'text', joinWrappedLines: true, budget });
}
