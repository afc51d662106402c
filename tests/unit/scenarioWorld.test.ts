import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioCheckCli } from '../../src/cli/scenarioCheck';
import { createGame, loadScenario, type Scenario } from '../../src/headless';
import { iconsUsed } from '../../src/present/siteIcons';
import { checkScenarioMap } from '../../src/scenario/mapCheck';
import { contains } from '../../src/scenes/mapGeometry';
import { edgeOf, routesOf } from '../../src/scenes/routes';
import { BOLIVIA_VIEW, labelPointOf, worldOf } from '../../src/scenes/world';

const boliviaMap = JSON.parse(readFileSync('assets/map/bolivia-region.geojson', 'utf8'));
const marisca = loadScenario('example-marisca').scenario;
const marisText = readFileSync('scenarios/maps/marisca.geojson', 'utf8');
const marisMap = JSON.parse(marisText);
const paz = loadScenario('paz-pivot').scenario;

const sitesOf = (w: ReturnType<typeof worldOf>): string[] => w.features.filter((f) => f.kind === 'site').map((f) => f.id);

describe("a scenario's world", () => {
  it("draws only the scenario's own sites: the shipped map's points are positions, not sites", () => {
    const sandbox = loadScenario('dev-sandbox').scenario;
    expect(sitesOf(worldOf(sandbox, boliviaMap))).toEqual(['uyuni', 'chapare', 'tarijagas', 'arica']);
    expect(sitesOf(worldOf(paz, boliviaMap))).toHaveLength(10);
    expect(sitesOf(worldOf(marisca, marisMap))).toEqual(['portoalto', 'minaserra', 'portosul', 'tervoport']);
  });

  it("takes each site's marker from the scenario, and lists only the markers used in the legend", () => {
    const w = worldOf(marisca, marisMap);
    expect(w.features.find((f) => f.id === 'minaserra')?.siteType).toBe('mine');
    expect(iconsUsed(marisca)).toEqual(['capital', 'port', 'mine']);
    expect(iconsUsed(paz)).toEqual(['capital', 'city', 'port', 'lithium', 'gas', 'coca']);
  });

  it("fits the window to the host's regions and the sites, or keeps Bolivia's window on the shipped map", () => {
    expect(worldOf(paz, boliviaMap).view).toEqual(BOLIVIA_VIEW);
    const v = worldOf(marisca, marisMap).view;
    // Marisca's departments span -17.2..-13.6 E and -30.4..-26.6 N; the harbour abroad is at -11 E.
    expect(v.west).toBeLessThan(-17.2);
    expect(v.east).toBeGreaterThan(-11);
    expect(v.south).toBeLessThan(-30.4);
    expect(v.north).toBeGreaterThan(-26.6);
    expect(v.east - v.west).toBeLessThan(8);
  });

  it('starts routes at the seat the scenario names, else its capital, else its first department', () => {
    expect(worldOf(marisca, marisMap).seat).toBe('portoalto');
    expect(worldOf(paz, boliviaMap).seat).toBe('lapaz');
    expect(worldOf(loadScenario('dev-sandbox').scenario, boliviaMap).seat).toBe('BO-L');
  });

  it('gives a region without a label point one inside it', () => {
    for (const f of worldOf(marisca, marisMap).features.filter((x) => x.kind === 'department')) {
      expect(f.label, f.id).toBeDefined();
      expect(contains(f.polygons, f.label![0], f.label![1]), f.id).toBe(true);
    }
    // A C-shaped region whose centroid falls outside it still gets a point inside.
    const c: [number, number][] = [
      [0, 0],
      [3, 0],
      [3, 1],
      [1, 1],
      [1, 2],
      [3, 2],
      [3, 3],
      [0, 3],
      [0, 0],
    ];
    const p = labelPointOf([[c]]);
    expect(p && contains([[c]], p[0], p[1])).toBe(true);
  });

  it("sends each power's routes in from the side it names, trade through its routeVia", () => {
    expect(edgeOf(marisca, 'league')).toBe('east');
    expect(edgeOf(marisca, 'norland')).toBe('north');
    expect(edgeOf(paz, 'china')).toBe('west');
    const g = createGame(marisca, { seed: 3 });
    // The League's trade measure, as the game records it once taken.
    const pact = { ...g, decisions: [{ kind: 'action', actor: 'league', id: 'league_fish_pact', turn: 0 }] } as unknown as typeof g;
    const routes = routesOf(pact, marisca, 'portoalto');
    expect(routes).toContainEqual({ key: 'trade-league_fish_pact', kind: 'trade', partner: 'league', from: 'portoalto', via: 'tervoport' });
  });
});

