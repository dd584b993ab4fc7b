/** Series checks across years: records in, findings out (pure). The library's public part of src/series. */
export { checkSeries } from './check-series.js';
export { foldAgency } from './agency.js';
export { seriesDocumentFromLine, seriesDocumentFromReport } from './documents.js';
export { timeSeries, timeSeriesCsv } from './time-series.js';
export { SeriesCheck, SeriesCheckId, SeriesDocument, SeriesFinding, SeriesNote, SeriesNoteCode, SeriesPlace, SeriesTerm, TimeSeriesRow } from './schema.js';
