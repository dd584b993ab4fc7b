/**
 * `checkSeries(documents)`: annual reports grouped by agency and report year; for each pair of consecutive years,
 * every applicable check (checks.ts) with its terms and places, and notes for what is said rather than checked.
 * Pure: records in, findings out, in a stable order (agency by first appearance, then year, then check).
 */
import { groupAgencies } from './agency.js';
import { SERIES_CHECKS, applies, type CheckDefinition } from './checks.js';
import type { SeriesCheck, SeriesDocument, SeriesFinding, SeriesNote, SeriesTerm } from './schema.js';

/** An annual report that can stand in a series: it names its agency and its year. */
export interface SeriesEntry {
  readonly doc: SeriesDocument;
  readonly agency: string;
  readonly year: number;
  readonly template: string | undefined;
}

/** The documents that can stand in a series, and a note for each that cannot (not a report, no agency, no year). */
export function seriesEntries(documents: readonly SeriesDocument[]): { entries: SeriesEntry[]; notes: SeriesNote[] } {
  const entries: SeriesEntry[] = [];
  const notes: SeriesNote[] = [];
  for (const doc of documents) {
    const { record } = doc;
    const agency = record['meta.agency'];
    const year = record['meta.year'];
    const missing =
      record['meta.kind'] !== 'annual-report' ? 'it is not an annual report' : typeof agency !== 'string' ? 'it names no agency' : typeof year !== 'number' ? 'it states no report year' : undefined;
    if (missing) {
      notes.push({ kind: 'note', code: 'not-in-series', agency: typeof agency === 'string' ? agency : '', years: typeof year === 'number' ? [year] : [], files: [doc.file], message: `${doc.file}: left out of the series: ${missing}` });
      continue;
    }
    const template = record['meta.template'];
    entries.push({ doc, agency: agency as string, year: year as number, template: typeof template === 'string' ? template : undefined });
  }
  return { entries, notes };
}

function term(entry: SeriesEntry, key: string, sign: 1 | -1): SeriesTerm | undefined {
  const value = entry.doc.record[key];
  if (typeof value !== 'number') return undefined;
  const place = entry.doc.places?.[key];
  return { file: entry.doc.file, year: entry.year, key, value, sign, ...(place ? { place } : {}) };
}

const show = (t: SeriesTerm) => `${t.key} ${t.value} (${t.year})`;

function runCheck(check: CheckDefinition, agency: string, prev: SeriesEntry, cur: SeriesEntry): SeriesCheck | undefined {
  const terms = check.terms.map((t) => term(t.doc === 'prev' ? prev : cur, t.key, t.sign));
  const target = term(cur, check.target, 1);
  if (!target || terms.some((t) => t === undefined)) return undefined;
  const used = terms as SeriesTerm[];
  // Sums of counts and 万元 amounts: rounded to cents so binary fractions do not make a break.
  const expected = Math.round(used.reduce((sum, t) => sum + t.sign * t.value, 0) * 100) / 100;
  const status = expected === target.value ? 'ok' : 'break';
  const sum = used.map((t, i) => `${i === 0 ? '' : t.sign < 0 ? ' − ' : ' + '}${show(t)}`).join('');
  const message = `${check.label}: ${sum} = ${expected}${status === 'ok' ? ' = ' : ', but '}${show(target)}`;
  return { kind: 'check', check: check.id, status, agency, from: prev.year, to: cur.year, expected, actual: target.value, terms: used, target, message };
}

function note(code: SeriesNote['code'], agency: string, entries: readonly SeriesEntry[], message: string): SeriesNote {
  return { kind: 'note', code, agency, years: [...new Set(entries.map((e) => e.year))], files: entries.map((e) => e.doc.file), message };
}

/** Check a set of documents as series: one finding per check run and per note. */
export function checkSeries(documents: readonly SeriesDocument[]): SeriesFinding[] {
  const { entries, notes } = seriesEntries(documents);
  const findings: SeriesFinding[] = [...notes];
  const grouping = groupAgencies(entries.map((e) => e.agency));
  const byGroup = new Map<string, SeriesEntry[]>();
  for (const group of grouping.groups) {
    const members = group.members.map((i) => entries[i]!).sort((a, b) => a.year - b.year);
    byGroup.set(group.key, members);
    // The latest name as written stands for the agency.
    const agency = members[members.length - 1]!.agency;
    if (group.names.length > 1) findings.push(note('agency-variant', agency, members, `one agency under ${group.names.length} names: ${group.names.join(' / ')}`));
    const byYear = new Map<number, SeriesEntry[]>();
    for (const e of members) byYear.set(e.year, [...(byYear.get(e.year) ?? []), e]);
    const years = [...byYear.keys()].sort((a, b) => a - b);
    for (const [year, same] of byYear) {
      if (same.length > 1) findings.push(note('duplicate-year', agency, same, `${same.length} reports for ${year}; that year is not checked`));
    }
    for (let i = 1; i < years.length; i++) {
      const [y0, y1] = [years[i - 1]!, years[i]!];
      const a = byYear.get(y0)!;
      const b = byYear.get(y1)!;
      if (y1 !== y0 + 1) {
        findings.push(note('year-gap', agency, [...a, ...b], `no report for ${y0 + 1}${y1 - y0 > 2 ? `–${y1 - 1}` : ''}: ${y0} and ${y1} are not checked against each other`));
        continue;
      }
      if (a.length > 1 || b.length > 1) continue;
      const [prev, cur] = [a[0]!, b[0]!];
      if (prev.template !== cur.template) {
        findings.push(note('template-change', agency, [prev, cur], `template ${prev.template ?? 'unknown'} in ${y0}, ${cur.template ?? 'unknown'} in ${y1}: the tables of one are not checked against the other's`));
      }
      for (const check of SERIES_CHECKS) {
        if (!applies(check, prev.template, cur.template)) continue;
        const result = runCheck(check, agency, prev, cur);
        if (result) findings.push(result);
      }
    }
  }
  const latest = (list: readonly SeriesEntry[]) => list[list.length - 1]!.agency;
  for (const [short, office] of grouping.officeVariants) {
    const [a, b] = [byGroup.get(short)!, byGroup.get(office)!];
    findings.push(note('office-variant', latest(a), [...a, ...b], `${latest(a)} and ${latest(b)} are kept apart (an office reports for itself); join them if they are one body`));
  }
  return findings;
}
