export { findTables } from './find-tables.js';
export { stitchTables } from './stitch.js';
