import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompress } from '../../tools/precompress';
import { acceptedEncodings, serveStatic } from '../../tools/staticServer';

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

let server: Server;
let port = 0;
const CSP = "default-src 'self'; script-src 'self'";
const page = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${CSP}" /></head><body>${'game '.repeat(400)}</body></html>`;
const json = JSON.stringify({ id: 'x', words: 'scenario '.repeat(500) });

/** A real request on the loopback port, with the raw path (no URL normalising) and the headers given. */
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'altiplano-serve-'));
  const dir = join(root, 'dist');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), page);
  writeFileSync(join(dir, 'assets', 'scenario-x-1.json'), json);
  writeFileSync(join(dir, 'assets', 'tiny.js'), 'export {};');
  writeFileSync(join(dir, 'assets', 'cue.wav'), Buffer.from('RIFF0000WAVE'));
  writeFileSync(join(root, 'secret.txt'), 'outside the folder');
  expect(await precompress(dir)).toBe(2);
  server = await serveStatic({ dir, port: 0 });
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('the static server', () => {
  it('sends the brotli file to a browser that accepts it, with the encoding said and Vary set', async () => {
    const r = await get('/assets/scenario-x-1.json', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.headers.vary).toBe('Accept-Encoding');
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(Number(r.headers['content-length'])).toBe(r.body.length);
    expect(r.body.length).toBeLessThan(json.length / 5);
    expect(brotliDecompressSync(r.body).toString()).toBe(json);
  });

  it('sends gzip to a client without brotli, and the plain file to one that accepts neither', async () => {
    const gz = await get('/assets/scenario-x-1.json', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(json);
    const refused = await get('/assets/scenario-x-1.json', { 'Accept-Encoding': 'br;q=0, gzip;q=0' });
    const plain = await get('/assets/scenario-x-1.json');
    for (const r of [refused, plain]) {
      expect(r.headers['content-encoding']).toBeUndefined();
      expect(r.headers.vary).toBe('Accept-Encoding');
      expect(r.body.toString()).toBe(json);
    }
  });

  it('serves the page at / with its MIME type and its CSP as a header, and a file too small to compress as it is', async () => {
    const r = await get('/', { 'Accept-Encoding': 'br' });
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['content-security-policy']).toBe(CSP);
    expect(brotliDecompressSync(r.body).toString()).toBe(page);
    const js = await get('/assets/tiny.js', { 'Accept-Encoding': 'br' });
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['content-encoding']).toBeUndefined();
    expect(js.body.toString()).toBe('export {};');
    const wav = await get('/assets/cue.wav');
    expect(wav.headers['content-type']).toBe('audio/wav');
    const head = await get('/assets/scenario-x-1.json', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it('refuses paths out of the folder however they are spelled, answers 404 for what is missing and 405 for a POST', async () => {
    for (const p of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
    ]) {
      const r = await get(p);
      expect([400, 403, 404]).toContain(r.status);
      expect(r.body.toString()).not.toContain('outside the folder');
    }
    expect((await get('/nothing.js')).status).toBe(404);
    expect((await get('/assets/scenario-x-1.json.br/x')).status).toBe(404);
    expect((await get('/', {}, 'POST')).status).toBe(405);
  });

  it('reads Accept-Encoding as browsers write it', () => {
    expect(acceptedEncodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('gzip;q=1.0, br;q=0')).toEqual(['gzip']);
    expect(acceptedEncodings('*')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings(undefined)).toEqual([]);
  });
});
