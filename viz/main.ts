// The explorer's first page: runs the baseline scenario in a Web Worker and draws the displayed score and reach by type.
import baseline from '../scenarios/baseline.yaml?raw';
import { lineChart } from './charts/lineChart.js';
import { metricSeries } from './metricSeries.js';
import type { RunRequest, RunUpdate } from './simulationWorker.js';

const status = document.querySelector<HTMLOutputElement>('#status')!;
const charts = document.querySelector<HTMLDivElement>('#charts')!;
const form = document.querySelector<HTMLFormElement>('#controls')!;
let worker: Worker | undefined;

function start(agents: number, seed: number): void {
  worker?.terminate();
  worker = new Worker(new URL('./simulationWorker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<RunUpdate>) => {
    const update = event.data;
    if (update.kind === 'error') {
      status.textContent = update.message;
      return;
    }
    status.textContent = `tick ${update.tick} of ${update.ticks}`;
    charts.replaceChildren(
      lineChart(document, metricSeries(update.rows, 'score-median'), { title: 'Median displayed score by type', yLabel: 'score' }),
      lineChart(document, metricSeries(update.rows, 'true-influence-mean'), { title: 'Mean true influence by type', yLabel: 'conversions' }),
    );
  };
  worker.postMessage({ source: baseline, file: 'baseline.yaml', agents, seed } satisfies RunRequest);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(form);
  start(Number(data.get('agents')), Number(data.get('seed')));
});
start(1000, 1);
