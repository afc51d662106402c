/** Words for the Sources & checks page, the folded source lists in the views and the verdicts that mark views, advice and forecasts. */
export const sourcesPage = {
  // Verdicts for claims that are not checkable facts (a symbol and a word, never colour alone).
  'sources.verdict.opinion': '“ opinion',
  'sources.verdict.recommendation': '☞ recommendation',
  'sources.verdict.prediction': '↗ prediction',

  // A folded list of sources where a fact appears.
  'sources.fold': { one: 'Sources (1)', other: 'Sources ({count})' },
  'sources.foldMarked': { one: 'Sources (1, not confirmed)', other: 'Sources ({count}, {marked} not confirmed)' },
  /** A reference id written in a source, linked to its item on the Sources & checks page. */
  'sources.refLink': 'Reference {id} in the list',

  // The page.
  'sourcesPage.open': 'Sources & checks',
  'sourcesPage.title': 'Sources & checks',
  'sourcesPage.close': 'Close',
  'sourcesPage.lead':
    'Every claim this scenario uses, where it appears in the game, with the document it comes from and how it was checked. A claim marked other than ✓ confirmed is a correction, a dispute, something no reference could settle, an error in the source, or a view, a recommendation or a forecast rather than a fact.',
  'sourcesPage.count': {
    one: '{count} sourced entry; {marked} with a claim that is not confirmed.',
    other: '{count} sourced entries; {marked} with a claim that is not confirmed.',
  },
  'sourcesPage.filter': 'Only claims that are not confirmed',
  'sourcesPage.shown': { one: 'Showing {count} entry.', other: 'Showing {count} entries.' },
  'sourcesPage.none': 'No entry here.',
  'sourcesPage.documents': 'The documents',
  'sourcesPage.documentsLead': 'The scenario was built from these documents, treated as sources, not as truth.',
  'sourcesPage.references': 'References',
  'sourcesPage.referencesLead': {
    one: 'The claims were checked against {count} reference.',
    other: 'The claims were checked against {count} references.',
  },
  'sourcesPage.reference': '{id}',
  'sourcesPage.back': 'Back to the top',

  // Where each group of entries appears in the game.
  'sourcesPage.place.actor': 'The sides (briefing and Who’s who)',
  'sourcesPage.place.meterNote': 'Meters and the rules that move them (a meter’s “?” note)',
  'sourcesPage.place.department': 'Departments (the selected department)',
  'sourcesPage.place.site': 'Places on the map (the selected department)',
  'sourcesPage.place.action': 'Actions (the action cards)',
  'sourcesPage.place.term': 'Deal terms (offers and the deal builder)',
  'sourcesPage.place.event': 'Events and their choices',
  'sourcesPage.place.negotiation': 'How the sides bargain (Who’s who)',
  'sourcesPage.place.objective': 'Objectives (the objectives panel)',
  'sourcesPage.place.glossary': 'Glossary (How to play)',
  'sourcesPage.place.preset': 'Shorter games: the world they start in (the start screen)',

  // What kind of thing an entry is.
  'sourcesPage.kind.actor': 'Side: {title}',
  'sourcesPage.kind.initial': 'Starting GDP and growth',
  'sourcesPage.kind.meter': 'Meter: {title}',
  'sourcesPage.kind.driver': 'What moves {title}',
  'sourcesPage.kind.growthRule': 'How growth drifts',
  'sourcesPage.kind.stabilityRule': 'How stability drifts',
  'sourcesPage.kind.influenceRule': 'How {title:poss} influence fades',
  'sourcesPage.kind.department': 'Department: {title}',
  'sourcesPage.kind.site': 'Place: {title}',
  'sourcesPage.kind.action': 'Action: {title}',
  'sourcesPage.kind.term': 'Term: {title}',
  'sourcesPage.kind.event': 'Event: {title}',
  'sourcesPage.kind.option': 'Choice: {title}',
  'sourcesPage.kind.negotiation': 'Bargaining rules',
  'sourcesPage.kind.objective': 'Objective: {title}',
  'sourcesPage.kind.glossary': 'Word: {title}',
  'sourcesPage.kind.presetInitial': 'Start of “{title}”',

  // Who's who.
  'whosWho.open': 'Who’s who',
  'whosWho.title': 'Who’s who',
  'whosWho.lead': 'The sides of this scenario: what each wants, and where that comes from.',
  'whosWho.kind.host': 'The host country',
  'whosWho.kind.power': 'A foreign power',
  'whosWho.kind.other': 'Another actor',
  'whosWho.playable': 'Playable',
  'whosWho.interests': 'Interests',
  'whosWho.bargaining': 'How the sides bargain',
  'whosWho.close': 'Close',
  'whosWho.allSources': 'Every source and check: Sources & checks',

  // The start screen's promise, now kept: a link to the page.
  'start.sourcesLink': 'See every claim and how it was checked',
  'start.presetSources': 'Where this game’s starting figures come from',
} as const;
