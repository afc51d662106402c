import type { Action } from './actionTypes';

function isObj(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isTerms(x: unknown): boolean {
  return Array.isArray(x) && x.every((t) => isObj(t) && typeof t.term === 'string' && typeof t.amount === 'number');
}

function isReason(x: unknown): boolean {
  return x === undefined || (typeof x === 'string' && x.length <= 2000);
}

/**
 * Is this value a well-formed action? Actions arrive from save files and other
 * untrusted places, so `step` checks their shape before anything else.
 */
export function isAction(x: unknown): x is Action {
  if (!isObj(x) || typeof x.actor !== 'string') return false;
  switch (x.type) {
    case 'takeAction':
      return typeof x.action === 'string' && (x.target === undefined || typeof x.target === 'string');
    case 'proposeDeal':
      return typeof x.to === 'string' && isTerms(x.terms);
    case 'respondDeal':
      return typeof x.deal === 'number' && (x.response === 'accept' || x.response === 'reject') && isReason(x.reason);
    case 'counterDeal':
      return typeof x.deal === 'number' && isTerms(x.terms) && isReason(x.reason);
    case 'withdrawDeal':
    case 'breakDeal':
      return typeof x.deal === 'number';
    case 'chooseOption':
      return typeof x.choice === 'number' && typeof x.option === 'string';
    case 'endPhase':
      return true;
    default:
      return false;
  }
}
