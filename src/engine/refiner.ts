/**
 * Refiners resolve findings after the rules ran: drop overlaps, resolve conflicts, check totals. A refiner that drops
 * or changes something leaves a message saying what and why; none ever corrects a value the text states.
 */
import type { DocumentView } from './document-view.js';
import type { Finding } from './finding.js';
import type { MessageSink } from './messages.js';

export interface RefineContext {
  readonly doc: DocumentView;
  readonly messages: MessageSink;
}

export interface Refiner {
  readonly id: string;
  readonly description: string;
  readonly refine: (findings: readonly Finding[], ctx: RefineContext) => Finding[];
}

/** Define a refiner (frozen). */
export function defineRefiner(refiner: Refiner): Refiner {
  return Object.freeze(refiner);
}
