// The panel tabs: an ARIA tablist with arrow-key navigation; one panel visible at a time.
import type { Panel } from '../panels/panel.js';

/** Builds one tab per panel in `tablist` and shows the chosen one; `onSelect` is told the new panel's id. */
export class PanelTabs {
  private readonly tabs = new Map<string, HTMLButtonElement>();
  active: string;

  constructor(tablist: HTMLElement, host: HTMLElement, private readonly panels: readonly Panel[], private readonly onSelect: (id: string) => void) {
    const doc = tablist.ownerDocument;
    this.active = panels[0].id;
    panels.forEach((panel, index) => {
      const tab = doc.createElement('button');
      tab.type = 'button';
      tab.id = `tab-${panel.id}`;
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-controls', `panel-${panel.id}`);
      tab.dataset.panel = panel.id;
      tab.textContent = `${index + 1} ${panel.title}`;
      tab.addEventListener('click', () => this.select(panel.id));
      tab.addEventListener('keydown', (event) => this.onKey(event, index));
      tablist.append(tab);
      host.append(panel.element);
      this.tabs.set(panel.id, tab);
    });
    this.select(this.active, false);
  }

  /** Shows the panel `id` (ignored when unknown); focuses its tab when `focus`. */
  select(id: string, focus = false): void {
    if (!this.tabs.has(id)) return;
    const previous = this.panels.find((p) => p.id === this.active);
    if (previous && previous.id !== id) previous.hide?.();
    this.active = id;
    for (const panel of this.panels) {
      const selected = panel.id === id;
      const tab = this.tabs.get(panel.id)!;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      panel.element.hidden = !selected;
      if (selected && focus) tab.focus();
    }
    this.onSelect(id);
  }

  /** Shows the n-th panel (1-based), for the number-key shortcuts. */
  selectIndex(n: number): void {
    const panel = this.panels[n - 1];
    if (panel) this.select(panel.id, true);
  }

  private onKey(event: KeyboardEvent, index: number): void {
    const n = this.panels.length;
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1 + n, Home: 0, End: n - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    this.select(this.panels[next % n].id, true);
  }
}
