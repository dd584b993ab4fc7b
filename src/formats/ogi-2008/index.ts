/** ogi-2008: reports for 2008–2018 (free prose, optional statistics table). Assembly only. */
import { defineFormat } from '../../engine/format.js';
import { proseRules } from '../prose/index.js';
import { detect2008 } from './detect.js';
import { dispositions2008 } from './rules/dispositions-2008.js';

export const ogi2008 = defineFormat({
  id: 'ogi-2008',
  title: '政府信息公开工作年度报告 (2008 条例, report years ≤ 2018)',
  detect: detect2008,
  rules: [...proseRules, dispositions2008],
});
