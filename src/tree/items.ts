/**
 * The front-end items (`TreeItem`), each kind made here with the same fields in the same order, so that every item
 * of every front-end (text, HTML, PDF) has one object shape where the tree builder and the table readers read them.
 */
import type { Line } from './lines.js';
import type { Table, TreeItem } from './types.js';

export const lineItem = (line: Line): TreeItem => ({ kind: 'line', line, name: undefined, label: undefined, table: undefined });

export const fieldItem = (name: string, label: string, line: Line): TreeItem => ({ kind: 'field', line, name, label, table: undefined });

export const tableItem = (table: Table): TreeItem => ({ kind: 'table', line: undefined, name: undefined, label: undefined, table });

/** A block break (one object, not frozen: a frozen object has a shape of its own). */
export const BREAK_ITEM: TreeItem = { kind: 'break', line: undefined, name: undefined, label: undefined, table: undefined };
