/**
 * What the class server tests share: the real server in a child process (so a test can kill it
 * and start it again on the same data), HTTP helpers, and a test client that keeps its own copy of
 * the game by actions, as the browser does, and checks its hash against the server's at every turn.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client, type Room } from 'colyseus.js';
import { loadScenario } from '../../src/headless';
import type { Applied, JoinOptions, ServerMessages, Welcome } from '../../src/net/protocol';
import { type Action, type GameState, hashValue, step } from '../../src/sim/index';
import { replayActions, startOfReplay } from '../../src/state/saveFile';
import { recordTurnEnd, type TurnHash } from '../../src/state/session';

const ROOT = resolve(__dirname, '..', '..');

export type ServerProcess = {
  port: number;
  data: string;
  output: string[];
  child: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
};

export function tempData(): string {
  return mkdtempSync(join(tmpdir(), 'class-server-'));
}

/**
 * Starts `src/server/main.ts` on 127.0.0.1:port with its data in `data`; resolves once it listens.
 * A port the killed server's socket still holds (a loaded machine can lag) is tried again a few times.
 */
export async function startServer(port: number, data: string): Promise<ServerProcess> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(port, data);
    } catch (e) {
      if (attempt >= 10 || !String((e as Error).message).includes('EADDRINUSE')) throw e;
      await new Promise((ok) => setTimeout(ok, 300));
    }
  }
}

function startOnce(port: number, data: string): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/server/main.ts', '--port', String(port), '--host', '127.0.0.1', '--data', data, '--no-static'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const output: string[] = [];
  return new Promise((ok, fail) => {
    const onLine = (chunk: Buffer): void => {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) output.push(line);
      if (output.some((l) => l.includes('Altiplano class server on port'))) {
        ok({
          port,
          data,
          output,
          child,
          stop: (signal = 'SIGTERM') =>
            new Promise((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill(signal);
            }),
        });
      }
    };
    child.stdout?.on('data', onLine);
    child.stderr?.on('data', onLine);
    child.once('exit', (code) => fail(new Error(`the server exited (${code}): ${output.join('\n')}`)));
  });
}

