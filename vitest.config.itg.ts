import { defineConfig } from 'vitest/config';

// Integration tests: a real Docker Engine and registry on loopback (.ci/run
// starts them). Without a reachable engine they skip and say so.
export default defineConfig({
  test: {
    include: ['test/**/*.test.itg.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
