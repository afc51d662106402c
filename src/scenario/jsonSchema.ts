import { z } from 'zod';
import { scenarioSchema } from './schema';

/** The published JSON Schema of scenario files, generated from the zod schema (never hand-copied). */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    $id: 'https://altiplano.invalid/scenario.schema.json',
    title: 'Altiplano scenario',
    description: 'A scenario file for Altiplano. Generated from src/scenario/schema.ts by npm run scenario:schema; do not edit by hand.',
  };
}
