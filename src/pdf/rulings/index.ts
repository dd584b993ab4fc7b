export { type OperatorListLike, readRulings, type ViewportLike } from './read-rulings.js';
