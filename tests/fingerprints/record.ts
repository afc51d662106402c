/**
 * Records tests/fingerprints/sim-accc675.json again: `npx tsx tests/fingerprints/record.ts`.
 * Only in the commit of a change meant to alter play (the one that re-records the golden games),
 * never to make simFastPath.test.ts pass after a speed-up: that test exists to catch those.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCENARIO_DIR } from '../../src/headless';
import { fingerprint, gameSpecs } from '../unit/simFingerprint';

const lines = gameSpecs().map((spec) => JSON.stringify(fingerprint(spec, undefined, true)));
writeFileSync(join(SCENARIO_DIR, '..', 'tests', 'fingerprints', 'sim-accc675.json'), `[\n${lines.join(',\n')}\n]\n`);
