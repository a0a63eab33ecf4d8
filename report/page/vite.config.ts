// Builds the report page's script (reportPage.ts with the chart functions and d3) into one IIFE file that report.html inlines.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist/report-page', import.meta.url)),
    emptyOutDir: true,
    minify: true,
    lib: { entry: 'reportPage.ts', formats: ['iife'], name: 'scorechaseReportPage', fileName: () => 'report-page.js' },
  },
});
