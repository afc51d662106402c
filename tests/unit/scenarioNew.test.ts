import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../../src/cli/cliIo';
import { scenarioCheckCli } from '../../src/cli/scenarioCheck';
import { scenarioNewCli, TEMPLATE_FILE } from '../../src/cli/scenarioNew';
import { autoPlay, createGame } from '../../src/headless';
import { loadScenarioText } from '../../src/scenario/loadScenario';

/** Issue 15 part 3: `npm run scenario:new -- ID` writes a commented template that validates and plays. */
describe('scenario:new', () => {
  const dir = mkdtempSync(join(tmpdir(), 'altiplano-new-'));

  it('writes ID.yaml with the id in place, comments kept, and a $schema line that finds the schema from its folder', async () => {
    const r = await runInProcess(scenarioNewCli, ['road-tolls', '--dir', dir]);
    expect(r.code).toBe(0);
    const file = join(dir, 'road-tolls.yaml');
    expect(r.stdout).toContain(`wrote ${file}`);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^id: road-tolls\b/m);
    expect(text).not.toContain('my-scenario');
    expect(text.split('\n').filter((l) => l.trimStart().startsWith('#')).length).toBeGreaterThan(10);
    const schema = /^# yaml-language-server: \$schema=(.+)$/m.exec(text)?.[1] ?? '';
    expect(existsSync(resolve(dirname(file), schema))).toBe(true);
    expect(resolve(dirname(file), schema)).toBe(resolve(__dirname, '..', '..', 'scenarios', 'scenario.schema.json'));
  });

  it('the written file validates with no problem and no warning, and a short AI game runs on it to its end', () => {
    const file = join(dir, 'road-tolls.yaml');
    const r = loadScenarioText(readFileSync(file, 'utf8'), file);
    if (!r.ok) expect.fail(r.problems.map((p) => p.message).join('\n'));
    expect(r.warnings).toEqual([]);
    const sc = r.scenario;
    const levels = Object.fromEntries(sc.actors.map((a) => [a.id, 'normal' as const]));
    for (const preset of ['class', undefined]) {
      const end = autoPlay(createGame(sc, { seed: 7, levels, ...(preset ? { preset } : {}) }), sc).state;
      expect(end.over?.reason).toBe('length');
      expect(Object.keys(end.over?.scores ?? {}).sort()).toEqual(['bolivia', 'us']);
      // The AI acts on it: both sides take actions.
      for (const a of ['us', 'bolivia'])
        expect(Object.values(end.actors[a]?.usedInGame ?? {}).reduce((t, n) => t + n, 0)).toBeGreaterThan(0);
    }
  });

  it('scenario:check accepts it, map checks included, with no warning', async () => {
    const r = await runInProcess(scenarioCheckCli, [join(dir, 'road-tolls.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('warning');
  });

  it('the template itself validates in place (the workshop starts from the same file)', () => {
    const r = loadScenarioText(readFileSync(TEMPLATE_FILE, 'utf8'), TEMPLATE_FILE);
    expect(r.ok ? r.warnings : r.problems).toEqual([]);
  });

  it('never overwrites a file unless --force, and refuses an id the format refuses', async () => {
    const again = await runInProcess(scenarioNewCli, ['road-tolls', '--dir', dir]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists: choose another id, or add --force/);
    expect((await runInProcess(scenarioNewCli, ['road-tolls', '--dir', dir, '--force'])).code).toBe(0);
    for (const bad of ['9lives', 'toString', 'a b']) {
      const r = await runInProcess(scenarioNewCli, [bad, '--dir', dir]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/cannot be a scenario id/);
    }
    expect((await runInProcess(scenarioNewCli, [])).code).toBe(2);
  });
});
