/**
 * What the sim says about a deal (`Said` keys from src/sim/negotiation and src/sim/policy): why an
 * actor accepts, refuses or counters, and why no counter-offer exists. `{value:1}`: one decimal.
 */
export const reasons = {
  'reason.accepts': '{actor} accepts: the deal is worth {value:1} to it, and it needs {need:1}.',
  'reason.refuses': '{actor} refuses: the deal is worth {value:1} to it, and it needs {need:1}.',
  'reason.unstable': '{actor} is unstable and needs a deal: it asks a little less.',
  'reason.rivalOffer': '{rival:poss} offer is worth {value:1} to {actor}: this one must beat it.',
  'reason.termCosts': '{term} costs {actor} {cost:1}.',
  'reason.termAtCosts': '{term} at {amount} costs {actor} {cost:1}.',
  'reason.lowTrust': '{actor:poss} trust in {other} is low ({trust:0}): its promises count for less.',
  'reason.brokePromise': '{other} broke its promise on {term:lower} in turn {turn}; {actor} will not count that promise again yet.',
  'reason.trustGate': '{actor} does not yet trust {other} enough for {term:lower} (trust {trust:0}, needs {needs}).',
  'reason.proposesChanges': 'It proposes changes instead.',
  'reason.acceptsForGoals':
    '{actor} accepts: the deal is worth {value:1} to it in trade, less than the {need:1} it asks, but it moves its own goals forward (about {gain:1} points).',
  'reason.nothingToAdd': '{actor} sees nothing you could add that would make this worth it.',
} as const;
