// An HTML table of the agents who gained or lost most in a shock.
import type { ScoreMover } from '../analysis/shockChange.js';

/** A captioned table `agent, type, before, after, change` for a list of movers. */
export function moversTable(doc: Document, caption: string, movers: readonly ScoreMover[]): HTMLTableElement {
  const table = doc.createElement('table');
  table.className = 'movers';
  const cap = table.createCaption();
  cap.textContent = caption;
  const head = table.createTHead().insertRow();
  for (const text of ['agent', 'type', 'before', 'after', 'change']) {
    const th = doc.createElement('th');
    th.scope = 'col';
    th.textContent = text;
    head.append(th);
  }
  const body = table.createTBody();
  for (const m of movers) {
    const row = body.insertRow();
    const d = m.after - m.before;
    for (const text of [String(m.id), m.type, m.before.toFixed(1), m.after.toFixed(1), `${d >= 0 ? '+' : '−'}${Math.abs(d).toFixed(1)}`]) {
      row.insertCell().textContent = text;
    }
  }
  if (movers.length === 0) body.insertRow().insertCell().textContent = 'none';
  return table;
}
