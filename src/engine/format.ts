/**
 * Formats (rule sets): frozen plain objects with an id, a detector, rules and refiners. Built-in formats are made
 * with the same functions users call; `extendFormat` derives one by explicit operations on rule ids.
 */
import type { DocumentKind } from '../schema/report.js';
import type { DocumentView } from './document-view.js';
import type { Refiner } from './refiner.js';
import type { Rule } from './rule.js';

/** A detector's verdict: how well the document fits, and why (shown to the user). */
export interface Detection {
  readonly score: number;
  readonly evidence: readonly string[];
  /** Source offsets of the strongest evidence, used as the provenance of `meta.template`. */
  readonly at?: { readonly start: number; readonly end: number };
}

export interface FormatSettings {
  /** Document kinds the format applies to (built-ins: annual reports only). */
  readonly kinds: readonly DocumentKind[];
  /** Free-form settings for the format's own rules. */
  readonly [name: string]: unknown;
}

export interface Format {
  readonly id: string;
  readonly title: string;
  readonly detect: (doc: DocumentView) => Detection;
  readonly rules: readonly Rule[];
  readonly refiners: readonly Refiner[];
  readonly settings: FormatSettings;
}

export interface FormatDefinition {
  readonly id: string;
  readonly title: string;
  readonly detect: (doc: DocumentView) => Detection;
  readonly rules: readonly Rule[];
  readonly refiners?: readonly Refiner[];
  readonly settings?: Partial<FormatSettings>;
}

const FORMAT_ID = /^[a-z0-9][a-z0-9._-]*$/;

/** Define a format. Throws on a malformed id or duplicate rule ids. */
export function defineFormat(definition: FormatDefinition): Format {
  if (!FORMAT_ID.test(definition.id)) throw new TypeError(`format id "${definition.id}" must be lower-case kebab`);
  const seen = new Set<string>();
  for (const rule of definition.rules) {
    if (seen.has(rule.id)) throw new TypeError(`format "${definition.id}" lists rule "${rule.id}" twice`);
    seen.add(rule.id);
  }
  return Object.freeze({
    id: definition.id,
    title: definition.title,
    detect: definition.detect,
    rules: Object.freeze([...definition.rules]),
    refiners: Object.freeze([...(definition.refiners ?? [])]),
    settings: Object.freeze({ kinds: ['annual-report'] as const, ...definition.settings }) as FormatSettings,
  });
}

export interface FormatExtension {
  readonly id: string;
  readonly title?: string;
  readonly detect?: (doc: DocumentView) => Detection;
  /** Rules added after the base's. */
  readonly add?: readonly Rule[];
  /** Rules replaced in place, by id. */
  readonly replace?: readonly Rule[];
  /** Rule ids removed. */
  readonly disable?: readonly string[];
  readonly refiners?: readonly Refiner[];
  readonly settings?: Partial<FormatSettings>;
}

/** Derive a format from `base`. An unknown id in `replace` or `disable` throws at definition time. */
export function extendFormat(base: Format, extension: FormatExtension): Format {
  const ids = new Set(base.rules.map((r) => r.id));
  for (const id of extension.disable ?? []) {
    if (!ids.has(id)) throw new TypeError(`extendFormat(${extension.id}): cannot disable unknown rule "${id}"`);
  }
  const replacements = new Map((extension.replace ?? []).map((r) => [r.id, r]));
  for (const id of replacements.keys()) {
    if (!ids.has(id)) throw new TypeError(`extendFormat(${extension.id}): cannot replace unknown rule "${id}"`);
  }
  const disabled = new Set(extension.disable ?? []);
  const rules = base.rules.filter((r) => !disabled.has(r.id)).map((r) => replacements.get(r.id) ?? r);
  return defineFormat({
    id: extension.id,
    title: extension.title ?? base.title,
    detect: extension.detect ?? base.detect,
    rules: [...rules, ...(extension.add ?? [])],
    refiners: [...base.refiners, ...(extension.refiners ?? [])],
    settings: { ...base.settings, ...extension.settings },
  });
}
