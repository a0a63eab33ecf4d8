// The contract of an explorer panel: a section of the page that renders a run at the current view tick.
import type { RunStore } from '../data/runStore.js';
import type { ChartCard } from './chartCard.js';

/** What every panel renders: the run, the tick the timeline points at, and the compared run if any. */
export interface ViewContext {
  run: RunStore;
  tick: number;
  compare?: RunStore;
}

/** A panel: an id (used in the permalink and tabs), a title, its element, and a render of the view. */
export interface Panel {
  readonly id: string;
  readonly title: string;
  readonly element: HTMLElement;
  /** Draws the view; called when the panel is visible and the view changed. */
  render(view: ViewContext): void;
  /** The panel's chart cards, each with its exports. */
  cards(): ChartCard[];
  /** Called when the panel is hidden (e.g. to pause work). */
  hide?(): void;
}

/** Creates a panel's section with a heading and an optional lead paragraph. */
export function panelSection(doc: Document, id: string, title: string, lead: string): HTMLElement {
  const section = doc.createElement('section');
  section.id = `panel-${id}`;
  section.className = 'panel';
  section.setAttribute('role', 'tabpanel');
  section.setAttribute('aria-labelledby', `tab-${id}`);
  section.tabIndex = 0;
  const heading = doc.createElement('h2');
  heading.textContent = title;
  section.append(heading);
  if (lead) {
    const p = doc.createElement('p');
    p.className = 'lead';
    p.textContent = lead;
    section.append(p);
  }
  return section;
}

/** A labelled control (`<label>text <control></label>`) for panel toolbars. */
export function labelled(doc: Document, text: string, control: HTMLElement): HTMLLabelElement {
  const label = doc.createElement('label');
  label.append(doc.createTextNode(`${text} `), control);
  return label;
}

/** A `<select>` with the given options (value = label) and the first selected. */
export function selectOf(doc: Document, options: readonly string[], name: string): HTMLSelectElement {
  const select = doc.createElement('select');
  select.name = name;
  for (const value of options) select.append(new Option(value, value));
  return select;
}
