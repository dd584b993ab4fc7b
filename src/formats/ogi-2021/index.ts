/**
 * ogi-2021: reports from 2021 under the 30号 format; derived from ogi-2019 the way a user would derive a format:
 * the tables read alike (其他处理 may have sub-rows), only 表二's columns differ when a header is missing.
 */
import { extendFormat } from '../../engine/format.js';
import { ogi2019 } from '../ogi-2019/index.js';
import { proactiveTable } from '../standard-tables/index.js';
import { detect2021 } from './detect.js';

export const ogi2021 = extendFormat(ogi2019, {
  id: 'ogi-2021',
  title: '政府信息公开工作年度报告 (国办公开办函〔2021〕30号, report years ≥ 2021)',
  detect: detect2021,
  replace: [proactiveTable('2021')],
});
