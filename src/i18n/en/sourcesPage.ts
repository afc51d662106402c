/** Words for the Sources & checks page, the folded source lists in the views and the verdicts that mark views, advice and forecasts. */
export const sourcesPage = {
  // Verdicts for claims that are not checkable facts (a symbol and a word, never colour alone).
  'sources.verdict.opinion': '“ opinion',
  'sources.verdict.recommendation': '→ recommendation',
  'sources.verdict.prediction': '↗ prediction',
} as const;
