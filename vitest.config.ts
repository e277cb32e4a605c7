import { defineConfig } from 'vitest/config';

// Unit and end-to-end tests. Integration tests against a real Docker Engine and
// registry are named *.test.itg.ts and run with vitest.config.itg.ts.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*.test.itg.ts', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
