// The explorer page: the composition root that wires the scenario form, playback, panels, files and the permalink.
import { loadScenario } from '../sim/scenario/load.js';
import { ScenarioError } from '../sim/scenario/errors.js';
import { SCORING_ALGORITHMS } from '../sim/scoring/registry.js';
import { installDropZone, readOpenedFiles } from './controls/fileDrop.js';
import { showIssues } from './controls/issueList.js';
import { installShortcuts } from './controls/keyboardShortcuts.js';
import { ParameterForm } from './controls/parameterForm.js';
import { PlaybackBar } from './controls/playbackBar.js';
import { SCENARIO_LIBRARY, libraryScenario } from './controls/scenarioLibrary.js';
import { PanelTabs } from './controls/tabs.js';
import { decodeViewLink, encodeViewLink } from './data/permalink.js';
import { ResultsFolderError, openResultsFolder } from './data/resultsFolder.js';
import { Explorer, type RunRequest } from './explorer.js';
import { CliquesPanel } from './panels/cliquesPanel.js';
import { ComparePanel } from './panels/comparePanel.js';
import { FallacyPanel } from './panels/fallacyPanel.js';
import { NetworkPanel } from './panels/networkPanel.js';
import { ShockPanel } from './panels/shockPanel.js';
import { TimelinesPanel } from './panels/timelinesPanel.js';
import { ValidityPanel } from './panels/validityPanel.js';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const scenarioSelect = $<HTMLSelectElement>('#scenario-select');
const seedInput = $<HTMLInputElement>('#seed');
const issuesBox = $('#issues');
const resultsError = $('#results-error');
const replayButton = $<HTMLButtonElement>('#replay-button');
const help = $<HTMLDialogElement>('#help');
const opened = new Map<string, { file: string; source: string }>();
const form = new ParameterForm($('#parameters'));

const network = new NetworkPanel(document);
const compare = new ComparePanel(document, SCORING_ALGORITHMS, SCENARIO_LIBRARY.map((s) => s.name), (variant) => void startCompare(variant));
const panels = [network, new TimelinesPanel(document), new ShockPanel(document), new ValidityPanel(document), new CliquesPanel(document), new FallacyPanel(document), compare];
let compareVariant = '';
const explorer = new Explorer(panels, () => {
  playback.update();
  replayButton.hidden = !explorer.saved;
  if (explorer.run) history.replaceState(null, '', permalink());
});
const playback = new PlaybackBar(document, explorer);
const tabs = new PanelTabs($('#tabs'), $('#panels'), panels, (id) => explorer.setPanel(id));

for (const s of SCENARIO_LIBRARY) scenarioSelect.append(new Option(`${s.name} (${s.file})`, s.name));

/** The chosen scenario's file name and text (a library file or one the user opened). */
function chosenScenario(): { file: string; source: string } {
  return opened.get(scenarioSelect.value) ?? libraryScenario(scenarioSelect.value) ?? SCENARIO_LIBRARY[0];
}

/** Validates the chosen scenario in the page (as the CLI does) and shows its values, or its problems. */
function previewScenario(overrides: Record<string, number | string> = {}): boolean {
  const { file, source } = chosenScenario();
  try {
    const loaded = loadScenario(source, file, { algorithms: SCORING_ALGORITHMS });
    form.show(loaded.resolved, overrides);
    if (!Object.keys(overrides).length) seedInput.value = String(loaded.resolved.seed);
    $('#scenario-description').textContent = loaded.resolved.description;
    showIssues(issuesBox, []);
    return true;
  } catch (error) {
    showIssues(issuesBox, error instanceof ScenarioError ? error.issues : [], error instanceof Error ? error.message : String(error));
    return false;
  }
}

function currentRequest(): RunRequest {
  const seedText = seedInput.value.trim();
  const seed = /^-?\d+$/.test(seedText) ? Number(seedText) : seedText || 1;
  return { ...chosenScenario(), seed, overrides: form.overrides() };
}

