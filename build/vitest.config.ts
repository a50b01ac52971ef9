// Vitest config for Gantry. Two projects, picked with --project (see package.json scripts):
//   unit         pure code, no engine; fast and parallel.
//   integration  against the private, seeded Docker Engine that test/support/run-all.sh starts
//                (GANTRY_TEST_* variables, see test/support/fixtures.ts). Files run one at a
//                time because they share that one engine and its seeded state.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// This file lives in build/; globs and the cwd-relative bits resolve against the repo root.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export default defineConfig({
  root,
  test: {
    projects: [
      {
        // extends: true inherits root-level options such as `root`.
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          // Real engine work (container start/stop, a second daemon's restart) takes seconds.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
