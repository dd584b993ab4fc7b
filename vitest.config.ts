import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The docs' examples import the package by name; tests run them against the source.
    alias: { 'ogi-report': new URL('./src/index.ts', import.meta.url).pathname },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
