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
  server = await startLinkServer(1000);
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

/** Runs the script with Node 24, killed after 20 s whatever happens. */
function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [script, ...args], {
      cwd: work,
      env: { PATH: process.env['PATH'] ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 20_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const settings = () => ['--timeout', '300', '--archive-api', `${server.origin}/archive/available`, '--date', '2026-11-23'];

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
    expect(result.stdout).toContain(`# content/citations/gone-press-release.yaml\nlink:\n  status: lost\n  checked: 2026-11-23\narchive:\n  url: ${server.origin}/snapshots/`);
    expect(result.stdout).not.toContain('# content/citations/hung-server-page.yaml');

    expect(result.stderr.match(/^\[\d\/7\] /gm)).toHaveLength(7);
    expect(result.stderr).not.toContain('\u001b[');
    expect(result.stderr).toContain('7 cited links checked: 2 live, 1 moved, 2 lost, 2 unknown.');

    const report = JSON.parse(fs.readFileSync(path.join(work, 'out/report.json'), 'utf8'));
    expect(report.counts).toEqual({ live: 2, moved: 1, lost: 2, unknown: 2 });
    expect(report.settings).toMatchObject({ timeoutMs: 300, concurrency: 4 });
    const byId = Object.fromEntries(report.citations.map((c: { id: string }) => [c.id, c]));
    expect(byId['moved-article']).toMatchObject({ verdict: 'moved', finalUrl: `${server.origin}/ok`, redirects: 1, written: false });
    expect(byId['gone-press-release'].archive).toEqual({ url: `${server.origin}/snapshots/${encodeURIComponent(`${server.origin}/gone`)}`, date: '2019-06-03' });
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
    const origin = server.origin;

    expect(after['live-report.yaml']).toBe(`${before['live-report.yaml']}link:\n  status: live\n  checked: 2026-11-23\n`);
    expect(after['head-refused.yaml']).toBe(`${before['head-refused.yaml']}link:\n  status: live\n  checked: 2026-11-23\n`);
    expect(after['slow-agency-page.yaml']).toBe(`${before['slow-agency-page.yaml']}link:\n  status: unknown\n  checked: 2026-11-23\n`);
    expect(after['moved-article.yaml']).toBe(
      before['moved-article.yaml']!.replace('  status: unknown # the last check timed out\n  checked: 2025-01-10', '  status: live # the last check timed out\n  checked: 2026-11-23'),
    );
    expect(after['gone-press-release.yaml']).toBe(
      `${before['gone-press-release.yaml']}link:\n  status: lost\n  checked: 2026-11-23\narchive:\n  url: ${origin}/snapshots/${encodeURIComponent(`${origin}/gone`)}\n  date: 2019-06-03\n`,
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
});
