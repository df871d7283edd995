// `npm run check-links` end to end against a local server and a temp copy of a tiny content folder:
// the table, the report, nothing written without --write, and --write touching only link/archive.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startLinkServer, type LinkServer } from './link-server.ts';

const node = path.resolve('node_modules/.bin/node');
const script = path.resolve('scripts/check-links.ts');
const fixture = path.resolve('tests/unit/tools/check-links/fixtures/content');
const placeholder = 'http://link-server.invalid';

let server: LinkServer;
let work: string;
let content: string;

beforeAll(async () => {
  server = await startLinkServer();
});
afterAll(() => server.close());

beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'check-links-'));
  content = path.join(work, 'content');
  fs.cpSync(fixture, content, { recursive: true });
  for (const file of fs.readdirSync(path.join(content, 'citations'))) {
    const full = path.join(content, 'citations', file);
    fs.writeFileSync(full, fs.readFileSync(full, 'utf8').replaceAll(placeholder, server.origin));
  }
  return () => fs.rmSync(work, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the script with Node 24, killed if it hangs (far longer than any run takes, however busy the machine). */
function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [script, ...args], {
      cwd: work,
      env: { PATH: process.env['PATH'] ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 240_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

// The deadline only decides the pages that hold their answer until the check gives up; every other
// page answers at once, so 5 s leaves a busy machine plenty of room.
const settings = () => ['--timeout', '5000', '--archive-api', `${server.origin}/archive/available`, '--date', '2026-11-23', '--allow-loopback'];
const snapshotUrl = () => `https://web.archive.org/web/20190603141500/${server.origin}/gone`;

function snapshot(): Record<string, string> {
  const dir = path.join(content, 'citations');
  return Object.fromEntries(fs.readdirSync(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
}

function tableRows(stdout: string): Map<string, string[]> {
  const table = stdout.split('\n\n')[0]!.trim().split('\n');
  return new Map(table.slice(1).map((line) => line.split(/\s{2,}/)).map((cells) => [cells[0]!, cells.slice(1)]));
}

const expected = {
  'live-report': ['200', 'live'],
  'moved-article': ['200', 'moved'],
  'gone-press-release': ['404', 'lost'],
  'removed-factsheet': ['410', 'lost'],
  'slow-agency-page': ['timeout', 'unknown'],
  'hung-server-page': ['timeout', 'unknown'],
  'head-refused': ['200', 'live'],
};

describe('npm run check-links', () => {
  it('prints a verdict per cited work, writes the report, proposes updates and writes no content', async () => {
    const before = snapshot();
    const result = await run(['--content', content, '--report', 'out/report.json', ...settings()]);
    expect(result.code).toBe(1); // something is lost

    const rows = tableRows(result.stdout);
    expect(result.stdout.split('\n')[0]).toMatch(/^id\s+code\s+verdict\s+final URL$/);
    for (const [id, [code, verdict]] of Object.entries(expected)) {
      expect(rows.get(id)?.slice(0, 2), id).toEqual([code, verdict]);
    }
    expect(rows.get('moved-article')?.[2]).toBe(`${server.origin}/ok`);

    expect(result.stdout).toContain('nothing was written; run again with --write');
    expect(result.stdout).toContain(`# content/citations/gone-press-release.yaml\nlink:\n  status: lost\n  checked: 2026-11-23\narchive:\n  url: ${snapshotUrl()}\n`);
    expect(result.stdout).not.toContain('# content/citations/hung-server-page.yaml');

    expect(result.stderr.match(/^\[\d\/7\] /gm)).toHaveLength(7);
    expect(result.stderr).not.toContain('\u001b[');
    expect(result.stderr).toContain('7 cited links checked: 2 live, 1 moved, 2 lost, 2 unknown.');

    const report = JSON.parse(fs.readFileSync(path.join(work, 'out/report.json'), 'utf8'));
    expect(report.counts).toEqual({ live: 2, moved: 1, lost: 2, unknown: 2 });
    expect(report.settings).toMatchObject({ timeoutMs: 5000, concurrency: 4 });
    const byId = Object.fromEntries(report.citations.map((c: { id: string }) => [c.id, c]));
    expect(byId['moved-article']).toMatchObject({ verdict: 'moved', finalUrl: `${server.origin}/ok`, redirects: 1, written: false });
    expect(byId['gone-press-release'].archive).toEqual({ url: snapshotUrl(), date: '2019-06-03' });
    expect(byId['slow-agency-page']).toMatchObject({ code: null, verdict: 'unknown', proposal: { link: { status: 'unknown' } } });
    expect(byId['hung-server-page'].proposal).toBeUndefined();

    expect(snapshot()).toEqual(before);
  });

  it('--write changes only the link and archive fields and keeps every other byte', async () => {
    const before = snapshot();
    const result = await run(['--content', content, '--report', 'report.json', '--write', ...settings()]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Updated the link and archive fields of 6 records:');
    const after = snapshot();

    expect(after['live-report.yaml']).toBe(`${before['live-report.yaml']}link:\n  status: live\n  checked: 2026-11-23\n`);
    expect(after['head-refused.yaml']).toBe(`${before['head-refused.yaml']}link:\n  status: live\n  checked: 2026-11-23\n`);
    expect(after['slow-agency-page.yaml']).toBe(`${before['slow-agency-page.yaml']}link:\n  status: unknown\n  checked: 2026-11-23\n`);
    expect(after['moved-article.yaml']).toBe(
      before['moved-article.yaml']!.replace('  status: unknown # the last check timed out\n  checked: 2025-01-10', '  status: live # the last check timed out\n  checked: 2026-11-23'),
    );
    expect(after['gone-press-release.yaml']).toBe(
      `${before['gone-press-release.yaml']}link:\n  status: lost\n  checked: 2026-11-23\narchive:\n  url: ${snapshotUrl()}\n  date: 2019-06-03\n`,
    );
    expect(after['removed-factsheet.yaml']).toBe(`${before['removed-factsheet.yaml']}link:\n  status: lost\n  checked: 2026-11-23\n`);
    // An inconclusive check leaves an earlier verdict alone.
    expect(after['hung-server-page.yaml']).toBe(before['hung-server-page.yaml']);

    const report = JSON.parse(fs.readFileSync(path.join(work, 'report.json'), 'utf8'));
    expect(report.citations.filter((c: { written: boolean }) => c.written)).toHaveLength(6);
  });

  it('reads CONTENT_DIR when no --content is given, and checks only the ids asked for', async () => {
    const result = await run(['--report', 'report.json', ...settings(), 'live-report', 'head-refused'], { CONTENT_DIR: content });
    expect(result.code).toBe(0);
    expect([...tableRows(result.stdout).keys()].sort()).toEqual(['head-refused', 'live-report']);
    expect(result.stderr).toContain('2 cited links checked: 2 live.');
  });

  it('an id that is not a cited work is a usage error, and nothing is checked', async () => {
    const before = server.requests.length;
    const result = await run(['--content', content, ...settings(), 'no-such-work']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('No readable cited work with the id "no-such-work"');
    expect(server.requests.length).toBe(before);
  });

  /** A cited work added to the temp folder, for one run. */
  const cite = (id: string, url: string) =>
    fs.writeFileSync(path.join(content, 'citations', `${id}.yaml`), `title: ${id}\npublisher: wola\nurl: ${url}\nlanguage: en\nkind: ngo\n`);

  it('a redirect into a private network is not followed, and the record says unknown', async () => {
    cite('metadata-redirect', `${server.origin}/to-metadata`);
    cite('router-redirect', `${server.origin}/to-router`);
    const result = await run(['--content', content, '--report', 'report.json', ...settings(), 'metadata-redirect', 'router-redirect']);
    expect(result.code).toBe(0);
    const rows = tableRows(result.stdout);
    expect(rows.get('metadata-redirect')).toEqual(['refused-address', 'unknown', 'http://169.254.169.254/latest/meta-data/']);
    expect(rows.get('router-redirect')).toEqual(['refused-address', 'unknown', 'http://192.168.1.1/admin']);
    const report = JSON.parse(fs.readFileSync(path.join(work, 'report.json'), 'utf8'));
    expect(report.citations[0].error).toBe('refused-address: 169.254.169.254 is a link-local address, not one on the public internet');
  });

  it('without --allow-loopback a real run refuses this machine, by address and by name', async () => {
    const port = new URL(server.origin).port;
    cite('by-name', `http://localhost:${port}/ok`);
    const before = server.requests.length;
    const result = await run(['--content', content, '--report', 'report.json', '--timeout', '5000', '--no-archive', 'live-report', 'by-name']);
    expect(result.code).toBe(0);
    expect([...tableRows(result.stdout).values()].map((row) => row.slice(0, 2))).toEqual([['refused-address', 'unknown'], ['refused-address', 'unknown']]);
    const report = JSON.parse(fs.readFileSync(path.join(work, 'report.json'), 'utf8'));
    const byId = Object.fromEntries(report.citations.map((c: { id: string; error: string }) => [c.id, c.error]));
    expect(byId['by-name']).toMatch(/^refused-address: localhost resolves to (127\.0\.0\.1|::1), a loopback address/);
    expect(server.requests.length).toBe(before);
  });

  it('--write never writes an archive address that is not on https://web.archive.org/', async () => {
    for (const api of ['/archive/wrong-scheme', '/archive/elsewhere']) {
      const before = snapshot();
      const args = ['--content', content, '--report', 'report.json', '--write', '--timeout', '5000', '--date', '2026-11-23', '--allow-loopback'];
      const result = await run([...args, '--archive-api', `${server.origin}${api}`, 'gone-press-release']);
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/# archive lookup failed: the archive offered ".*", which is not an address on https:\/\/web\.archive\.org\/, so it was not used/);
      expect(snapshot()['gone-press-release.yaml']).toBe(`${before['gone-press-release.yaml']}link:\n  status: lost\n  checked: 2026-11-23\n`);
      fs.writeFileSync(path.join(content, 'citations', 'gone-press-release.yaml'), before['gone-press-release.yaml']!);
    }
  });

  it('an endless archive answer is cut off at the limit, and no archive is written', async () => {
    const before = snapshot();
    const args = ['--content', content, '--report', 'report.json', '--write', '--timeout', '60000', '--date', '2026-11-23', '--allow-loopback'];
    const result = await run([...args, '--archive-api', `${server.origin}/archive/endless`, 'gone-press-release']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("# archive lookup failed: the archive's answer is larger than 64 KB, so it was not read");
    expect(snapshot()['gone-press-release.yaml']).toBe(`${before['gone-press-release.yaml']}link:\n  status: lost\n  checked: 2026-11-23\n`);
  });
});
