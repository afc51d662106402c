/**
 * A message of a catalogue: a template with `{name}` placeholders (`{name:0}`, `{name:1}`: a number
 * with that many decimals; `{name:signed1}`: with its sign; `{name:lower}`: in lower case; `{name:poss}`: a name's
 * possessive, the scenario's form or `name.possessive`/`name.possessiveS`), or a choice by plural category
 * (`Intl.PluralRules`) of the number in the parameter `count` names (`count: 'n'`; `'count'` when absent).
 */
export type Message = string | PluralMessage;

export type PluralMessage = { readonly count?: string; readonly other: string } & Partial<Readonly<Record<Intl.LDMLPluralRule, string>>>;
