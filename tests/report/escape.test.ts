// Escaping scenario text for HTML, Markdown, inline JSON and shell commands.
import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown, markdownCodeSpan, markdownFence, scriptJson, shellWord } from '../../report/doc/escape.js';

describe('escaping', () => {
  it('escapes HTML special characters in text and attributes', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
  });

  it('keeps raw HTML and Markdown syntax out of Markdown prose', () => {
    const text = escapeMarkdown('<img src=x onerror=alert(1)> [link](javascript:x) *a* _b_ `c` | d ~~e~~ \\ f\nnext line');
    expect(text).not.toMatch(/<|>/);
    expect(text).toBe('&lt;img src=x onerror=alert(1)&gt; \\[link\\](javascript:x) \\*a\\* \\_b\\_ \\`c\\` \\| d \\~\\~e\\~\\~ \\\\ f next line');
  });

  it('fences code spans and blocks with more backticks than they hold', () => {
    expect(markdownCodeSpan('a`b')).toBe('``a`b``');
    expect(markdownCodeSpan('`x`')).toBe('`` `x` ``');
    expect(markdownFence('no ticks')).toBe('```');
    expect(markdownFence('a ```` b')).toBe('`````');
  });

  it('writes JSON that cannot close its script element', () => {
    const text = scriptJson({ s: '</script><script>alert(1)</script>&\u2028' });
    expect(text).not.toContain('</script');
    expect(text).not.toContain('&');
    expect(JSON.parse(text)).toEqual({ s: '</script><script>alert(1)</script>&\u2028' });
  });

  it('quotes shell words only when needed', () => {
    expect(shellWord('results/baseline-seed1')).toBe('results/baseline-seed1');
    expect(shellWord('my results')).toBe(`'my results'`);
    expect(shellWord(`it's; rm -rf /`)).toBe(`'it'\\''s; rm -rf /'`);
  });
});
