// `astro build` runs the validator first (src/validate/integration.ts): content with a hidden
// character stops the build before any page is made.
import { afterEach, expect, onTestFinished, test, vi } from 'vitest';
import { contentCopy } from './content-copy.ts';

// Each test reads or spawns a whole copy of content/: generous limits, so a busy machine cannot fail them.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

const copy = contentCopy();
afterEach(() => {
  copy.remove();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

test('the build stops with exit code 1 on an unsafe character, naming its code', async () => {
  copy.write('organizations/evil.yaml', 'name: "Evil \u202Elive"\ntype: ngo\n');
  vi.stubEnv('CONTENT_DIR', copy.root);
  vi.resetModules();
  const { contentValidation } = await import('../../../src/validate/integration.ts');
  const printed: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((text: string) => void printed.push(text));
  const exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
    throw new Error(`exit ${code}`);
  });
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const setup = contentValidation().hooks['astro:config:setup'] as (options: unknown) => Promise<void>;
  await expect(setup({ command: 'build', logger })).rejects.toThrow('exit 1');
  expect(exit).toHaveBeenCalledWith(1);
  expect(printed.join('\n')).toContain('[unsafe-character]');
  expect(printed.join('\n')).not.toContain('\u202E');
  expect(logger.error).toHaveBeenCalledWith(expect.stringContaining('The build stopped'));
});

test('a missing Spanish version does not stop the build: it is logged as a warning', async () => {
  const copy = contentCopy();
  onTestFinished(() => copy.remove());
  copy.write('organizations/new-group.yaml', 'name: New Group\ntype: ngo\ndescription: A group that works with migrants.\n');
  vi.stubEnv('CONTENT_DIR', copy.root);
  vi.resetModules();
  const { contentValidation } = await import('../../../src/validate/integration.ts');
  const exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
    throw new Error(`exit ${code}`);
  });
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const setup = contentValidation().hooks['astro:config:setup'] as (options: unknown) => Promise<void>;
  await setup({ command: 'build', logger });
  expect(exit).not.toHaveBeenCalled();
  expect(logger.error).not.toHaveBeenCalled();
  const logged = logger.info.mock.calls.map(([text]) => String(text)).join('\n');
  expect(logged).toContain('organizations/new-group.yaml');
  expect(logged).toContain('es.description  warning: There is no Spanish version of the description');
});
