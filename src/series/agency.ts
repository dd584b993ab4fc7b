/**
 * Which documents are one agency's: names folded for matching (Traditional → Simplified, full-width forms, spaces
 * and punctuation), and a name that only adds its parent region in front (淮安市洪泽区人民政府 ~ 洪泽区人民政府)
 * joined to the shorter one. A name that differs by a trailing 办公室 is a different body (the government's office
 * publishes its own report), so it is reported, never joined.
 */
import { normalize } from '../text/normalize.js';

/** The matching form of an agency name: normalised, without white space or punctuation. */
export function foldAgency(name: string): string {
  return normalize(name).text.replace(/[\s\p{P}\p{S}]/gu, '');
}

// The last character of a parent region's name: a prefix ending in one of these names a place, not a body.
const REGION_END = /[省市区县州盟旗]$/u;
const OFFICE = '办公室';

export interface AgencyGroup {
  /** The folded key of the group (its shortest name). */
  readonly key: string;
  /** Every name as written, in first-seen order. */
  readonly names: string[];
  readonly members: number[];
}

export interface AgencyGrouping {
  readonly groups: AgencyGroup[];
  /** Pairs of group keys that differ only by a trailing 办公室. */
  readonly officeVariants: Array<readonly [string, string]>;
}

/** Group item indices by agency name (`names[i]` as written). */
export function groupAgencies(names: readonly string[]): AgencyGrouping {
  const byFold = new Map<string, { names: string[]; members: number[] }>();
  names.forEach((name, i) => {
    const key = foldAgency(name);
    const entry = byFold.get(key) ?? { names: [], members: [] };
    if (!entry.names.includes(name)) entry.names.push(name);
    entry.members.push(i);
    byFold.set(key, entry);
  });
  // Shortest first, so a longer name joins the shortest name it extends by a region prefix.
  const keys = [...byFold.keys()].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const root = new Map<string, string>();
  for (const key of keys) {
    const base = keys.find((s) => s.length < key.length && root.get(s) === s && key.endsWith(s) && REGION_END.test(key.slice(0, -s.length)));
    root.set(key, base ?? key);
  }
  const groups = new Map<string, AgencyGroup>();
  for (const key of keys) {
    const r = root.get(key)!;
    const group = groups.get(r) ?? { key: r, names: [], members: [] };
    const entry = byFold.get(key)!;
    group.names.push(...entry.names);
    group.members.push(...entry.members);
    groups.set(r, group);
  }
  for (const group of groups.values()) group.members.sort((a, b) => a - b);
  const officeVariants: Array<readonly [string, string]> = [];
  for (const key of groups.keys()) if (key.endsWith(OFFICE) && groups.has(key.slice(0, -OFFICE.length))) officeVariants.push([key.slice(0, -OFFICE.length), key]);
  return { groups: [...groups.values()].sort((a, b) => a.members[0]! - b.members[0]!), officeVariants };
}