describe("a scenario's map file, checked", () => {
  it('accepts the shipped scenarios on their maps', () => {
    expect(checkScenarioMap(paz, readFileSync('assets/map/bolivia-region.geojson', 'utf8'))).toEqual({ file: [], scenario: [] });
    expect(checkScenarioMap(marisca, marisText)).toEqual({ file: [], scenario: [] });
  });

  it('names a department with no region, a site with no position, and a site outside its department', () => {
    const sc: Scenario = {
      ...marisca,
      departments: [...marisca.departments, { ...marisca.departments[0]!, id: 'MR-Z' }],
      sites: [
        { id: 'nowhere', name: 'Nowhere', department: 'MR-A' },
        { id: 'wrong', name: 'Wrong', department: 'MR-A', at: [-14.5, -29.5] },
      ],
    };
    const r = checkScenarioMap(sc, marisText);
    expect(r.scenario.map((p) => [p.path.join('.'), p.message])).toEqual([
      ['departments.4.id', 'the map file has no region "MR-Z"'],
      ['sites.0', 'site "nowhere" has no position: give it at: [longitude, latitude] (the map file has no point "nowhere")'],
      ['sites.1.at', 'site "wrong" at [-14.5, -29.5] is not inside its department "MR-A"'],
    ]);
  });

  it("points at the map file's line for a broken feature, and at the position for broken JSON", () => {
    const lines = marisText.split('\n');
    lines[3] = lines[3]!.replace('"kind":"department"', '"kind":"province"');
    const r = checkScenarioMap(marisca, lines.join('\n'));
    expect(r.file[0]).toMatchObject({ line: 4, message: expect.stringContaining('properties.kind "province" must be one of') });
    const broken = checkScenarioMap(marisca, '{"type":"FeatureCollection",\n "features": [}');
    expect(broken.file[0]?.line).toBe(2);
    expect(broken.file[0]?.message).toMatch(/^not JSON/);
  });

  it('makes scenario:check name the map file and line, and the scenario line of a site outside it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'altiplano-world-'));
    mkdirSync(join(dir, 'maps'));
    const lines = marisText.split('\n');
    lines[2] = lines[2]!.replace('"id":"tervo"', '"id":""');
    writeFileSync(join(dir, 'maps', 'marisca.geojson'), lines.join('\n'));
    const yaml = readFileSync('scenarios/example-marisca.yaml', 'utf8').replace('at: [-16.3, -27.9]', 'at: [-40, -27.9]');
    writeFileSync(join(dir, 'example-marisca.yaml'), yaml);
    let out = '';
    const io = {
      stdout: (s: string): void => {
        out += s;
      },
      stderr: (s: string): void => {
        out += s;
      },
      stderrIsTTY: false,
    };
    const code = scenarioCheckCli([join(dir, 'example-marisca.yaml')], io);
    expect(code).toBe(1);
    expect(out).toMatch(/maps\/marisca\.geojson:3:\d+: features\[1\]: properties\.id must be a non-empty string/);
    const siteLine = yaml.split('\n').findIndex((l) => l.includes('at: [-40, -27.9]')) + 1;
    expect(out).toContain(`example-marisca.yaml:${siteLine}:`);
    expect(out).toContain('site "minaserra" at [-40, -27.9] lies outside every region of the map');
    // A map the scenario names that is not there.
    writeFileSync(join(dir, 'example-marisca.yaml'), yaml.replace('regions: marisca', 'regions: atlantis'));
    out = '';
    expect(scenarioCheckCli([join(dir, 'example-marisca.yaml')], io)).toBe(1);
    expect(out).toContain('map.regions: no map file "atlantis": put it at scenarios/maps/atlantis.geojson');
  });
});
