export { findTables } from './find-tables.js';
