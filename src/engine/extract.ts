/**
 * The extraction pipeline over a document view: common meta rules → kind and year settled → format chosen →
 * format rules → format refiners, then common refiners → milestones.
 */
import { commonRules } from '../formats/common/index.js';
import { commonRefiners, resolveConflicts } from '../refiners/index.js';
import type { DocumentKind, Milestone } from '../schema/report.js';
import { type Chosen, chooseFormat } from './detect.js';
import type { DocumentView } from './document-view.js';
import type { Finding } from './finding.js';
import type { Format } from './format.js';
import { MESSAGE_CODES, type MessageSink } from './messages.js';
import { collectMilestones } from './milestones.js';
import { readableIncludes } from './readable-text.js';
import type { RefineContext } from './refiner.js';
import { runRules } from './run-rules.js';

export interface ExtractSettings {
  readonly formats: readonly Format[];
  readonly forced?: Format;
  readonly resolveYearlessDates: boolean;
}

export interface Extraction {
  readonly meta: Finding[];
  readonly values: Finding[];
  readonly milestones: Milestone[];
  readonly chosen: Chosen;
}

/** A document that writes one of these speaks of an annual report. */
const REPORT_WORDS = ['年度报告', '年报'] as const;

export function extract(doc: DocumentView, messages: MessageSink, settings: ExtractSettings): Extraction {
  const ctx: RefineContext = { doc, messages };
  const meta = resolveConflicts.refine(runRules(commonRules, doc, messages), ctx);
  const kindFinding = meta.find((f) => f.key === 'meta.kind');
  const kind: DocumentKind = kindFinding?.value === 'annual-report' ? 'annual-report' : 'other';
  doc.facts.kind = kind;
  const year = meta.find((f) => f.key === 'meta.year');
  if (year && typeof year.value === 'number') {
    doc.facts.year = year.value;
    doc.facts.yearAt = { start: year.start, end: year.end };
  }
  if (kind === 'other') {
    const reason = kindFinding
      ? `the title marks this document as something other than an annual report ("${doc.input.slice(kindFinding.start, kindFinding.end)}")`
      : 'no title, opening statement or standard section headings identify this document as an annual report';
    // A batch user must be able to find the rows of documents that speak of an annual report yet were not read as one.
    if (REPORT_WORDS.some((word) => readableIncludes(doc, word))) messages.warn(MESSAGE_CODES.notAReport, `${reason}; it mentions 年度报告, so no values were read from it`, kindFinding ? { at: kindFinding } : {});
    else messages.info(MESSAGE_CODES.notAReport, reason, kindFinding ? { at: kindFinding } : {});
  }

  const chosen = chooseFormat(doc, kind, settings.formats, settings.forced, messages);
  let values: Finding[] = [];
  if (chosen.format) {
    values = runRules(chosen.format.rules, doc, messages);
    for (const refiner of [...chosen.format.refiners, ...commonRefiners]) values = refiner.refine(values, ctx);
  }
  const milestones = collectMilestones(doc, messages, settings.resolveYearlessDates);
  return { meta, values, milestones, chosen };
}
