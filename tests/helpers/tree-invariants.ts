/** Tree invariants: every node has a position, children lie inside their parent, text maps back to the input. */
import { expect } from 'vitest';
import type { Node, Parent } from 'unist';
import type { Root } from '../../src/tree/types.js';

type AnyNode = Node & { value?: string; offsets?: { start: Int32Array; end: Int32Array }; children?: AnyNode[] };

export function checkTree(tree: Root, input: string): number {
  let count = 0;
  const visit = (node: AnyNode, parent: AnyNode | undefined): void => {
    count++;
    const pos = node.position;
    expect(pos, `${node.type} has a position`).toBeDefined();
    const start = pos!.start.offset!;
    const end = pos!.end.offset!;
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeLessThanOrEqual(input.length);
    expect(start).toBeLessThanOrEqual(end);
    if (parent?.position && !(parent.type === 'row' || parent.type === 'table')) {
      expect(start, `${node.type} starts inside ${parent.type}`).toBeGreaterThanOrEqual(parent.position.start.offset!);
      expect(end, `${node.type} ends inside ${parent.type}`).toBeLessThanOrEqual(parent.position.end.offset!);
    }
    if (typeof node.value === 'string') {
      if (node.offsets) {
        expect(node.offsets.start.length).toBe(node.value.length);
        for (let i = 0; i < node.value.length; i++) {
          expect(node.offsets.start[i]!).toBeGreaterThanOrEqual(start);
          expect(node.offsets.end[i]!).toBeLessThanOrEqual(end);
        }
      } else {
        expect(input.slice(start, end), `${node.type} value is the verbatim slice`).toBe(node.value);
      }
    }
    for (const child of (node as Parent as AnyNode).children ?? []) visit(child, node);
  };
  visit(tree as unknown as AnyNode, undefined);
  return count;
}
