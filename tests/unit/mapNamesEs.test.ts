import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { featureName, readFeatures } from '../../src/scenes/mapGeometry';

/** Issue 16: the map's own names (the neighbours, the lake) in the player's language, from the file's `name_<lang>`. */
describe("the shipped map's names", () => {
  const features = readFeatures(JSON.parse(readFileSync(join(__dirname, '../../assets/map/bolivia-region.geojson'), 'utf8')));
  const named = (lang: string, kind: string) =>
    features
      .filter((f) => f.kind === kind)
      .map((f) => featureName(f, lang))
      .sort();

  it('names every neighbour in Spanish, with its accents, and keeps English as it was', () => {
    expect(named('es', 'country')).toEqual(['Argentina', 'Brasil', 'Chile', 'Paraguay', 'Perú']);
    expect(named('en', 'country')).toEqual(['Argentina', 'Brazil', 'Chile', 'Paraguay', 'Peru']);
    expect(named('es', 'lake')).toEqual(['Lago Titicaca']);
  });

  it('falls back to the plain name in a language the file does not have, and departments keep theirs', () => {
    expect(named('fr', 'country')).toEqual(named('en', 'country'));
    expect(features.find((f) => f.id === 'BO-P')?.names).toBeUndefined();
    expect(featureName({ name: 'Potosí' }, 'es')).toBe('Potosí');
  });
});
