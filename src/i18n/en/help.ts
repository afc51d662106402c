/** Help: the "How to play" page, the first-game guide and the interface's own glossary terms. */
export const help = {
  // How to play (a dialog from the game menu and the start screen)
  'help.open': 'How to play',
  'help.title': 'How to play',
  'help.close': 'Close',
  'help.lead':
    'A game of a few years, a quarter at a time. Here is everything you need for a first game; the rest you will find by playing.',
  'help.goal.title': 'Your goal',
  'help.goal.body':
    'You lead one side of the scenario: in the shipped ones, the United States or Bolivia. Your side has objectives, each worth points (in those scenarios: more lithium, less coca, a stable neighbour, trust between the two governments). When the game ends, your points are added up; reach your side’s bar to win. The objectives panel shows where each one stands now.',
  'help.turn.title': 'A turn',
  'help.turn.body':
    'A turn is a quarter: three months. You take a few actions, then press End turn. The computer’s actors move, projects grow, the economy ticks, events happen, and a turn report tells you what changed.',
  'help.budget.title': 'Your budget',
  'help.budget.body':
    'Two budgets sit at the top of the screen. Political capital is how much you can push in a turn: most actions cost one or two points. Money is aid and finance for a foreign power, room in the state’s budget for the host country. Both refill at the start of every turn, and what you leave unspent does not carry over.',
  'help.actions.title': 'Actions',
  'help.actions.body':
    'Open an action to see what it costs, what it needs and what it is expected to do before you confirm. Every action helps something and costs something. Projects take several turns to build and pay off later; heavy-handed moves look strong and tend to backfire.',
  'help.deals.title': 'Deals',
  'help.deals.body':
    'Negotiate… builds a deal from terms: each side gives something. You see what each side thinks of it before you send it, and you can ask the other side what it would want. They accept, refuse with a reason, or counter. A deal signed is a promise: breaking it costs trust for years.',
  'help.events.title': 'Events',
  'help.events.body':
    'Things happen that nobody chose: elections, fires, price swings, protests. Some ask you to decide; each choice shows its effects before you pick.',
  'help.report.title': 'The turn report',
  'help.report.body':
    'After each turn, the report tells what changed most and why, and what each actor did. Read it: it is how you learn what works.',
  'help.why.title': 'Why numbers move',
  'help.why.body':
    'Every number on the left can explain itself. Press the ? beside a meter to see each cause that moved it: your actions, the others’ actions, events, and slow drifts such as prices settling.',
  'help.sources.title': 'Sources and verdicts',
  'help.sources.body':
    'The scenarios come from policy documents, and documents can be wrong. Each fact the game uses cites its document and says how it was checked: confirmed, corrected, disputed, unverifiable or wrong; a document’s view, advice or forecast is marked opinion, recommendation or prediction, not confirmed. Numbers that are design choices say so. Sources & checks, in the game menu and on the start screen, lists every claim by where it appears, with every reference.',
  'help.win.title': 'Winning',
  'help.win.body':
    'The game ends after its last turn, or earlier if the country collapses. The end screen shows your score against the bar, the moves that mattered most and questions to discuss. A side that meets every objective of its game wins.',
  'help.glossary.title': 'Words used in this game',
  'help.glossary.lead': 'Underlined words in the game open these explanations where you first meet them.',
  'help.glossary.none': 'Start or choose a scenario to see its words here.',
  'help.guide': 'Show the first-game guide again',
  'help.guideHint': 'It starts over the game you are playing.',

  // The first-game guide
  'guide.label': 'First-game guide',
  'guide.step': 'Step {n} of {total}',
  'guide.back': 'Back',
  'guide.next': 'Next',
  'guide.done': 'Got it',
  'guide.skip': 'Skip the guide',
  'guide.keys': 'Esc skips the guide.',
  'guide.goals.title': 'Your goals',
  'guide.goals.body': 'Your objectives are here, each worth points. Reach the bar by the last turn to win.',
  'guide.budget.title': 'Your budget',
  'guide.budget.body':
    'Political capital and money pay for actions. Both refill at the start of every turn; what you leave unspent does not carry over.',
  'guide.action.title': 'Pick an action',
  'guide.action.body': 'Open an action to see its cost and its expected effect before you confirm it.',
  'guide.why.title': 'See why a number moved',
  'guide.why.body': 'Press the ? beside a meter: it lists every cause that moved it.',
  'guide.end.title': 'End the turn',
  'guide.end.body': 'When you have done what you want, end the turn. A report then tells you what happened and why.',

  // Glossary popover
  'glossary.explain': 'What “{term}” means',
  'glossary.close': 'Close',

  // The interface's own terms (src/present/glossary.ts lists them; forms are separated by "|")
  'glossary.capital.term': 'Political capital',
  'glossary.capital.forms': 'capital',
  'glossary.capital.meaning':
    'How much a government can push in one turn: goodwill, attention, favours. Most actions cost one or two points. It refills at the start of every turn.',
  'glossary.dollars.term': 'US$',
  'glossary.dollars.forms': 'US$ M|US$ bn',
  'glossary.dollars.meaning': 'United States dollars. “US$ M” means millions of dollars, “US$ bn” billions (thousands of millions).',
  'glossary.gdp.term': 'GDP',
  'glossary.gdp.forms': 'gross domestic product',
  'glossary.gdp.meaning': 'Gross domestic product: the value of everything a country produces in a year. When it grows, the economy grows.',
  'glossary.influence.term': 'Influence',
  'glossary.influence.forms': '',
  'glossary.influence.meaning':
    'How much a foreign power’s view counts in the host country, from 0 to 100, in the country and in each department. Deals, aid and investment raise it; pressure and broken promises lower it.',
  'glossary.stability.term': 'Stability',
  'glossary.stability.forms': '',
  'glossary.stability.meaning':
    'How calm and governable the host country is, from 0 (chaos) to 100 (calm). Unrest, blockades and crises pull it down.',
  'glossary.quarter.term': 'Quarter',
  'glossary.quarter.forms': 'Q1|Q2|Q3|Q4',
  'glossary.quarter.meaning': 'Three months; one turn. Q1 is January–March, Q2 April–June, Q3 July–September, Q4 October–December.',
  'glossary.heavyHanded.term': 'Heavy-handed',
  'glossary.heavyHanded.forms': '',
  'glossary.heavyHanded.meaning':
    'Open pressure such as sanctions or threats. It works at once but people resent it, so it tends to backfire later.',
} as const;
