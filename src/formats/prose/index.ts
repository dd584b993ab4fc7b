/**
 * Prose rules shared by every era: report prose states requests, outcomes, reviews, lawsuits, proactive totals
 * and fees with much the same words before and after 2019. Formats compose them with their own rules.
 */
import type { Rule } from '../../engine/rule.js';
import { dispositionOutcomes } from './dispositions.js';
import { feesCollected } from './fees.js';
import { proactiveTotal } from './proactive-total.js';
import { requestsByChannel } from './requests-by-channel.js';
import { requestsCarried } from './requests-carried.js';
import { requestsHandled } from './requests-handled.js';
import { requestsReceived } from './requests-received.js';
import { reviewAndLitigation } from './review-litigation.js';

export const proseRules: readonly Rule[] = Object.freeze([
  requestsReceived,
  requestsCarried,
  requestsHandled,
  requestsByChannel,
  dispositionOutcomes,
  reviewAndLitigation,
  proactiveTotal,
  feesCollected,
]);
