/**
 * ogi-2008: reports for 2008–2018 (free prose, optional statistics table). The shared prose rules with the 2008
 * reading of 共办理…申请 (the year's requests), the 2008 answer categories, complaints, and the statistics table.
 */
import { defineFormat } from '../../engine/format.js';
import { proseRules } from '../prose/index.js';
import { requestsHandled, requestsHandled2008 } from '../prose/requests-handled.js';
import { detect2008 } from './detect.js';
import { complaints2008 } from './rules/complaints.js';
import { dispositions2008 } from './rules/dispositions-2008.js';
import { statisticsTable2008 } from './rules/statistics-table.js';

export const ogi2008 = defineFormat({
  id: 'ogi-2008',
  title: '政府信息公开工作年度报告 (2008 条例, report years ≤ 2018)',
  detect: detect2008,
  rules: [...proseRules.map((rule) => (rule === requestsHandled ? requestsHandled2008 : rule)), dispositions2008, complaints2008, statisticsTable2008],
});
