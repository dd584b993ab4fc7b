/** Common refiners, run after each format's own, in this order. */
import type { Refiner } from '../engine/refiner.js';
import { dropOverlaps } from './drop-overlaps.js';
import { resolveConflicts } from './resolve-conflicts.js';

export const commonRefiners: readonly Refiner[] = Object.freeze([dropOverlaps, resolveConflicts]);
export { dropOverlaps, resolveConflicts };
