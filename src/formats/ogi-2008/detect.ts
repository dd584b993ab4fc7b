/** ogi-2008: report years up to 2018, or the old table's labels. */
import type { DocumentView } from '../../engine/document-view.js';
import type { Detection } from '../../engine/format.js';
import { combine, labelEvidence, yearEvidence } from '../shared/detect-helpers.js';
import { LABELS_2008 } from './lexicon.js';

export function detect2008(doc: DocumentView): Detection {
  return combine(yearEvidence(doc, 1990, 2018), labelEvidence(doc, LABELS_2008, 1));
}
