/**
 * The load test's command line: `--classes N --students M` (students per class) and the bounds.
 * Bad flags are an error that says which, never a silent default.
 */

export type LoadOptions = {
  classes: number;
  /** Students per class, spread over its rooms and teams. */
  students: number;
  /** Students per room (the class's rooms = ceil(students / roomSize)). */
  roomSize: number;
  /** Wall-clock bound of the driving phase, seconds. */
  duration: number;
  /** Bound on actions sent in all (0 = none but the duration). */
  maxActions: number;
  /** Mean think time between a team's moves, seconds (a human's pace is several). */
  pace: number;
  /** Target an already running server instead of starting one. */
  url: string | null;
  processes: number;
  redis: boolean;
  scenario: string;
  preset: string | null;
  seed: number;
  /** Print the report as JSON too. */
  json: boolean;
};

export const DEFAULTS: LoadOptions = {
  classes: 2,
  students: 12,
  roomSize: 6,
  duration: 60,
  maxActions: 0,
  pace: 5,
  url: null,
  processes: 1,
  redis: false,
  scenario: 'paz-pivot',
  preset: 'class',
  seed: 1,
  json: false,
};

const NUMERIC = {
  classes: [1, 500],
  students: [1, 200],
  roomSize: [1, 60],
  duration: [1, 3600],
  maxActions: [0, 10_000_000],
  pace: [0, 600],
  processes: [1, 8],
  seed: [0, 2 ** 31],
} as const;

const FLAG: Record<string, keyof LoadOptions> = {
  '--classes': 'classes',
  '--students': 'students',
  '--room-size': 'roomSize',
  '--duration': 'duration',
  '--max-actions': 'maxActions',
  '--pace': 'pace',
  '--url': 'url',
  '--processes': 'processes',
  '--redis': 'redis',
  '--scenario': 'scenario',
  '--preset': 'preset',
  '--seed': 'seed',
  '--json': 'json',
};

export function parseLoadOptions(argv: readonly string[]): LoadOptions {
  const o: LoadOptions = { ...DEFAULTS };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] ?? '';
    const key = FLAG[flag];
    if (!key) throw new Error(`unknown flag ${flag}; flags: ${Object.keys(FLAG).join(' ')}`);
    if (key === 'redis' || key === 'json') {
      o[key] = true;
      continue;
    }
    const value = argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (key === 'url' || key === 'scenario' || key === 'preset') {
      o[key] = value;
      continue;
    }
    const n = Number(value);
    const [lo, hi] = NUMERIC[key];
    if (!Number.isFinite(n) || n < lo || n > hi) throw new Error(`${flag} ${value}: a number from ${lo} to ${hi}`);
    o[key] = n;
  }
  if (o.processes > 1 && !o.redis && !o.url) throw new Error('--processes above 1 needs --redis (the processes share classes through it)');
  if (o.url && (o.redis || o.processes > 1))
    throw new Error('--url targets a running server: --redis and --processes start servers of their own');
  return o;
}
