// Renders a report's blocks as GitHub-flavoured Markdown, every piece of text escaped.
import type { Block, Inline, Text } from './reportDoc.js';
import { escapeMarkdown, markdownCodeSpan, markdownFence } from './escape.js';

/** The Markdown of one inline run; in a table cell a code span's `|` is escaped too (GFM splits cells on it even in code). */
function inline(run: Inline, inTable: boolean): string {
  if (typeof run === 'string') return escapeMarkdown(run);
  if ('code' in run) return inTable ? markdownCodeSpan(run.code).replace(/\|/g, '\\|') : markdownCodeSpan(run.code);
  return `**${escapeMarkdown(run.strong)}**`;
}

function text(runs: Text, inTable = false): string {
  return runs.map((run) => inline(run, inTable)).join('');
}

/** The Markdown of one block, without a trailing blank line. */
function renderBlock(b: Block, figurePath: (id: string) => string): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${escapeMarkdown(b.text)}`;
    case 'paragraph':
      return text(b.text);
    case 'list':
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${text(item)}`).join('\n');
    case 'table': {
      const align = b.headers.map((_, i) => (b.align?.[i] === 'right' ? '---:' : '---'));
      const lines = [
        `| ${b.headers.map(escapeMarkdown).join(' | ')} |`,
        `|${align.join('|')}|`,
        ...b.rows.map((row) => `| ${row.map((cell) => text(cell, true)).join(' | ')} |`),
      ];
      return b.caption ? `${escapeMarkdown(b.caption)}\n\n${lines.join('\n')}` : lines.join('\n');
    }
    case 'figure':
      return `![${escapeMarkdown(b.figure.alt)}](${figurePath(b.figure.id)})\n\n*Figure ${b.number}. ${escapeMarkdown(b.figure.title)}.*`;
    case 'code': {
      const fence = markdownFence(b.text);
      return `${fence}${b.language}\n${b.text}\n${fence}`;
    }
  }
}

/** The whole report as Markdown: blocks separated by blank lines, a trailing newline; figures linked as `figurePath(id)`. */
export function renderMarkdown(blocks: readonly Block[], figurePath: (id: string) => string = (id) => `figures/${id}.svg`): string {
  return `${blocks.map((b) => renderBlock(b, figurePath)).join('\n\n')}\n`;
}
