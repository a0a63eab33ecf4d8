// Vite (the explorer in viz/, built as a static site with relative paths) and Vitest (node, jsdom and browser projects).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: 'viz',
  base: './',
  build: { outDir: '../dist/site', emptyOutDir: true, chunkSizeWarningLimit: 1000 },
  worker: { format: 'es' },
  test: {
    root: '.',
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/viz/**', 'tests/browser/**'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: ['tests/viz/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
