// Vite (the explorer in viz/) and Vitest (a node project for sim/, a jsdom project for viz/).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: 'viz',
  build: { outDir: '../dist/viz', emptyOutDir: true },
  test: {
    root: '.',
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/viz/**'],
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
    ],
  },
});
