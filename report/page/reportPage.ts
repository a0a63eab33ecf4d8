// The script of report.html: redraws the time charts as the timeline scrubber moves, shows the values on the chosen day, and toggles lines.
import type { RunReportData } from '../data/reportData.js';
import { runFigures, type Figure, type FigureOptions } from '../figures/runFigures.js';
import { sweepFigures } from '../sweep/sweepFigures.js';
import type { SweepReportData } from '../sweep/sweepReportData.js';
import { snapshotRows } from './snapshot.js';

type PageData = RunReportData | SweepReportData;

/** The time charts of either kind of report. */
function timeFigures(data: PageData, options: FigureOptions): Figure[] {
  const all = { ...options, timelineOnly: true };
  return data.kind === 'sweep' ? sweepFigures(document, data, all) : runFigures(document, data, all);
}

const PLAY_STEP_MS = 40;

/** Starts the page: reads the embedded data, wires the scrubber, play button and line toggles. */
function start(): void {
  const dataElement = document.getElementById('report-data');
  const controls = document.getElementById('timeline-controls');
  if (!dataElement || !controls) return;
  const data = JSON.parse(dataElement.textContent ?? '{}') as PageData;
  const range = controls.querySelector<HTMLInputElement>('input[type=range]')!;
  const dayLabel = controls.querySelector<HTMLOutputElement>('output')!;
  const play = controls.querySelector<HTMLButtonElement>('button')!;
  const snapshot = document.getElementById('snapshot')!;
  const hidden: Record<string, string[]> = {};
  const ticks = data.provenance.ticks;
  range.max = String(ticks);
  range.value = String(ticks);
  controls.hidden = false;

  const draw = () => {
    const tick = Number(range.value);
    dayLabel.textContent = `day ${tick}`;
    for (const figure of timeFigures(data, { cursor: tick, hidden })) {
      const holder = document.querySelector(`figure[data-figure="${figure.ref.id}"]`);
      const old = holder?.querySelector('svg');
      if (old) old.replaceWith(figure.svg);
    }
    renderSnapshot(snapshot, data, tick);
  };

  addToggles(data, hidden, draw);
  range.addEventListener('input', draw);
  let timer: ReturnType<typeof setInterval> | undefined;
  const stop = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
    play.textContent = 'Play';
  };
  play.addEventListener('click', () => {
    if (timer !== undefined) return stop();
    if (Number(range.value) >= ticks) range.value = '0';
    play.textContent = 'Pause';
    timer = setInterval(() => {
      const next = Math.min(ticks, Number(range.value) + Math.max(1, Math.round(ticks / 120)));
      range.value = String(next);
      draw();
      if (next >= ticks) stop();
    }, PLAY_STEP_MS);
  });
  draw();
  reportHeight();
  window.addEventListener('resize', reportHeight);
}

/** Under each time chart, one checkbox per line: unticking hides that line. */
function addToggles(data: PageData, hidden: Record<string, string[]>, redraw: () => void): void {
  for (const figure of timeFigures(data, {})) {
    const holder = document.querySelector(`figure[data-figure="${figure.ref.id}"]`);
    if (!holder) continue;
    const groups = figure.groups;
    if (groups.length < 2) continue;
    const fieldset = document.createElement('fieldset');
    fieldset.className = 'toggles';
    const legend = document.createElement('legend');
    legend.textContent = 'Lines shown';
    fieldset.append(legend);
    for (const group of groups) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.checked = true;
      box.addEventListener('change', () => {
        const list = (hidden[figure.ref.id] ??= []);
        if (box.checked) list.splice(list.indexOf(group), 1);
        else list.push(group);
        redraw();
      });
      label.append(box, ` ${group}`);
      fieldset.append(label);
    }
    holder.append(fieldset);
  }
}

/** The values on the chosen day: one small table per measure, side by side, each line's group and value. */
function renderSnapshot(holder: HTMLElement, data: PageData, tick: number): void {
  const rows = snapshotRows(data, tick);
  const heading = document.createElement('p');
  heading.className = 'snapshot-day';
  heading.textContent = rows.length > 0 ? `Values on day ${rows[0].tick} (the last day recorded up to day ${tick}):` : `No values recorded up to day ${tick}.`;
  const tables: HTMLTableElement[] = [];
  for (const measure of [...new Set(rows.map((r) => r.measure))]) {
    const table = document.createElement('table');
    table.createCaption().textContent = measure;
    const head = table.createTHead().insertRow();
    for (const name of [data.kind === 'sweep' ? 'arm' : 'group', data.kind === 'sweep' ? 'mean (95 % interval)' : 'value']) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = name;
      head.append(th);
    }
    const body = table.createTBody();
    for (const row of rows.filter((r) => r.measure === measure)) {
      const tr = body.insertRow();
      tr.insertCell().textContent = row.group;
      const value = tr.insertCell();
      value.textContent = row.value;
      value.className = 'num';
    }
    tables.push(table);
  }
  holder.replaceChildren(heading, ...tables);
}

/** Tells an embedding page how tall the report is (for iframes that size themselves to their content). */
function reportHeight(): void {
  if (window.parent !== window) window.parent.postMessage({ type: 'scorechase-report-height', height: document.documentElement.scrollHeight }, '*');
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
