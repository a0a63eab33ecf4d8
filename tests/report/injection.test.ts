// A scenario cannot inject markup or script into a report: hostile text in the description, file name and shock options stays text.
import { beforeAll, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { headlessDocument, svgFileText } from '../../sim/cli/svgRendering.js';
import { renderMarkdown } from '../../report/doc/markdown.js';
import { reportHtml } from '../../report/html/reportHtml.js';
import { runReport } from '../../report/runReport.js';
import { dataOf, readResults, runFixture } from './reportFixture.js';

const HOSTILE = `</script><script>window.pwned=1</script><img src=x onerror="window.pwned=2"> [x](javascript:alert(1)) "quote' & more`;

let files: Map<string, string>;

beforeAll(async () => {
  files = await readResults(await runFixture());
  const manifest = JSON.parse(files.get('manifest.json')!);
  manifest.resolved.description = HOSTILE;
  manifest.written.description = HOSTILE;
  manifest.scenarioFile = `evil"><script>x</script>.yaml`;
  files.set('manifest.json', JSON.stringify(manifest));
  const events = JSON.parse(files.get('events.json')!);
  events[0].options = { to: 'klout-2011', note: `<script>alert("shock")</script>` };
  files.set('events.json', JSON.stringify(events));
});

describe('hostile scenario text', () => {
  it('is escaped in report.html, which runs no injected script and makes no element from it', () => {
    const data = dataOf(files);
    const headless = headlessDocument();
    const report = runReport(headless.document, data, 'out');
    const svgs = new Map(report.figures.map((f) => [f.ref.id, headless.serialize(f.svg)]));
    const html = reportHtml({ report, data, figureSvg: svgs, pageScript: 'window.pageScriptRan = true;' });
    const scripts = html.match(/<script\b/g) ?? [];
    expect(scripts).toHaveLength(2);
    const dom = new JSDOM(html);
    const doc = dom.window.document;
    expect(doc.querySelectorAll('script')).toHaveLength(2);
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    expect(doc.querySelectorAll('a')).toHaveLength(0);
    expect(doc.body.textContent).toContain('window.pwned=1');
    expect(JSON.parse(doc.getElementById('report-data')!.textContent!).description).toBe(HOSTILE);
  });

  it('is escaped in report.md', () => {
    const { document } = headlessDocument();
    const markdown = renderMarkdown(runReport(document, dataOf(files), 'out').blocks);
    const outsideCode = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
    expect(outsideCode).not.toMatch(/<script|<img/);
    expect(outsideCode).toContain('&lt;/script&gt;');
    expect(outsideCode).toContain('\\[x\\](javascript:alert(1))');
  });

  it('is escaped in every SVG, whose provenance attributes hold the hostile file name as text', () => {
    const headless = headlessDocument();
    for (const figure of runReport(headless.document, dataOf(files), 'out').figures) {
      const xml = svgFileText(headless.serialize(figure.svg));
      expect(xml).not.toContain('<script');
      const parsed = new JSDOM(xml, { contentType: 'image/svg+xml' }).window.document;
      expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
      expect(parsed.getElementsByTagName('script')).toHaveLength(0);
      const provenance = parsed.getElementsByTagNameNS('urn:scorechase:provenance', 'provenance')[0];
      expect(provenance.getAttribute('scenario')).toBe(`evil"><script>x</script>.yaml`);
    }
  });
});
