/** The common rules: document metadata that every format shares. They run before format detection. */
import type { DocumentRule } from '../../engine/rule.js';
import { metaAgency } from './meta-agency.js';
import { metaKind } from './meta-kind.js';
import { metaPeriod } from './meta-period.js';
import { metaPublishedAt } from './meta-published-at.js';
import { metaTitle } from './meta-title.js';
import { metaYear } from './meta-year.js';

export const commonRules: readonly DocumentRule[] = Object.freeze([
  metaTitle,
  metaKind,
  metaYear,
  metaAgency,
  metaPublishedAt,
  metaPeriod,
]);
