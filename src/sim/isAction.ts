import type { Action } from './actionTypes';

function isObj(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isTerms(x: unknown): boolean {
  return Array.isArray(x) && x.every((t) => isObj(t) && typeof t.term === 'string' && typeof t.amount === 'number');
}

function isParam(x: unknown, depth: number): boolean {
  if (typeof x === 'number') return Number.isFinite(x);
  if (typeof x === 'string') return x.length <= 2000;
  if (!isObj(x)) return false;
  if (Array.isArray(x.said)) return depth < 4 && x.said.length <= 50 && x.said.every((y) => isSaid(y, depth + 1));
  return Object.values(x).every((v) => (typeof v === 'string' && v.length <= 2000) || (typeof v === 'number' && Number.isFinite(v)));
}

function isSaid(x: unknown, depth: number): boolean {
  if (!isObj(x) || typeof x.key !== 'string' || x.key.length > 200) return false;
  return x.params === undefined || (isObj(x.params) && Object.values(x.params).every((p) => isParam(p, depth)));
}

/** A reason is a short list of `Said` (message keys), nested a few levels at most, never a sentence. */
function isReason(x: unknown): boolean {
  return x === undefined || (Array.isArray(x) && x.length <= 50 && x.every((y) => isSaid(y, 0)));
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
