/**
 * Format choice: each candidate format scores the document; the best wins and an info message records the choice
 * and its evidence. The caller may force a format. No format runs on a document of a kind none applies to.
 */
import type { DocumentKind, FormatChoice } from '../schema/report.js';
import type { DocumentView } from './document-view.js';
import type { Detection, Format } from './format.js';
import { MESSAGE_CODES, type MessageSink } from './messages.js';

export interface Chosen {
  readonly format: Format | null;
  readonly choice: FormatChoice;
  readonly detection?: Detection;
}

export function chooseFormat(
  doc: DocumentView,
  kind: DocumentKind,
  formats: readonly Format[],
  forced: Format | undefined,
  messages: MessageSink,
): Chosen {
  if (forced) {
    const detection = forced.detect(doc);
    messages.info(MESSAGE_CODES.formatForced, `format ${forced.id} forced by the caller`);
    return {
      format: forced,
      detection,
      choice: { id: forced.id, chosenBy: 'forced', score: detection.score, evidence: [...detection.evidence] },
    };
  }
  const candidates = formats.filter((f) => f.settings.kinds.includes(kind));
  if (candidates.length === 0) {
    messages.info(MESSAGE_CODES.formatNone, `no format applies to a document of kind "${kind}"; no values extracted`);
    return { format: null, choice: { id: null, chosenBy: 'none', score: 0, evidence: [`kind is ${kind}`] } };
  }
  const scored = candidates.map((format) => ({ format, detection: format.detect(doc) }));
  const best = scored.reduce((a, b) => (b.detection.score > a.detection.score ? b : a));
  const evidence = [...best.detection.evidence];
  if (best.detection.score <= 0) {
    const fallback = candidates[0]!;
    messages.warn(
      MESSAGE_CODES.formatAmbiguous,
      `no format found evidence (no report year, no template labels); running ${fallback.id} without asserting a template`,
    );
    return {
      format: fallback,
      choice: { id: fallback.id, chosenBy: 'fallback', score: 0, evidence: ['no evidence for any format'] },
    };
  }
  const ties = scored.filter((s) => s.detection.score === best.detection.score);
  if (ties.length > 1) {
    messages.warn(
      MESSAGE_CODES.formatAmbiguous,
      `formats ${ties.map((t) => t.format.id).join(', ')} score equally (${best.detection.score}); using ${best.format.id}`,
      best.detection.at ? { at: best.detection.at } : {},
    );
  }
  messages.info(
    MESSAGE_CODES.formatDetected,
    `format ${best.format.id} detected (score ${best.detection.score}): ${evidence.join('; ')}`,
    best.detection.at ? { at: best.detection.at } : {},
  );
  return {
    format: best.format,
    detection: best.detection,
    choice: { id: best.format.id, chosenBy: 'detected', score: best.detection.score, evidence },
  };
}
