// Renders a report's blocks as HTML, every piece of text escaped; figures come from the caller (inline SVG).
import type { Block, Inline, Text } from './reportDoc.js';
import { escapeHtml } from './escape.js';

function inline(run: Inline): string {
  if (typeof run === 'string') return escapeHtml(run);
  if ('code' in run) return `<code>${escapeHtml(run.code)}</code>`;
  return `<strong>${escapeHtml(run.strong)}</strong>`;
}

function text(runs: Text): string {
  return runs.map(inline).join('');
}

/**
 * The HTML of the blocks. `figureHtml(id, number)` returns a figure's markup (an inline `<svg>` already
 * serialised, from the chart functions); headings with an id get it as their anchor.
 */
export function renderHtml(blocks: readonly Block[], figureHtml: (id: string, number: number, title: string) => string): string {
  return blocks.map((b) => renderBlock(b, figureHtml)).join('\n');
}

function renderBlock(b: Block, figureHtml: (id: string, number: number, title: string) => string): string {
  switch (b.kind) {
    case 'heading': {
      const id = b.id ? ` id="${escapeHtml(b.id)}"` : '';
      return `<h${b.level}${id}>${escapeHtml(b.text)}</h${b.level}>`;
    }
    case 'paragraph':
      return `<p>${text(b.text)}</p>`;
    case 'list':
      return `<${b.ordered ? 'ol' : 'ul'}>${b.items.map((item) => `<li>${text(item)}</li>`).join('')}</${b.ordered ? 'ol' : 'ul'}>`;
    case 'table': {
      const cls = (i: number) => (b.align?.[i] === 'right' ? ' class="num"' : '');
      const caption = b.caption ? `<caption>${escapeHtml(b.caption)}</caption>` : '';
      const head = `<tr>${b.headers.map((h, i) => `<th scope="col"${cls(i)}>${escapeHtml(h)}</th>`).join('')}</tr>`;
      const body = b.rows.map((row) => `<tr>${row.map((cell, i) => `<td${cls(i)}>${text(cell)}</td>`).join('')}</tr>`).join('\n');
      return `<div class="table"><table>${caption}<thead>${head}</thead><tbody>\n${body}\n</tbody></table></div>`;
    }
    case 'figure':
      return `<figure id="figure-${escapeHtml(b.figure.id)}" data-figure="${escapeHtml(b.figure.id)}">${figureHtml(b.figure.id, b.number, b.figure.title)}<figcaption>Figure ${b.number}. ${escapeHtml(b.figure.title)}.</figcaption></figure>`;
    case 'code':
      return `<pre><code>${escapeHtml(b.text)}</code></pre>`;
  }
}
