/** ogi-2019 (国办公开办函〔2019〕60号): report years 2019–2020, or the 60号 table's own labels. */
import type { DocumentView } from '../../engine/document-view.js';
import type { Detection } from '../../engine/format.js';
import { combine, labelEvidence, yearEvidence } from '../shared/detect-helpers.js';

/** Labels that only the 2019 tables carry (formats.md §3, template detection rule). */
export const LABELS_2019 = ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '政府集中采购', '采购总金额'] as const;

export function detect2019(doc: DocumentView): Detection {
  return combine(yearEvidence(doc, 2019, 2020), labelEvidence(doc, LABELS_2019, 3, 2));
}
