/**
 * ogi-2019: reports for 2019–2020 under the 60号 format: the three standard tables (with their arithmetic checks)
 * and the prose rules, which also serve a report whose tables were lost in scraping. Table cells outrank prose.
 */
import { defineFormat } from '../../engine/format.js';
import { proseRules } from '../prose/index.js';
import { processedWithTable, standardTableChecks, standardTableRules } from '../standard-tables/index.js';
import { detect2019 } from './detect.js';

export const ogi2019 = defineFormat({
  id: 'ogi-2019',
  title: '政府信息公开工作年度报告 (国办公开办函〔2019〕60号, report years 2019–2020)',
  detect: detect2019,
  rules: [...standardTableRules('2019'), ...proseRules],
  refiners: [processedWithTable, standardTableChecks],
});
