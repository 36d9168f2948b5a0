import { defineConfig } from 'vitest/config';

const summary = process.env.ARIADNE_TEST_SUMMARY;

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    reporters: summary ? ['default', 'json'] : ['default'],
    ...(summary ? { outputFile: { json: summary } } : {}),
  },
});