async function run(request = currentRequest()): Promise<boolean> {
  const outcome = await explorer.load(request);
  if (!outcome.ok) showIssues(issuesBox, outcome.issues, outcome.message);
  else showIssues(issuesBox, []);
  if (outcome.ok && compareVariant) await startCompare(compareVariant);
  return outcome.ok;
}

async function startCompare(variant: string): Promise<void> {
  const base = explorer.request;
  if (!base) return;
  compareVariant = variant;
  const [kind, name] = [variant.slice(0, variant.indexOf(':')), variant.slice(variant.indexOf(':') + 1)];
  const other = kind === 'scenario' ? libraryScenario(name) : undefined;
  const request = kind === 'algorithm'
    ? { ...base, overrides: { ...base.overrides, 'scoring.displayed': name } }
    : { ...base, file: other?.file ?? base.file, source: other?.source ?? base.source };
  const outcome = await explorer.startCompare(request);
  if (!outcome.ok) showIssues(issuesBox, outcome.issues, `Run B: ${outcome.message}`);
}

function permalink(): string {
  const inLibrary = libraryScenario(scenarioSelect.value) !== undefined && !opened.has(scenarioSelect.value);
  return encodeViewLink({
    scenario: inLibrary ? scenarioSelect.value : 'baseline', seed: explorer.request?.seed ?? 1,
    params: explorer.request?.overrides ?? {}, tick: explorer.viewTick, panel: tabs.active, compare: compareVariant,
  });
}

async function openFiles(files: File[]): Promise<void> {
  const got = await readOpenedFiles(files);
  if (got.kind === 'scenario') {
    const key = `file:${got.file}`;
    opened.set(key, { file: got.file, source: got.source });
    if (![...scenarioSelect.options].some((o) => o.value === key)) scenarioSelect.append(new Option(`${got.file} (opened)`, key));
    scenarioSelect.value = key;
    previewScenario();
  } else if (got.kind === 'results') {
    try {
      explorer.showSaved(openResultsFolder(got.files));
      showIssues(resultsError, []);
    } catch (error) {
      showIssues(resultsError, [], error instanceof ResultsFolderError ? error.message : `Could not open the results: ${(error as Error).message}`);
    }
  }
}

$('#scenario-form').addEventListener('submit', (event) => {
  event.preventDefault();
  if (previewScenario(form.overrides())) void run();
});
scenarioSelect.addEventListener('change', () => previewScenario());
$<HTMLInputElement>('#scenario-file').addEventListener('change', (event) => void openFiles([...((event.target as HTMLInputElement).files ?? [])]));
for (const id of ['#results-folder', '#results-files']) $<HTMLInputElement>(id).addEventListener('change', (event) => void openFiles([...((event.target as HTMLInputElement).files ?? [])]));
replayButton.addEventListener('click', () => {
  const saved = explorer.saved;
  if (saved) void run({ file: saved.summary.file, source: saved.summary.source, seed: saved.summary.seed, overrides: {} });
});
$('#permalink').addEventListener('click', () => {
  const link = new URL(permalink(), location.href).href;
  history.replaceState(null, '', link);
  void navigator.clipboard?.writeText(link).catch(() => undefined);
});
$('#help-button').addEventListener('click', () => help.showModal());
installShortcuts(document, {
  togglePlay: () => explorer.togglePlay(),
  stepForward: () => explorer.stepForward(),
  stepBack: () => explorer.stepBack(),
  showPanel: (n) => tabs.selectIndex(n),
  toggleHelp: () => (help.open ? help.close() : help.showModal()),
});
installDropZone(document, (files) => void openFiles(files));

/** Opens the view the URL's hash describes (the default view without one). */
async function start(): Promise<void> {
  const view = decodeViewLink(location.hash);
  if (libraryScenario(view.scenario)) scenarioSelect.value = view.scenario;
  previewScenario(view.params);
  seedInput.value = String(view.seed);
  compareVariant = view.compare;
  if (view.compare) compare.choose(view.compare);
  tabs.select(view.panel);
  if (await run()) {
    if (view.tick > 0) await explorer.runTo(view.tick);
  }
}

const ready = start();
Object.assign(window, { scorechase: { explorer, network, ready, measureFps: (ms: number) => network.view.measure(ms) } });
