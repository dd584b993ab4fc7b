/** Series checks across years: records in, findings out (pure). */
export { checkSeries, seriesEntries, type SeriesEntry } from './check-series.js';
export { SERIES_CHECKS, type CheckDefinition, type CheckTerm } from './checks.js';
export { foldAgency, groupAgencies, type AgencyGroup, type AgencyGrouping } from './agency.js';
export { seriesDocumentFromLine, seriesDocumentFromReport } from './documents.js';
export { timeSeries, timeSeriesCsv } from './time-series.js';
export {
  SeriesCheck,
  SeriesCheckId,
  SeriesDocument,
  SeriesFinding,
  SeriesNote,
  SeriesNoteCode,
  SeriesPlace,
  SeriesTerm,
  TimeSeriesRow,
} from './schema.js';
