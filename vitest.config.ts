// Two test projects: unit tests (fast, no build) and browser tests against the built dist/.
// Timeouts only catch a hang: they sit far above any run on a busy machine, since no test may
// depend on the machine's speed (speed is measured by the scripts in scripts/bench/).
import { defineConfig } from 'vitest/config';

const hang = 300_000;

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: hang, hookTimeout: hang } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: hang,
          hookTimeout: hang,
          fileParallelism: false,
          // expect.poll gives up after 1 s by default: too short for a browser on a busy machine.
          expect: { poll: { timeout: 60_000 } },
        },
      },
    ],
  },
});
