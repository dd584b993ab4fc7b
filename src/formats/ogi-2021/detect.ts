/** ogi-2021 (国办公开办函〔2021〕30号): report years from 2021, or the 30号 table's own labels. */
import type { DocumentView } from '../../engine/document-view.js';
import type { Detection } from '../../engine/format.js';
import { combine, labelEvidence, yearEvidence } from '../shared/detect-helpers.js';

/** Labels that only the 2021 tables carry (formats.md §3). */
export const LABELS_2021 = ['本年制发件数', '本年废止件数', '现行有效件数', '本年收费金额', '逾期不补正', '逾期未按收费通知'] as const;

export function detect2021(doc: DocumentView): Detection {
  return combine(yearEvidence(doc, 2021, 9999), labelEvidence(doc, LABELS_2021, 3, 2));
}
