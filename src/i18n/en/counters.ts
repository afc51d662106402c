/**
 * What the sim says about a counter-offer (`Said` keys from src/sim/negotiation/counterLine.ts and
 * assess.ts): the one line of what a counter changes and why, and why an actor accepts terms that
 * give it what its own last offer did. `{value:1}`: one decimal.
 */
export const counters = {
  'counters.line': '{actor} counters: it {changes}, because the offer was worth {value:1} to it and it needs {need:1}.',
  'counters.lineRival':
    '{actor} counters: it {changes}, because the offer was worth {value:1} to it and the offer from {rival} makes it ask for {need:1}.',
  'counters.term': '{term}',
  'counters.termAt': '{term} ({amount})',
  'counters.adds': 'adds {terms}',
  'counters.drops': 'drops {terms}',
  'counters.raises': 'raises {term} from {from} to {to}',
  'counters.lowers': 'lowers {term} from {from} to {to}',
  'counters.join': '{a}, {b}',
  'counters.joinLast': '{a} and {b}',
  'counters.asGoodAsOwn':
    '{actor} accepts: this gives it at least what its own last offer did (worth {value:1} to it, against {own:1} for its own offer).',
  'counters.acceptsBelow': '{actor} accepts: the deal is worth {value:1} to it, a little less than the {need:1} it asks, and it takes it.',
} as const;