export async function post<T>(port: number, path: string, body: unknown): Promise<{ status: number; body: T }> {
  const r = await fetch(`http://127.0.0.1:${port}${path}`, {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: r.status, body: (await r.json()) as T };
}

export async function get<T>(port: number, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: T }> {
  const r = await fetch(`http://127.0.0.1:${port}${path}`, { headers });
  return { status: r.status, body: (await r.json()) as T };
}

const scenarios = new Map<string, ReturnType<typeof loadScenario>>();
export function entryOf(id: string) {
  let s = scenarios.get(id);
  if (!s) {
    s = loadScenario(id);
    scenarios.set(id, s);
  }
  return { id, hash: s.hash, scenario: s.scenario };
}

type Received = { [K in keyof ServerMessages]: { type: K; body: ServerMessages[K] } }[keyof ServerMessages];

/**
 * A client of the class server that rebuilds the game from `welcome` and steps every `applied`,
 * checking each turn hash against the server's (`mismatches` counts the failures).
 */
export class TestClient {
  room!: Room;
  welcome!: Welcome;
  game!: GameState;
  log: Action[] = [];
  turnHashes: TurnHash[] = [];
  checkedTurns = 0;
  mismatches: string[] = [];
  received: Received[] = [];
  private seq = 0;
  private waiters: (() => void)[] = [];

  constructor(readonly port: number) {}

  get client(): Client {
    return new Client(`ws://127.0.0.1:${this.port}`);
  }

  async join(roomId: string, options: JoinOptions): Promise<this> {
    this.attach(await this.client.joinById(roomId, options));
    await this.next('welcome');
    return this;
  }

  async reconnect(token: string): Promise<this> {
    this.attach(await this.client.reconnect(token));
    await this.next('welcome', this.received.length);
    return this;
  }

  private attach(room: Room): void {
    this.room = room;
    room.onMessage('*', (type, body) => {
      const m = { type, body } as Received;
      if (m.type === 'welcome') this.onWelcome(m.body);
      if (m.type === 'applied') this.onApplied(m.body);
      this.received.push(m);
      for (const w of this.waiters.splice(0)) w();
    });
  }

  private onWelcome(w: Welcome): void {
    this.welcome = w;
    const entry = entryOf(w.scenarioId);
    if (entry.hash !== w.scenarioHash) this.mismatches.push('scenario hash');
    const r = replayActions(entry, startOfReplay(entry, w.setup), w.log);
    if (!r.ok) {
      this.mismatches.push(`welcome log refused at ${r.index}`);
      return;
    }
    this.game = r.cursor.state;
    this.log = [...w.log];
    this.turnHashes = r.cursor.turnHashes;
    if (JSON.stringify(this.turnHashes) !== JSON.stringify(w.turnHashes)) this.mismatches.push('welcome turn hashes');
    this.checkedTurns += this.turnHashes.length;
  }

  private onApplied(a: Applied): void {
    const sc = entryOf(this.welcome.scenarioId).scenario;
    if (a.first !== this.log.length) this.mismatches.push(`gap: first ${a.first}, log ${this.log.length}`);
    const mine: TurnHash[] = [];
    for (const action of a.actions) {
      const r = step(this.game, sc, action);
      if (!r.ok) {
        this.mismatches.push(`applied action refused here: ${r.reason.key}`);
        return;
      }
      recordTurnEnd(mine, this.game, r.state, this.log.length);
      this.log.push(action);
      this.game = r.state;
    }
    if (JSON.stringify(mine) !== JSON.stringify(a.turnHashes)) this.mismatches.push(`turn hashes differ at seq ${a.seq}`);
    this.turnHashes.push(...mine);
    this.checkedTurns += mine.length;
  }

  name(): string | null {
    return this.welcome.seat.role === 'student' ? this.welcome.seat.name : null;
  }

  hash(): string {
    return hashValue(this.game);
  }

  /** Resolves with the first message of `type` received at or after index `from` (default: from now). */
  next<K extends keyof ServerMessages>(type: K, from = this.received.length, timeoutMs = 15_000): Promise<ServerMessages[K]> {
    return new Promise((ok, fail) => {
      const timer = setTimeout(
        () => fail(new Error(`no ${type} within ${timeoutMs} ms; got ${this.received.slice(from).map((m) => m.type)}`)),
        timeoutMs,
      );
      const look = (): void => {
        const m = this.received.slice(from).find((x) => x.type === type);
        if (m) {
          clearTimeout(timer);
          ok(m.body as ServerMessages[K]);
        } else this.waiters.push(look);
      };
      look();
    });
  }

  /** Sends an action; resolves with the server's answer to it: the applied move, or the refusal. */
  async act(action: Action): Promise<{ ok: true; applied: Applied } | { ok: false; refused: ServerMessages['refused'] }> {
    const clientSeq = ++this.seq;
    const from = this.received.length;
    this.room.send('act', { clientSeq, action });
    return new Promise((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`no answer to ${action.type}`)), 15_000);
      const look = (): void => {
        for (const m of this.received.slice(from)) {
          if (m.type === 'refused' && m.body.clientSeq === clientSeq) {
            clearTimeout(timer);
            ok({ ok: false, refused: m.body });
            return;
          }
          if (m.type === 'applied' && m.body.reply?.session === this.room.sessionId && m.body.reply.clientSeq === clientSeq) {
            clearTimeout(timer);
            ok({ ok: true, applied: m.body });
            return;
          }
        }
        this.waiters.push(look);
      };
      look();
    });
  }

  /** Sends any message (a teacher control, or hostile junk) and resolves with the next message of `answer`'s type. */
  async sendAndWait<K extends keyof ServerMessages>(type: string, payload: unknown, answer: K): Promise<ServerMessages[K]> {
    const from = this.received.length;
    this.room.send(type, payload);
    return this.next(answer, from);
  }

  /** Waits until this client's log is `length` actions long (it has caught up with the server). */
  async caughtUp(length: number, timeoutMs = 15_000): Promise<void> {
    const start = Date.now();
    while (this.log.length < length) {
      if (Date.now() - start > timeoutMs) throw new Error(`log ${this.log.length} of ${length}`);
      await new Promise<void>((ok) => setTimeout(ok, 10));
    }
  }

  async leave(): Promise<void> {
    try {
      await this.room.leave(true);
    } catch {
      // already gone
    }
  }
}
