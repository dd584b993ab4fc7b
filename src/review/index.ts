/** The review page: reports shown in their source (pure: strings in, one HTML string out). */
export { renderReviewPage, type ReviewDocument, type ReviewOptions } from './render.js';
export { gridsFor, type Grid, type GridRow } from './layout.js';
