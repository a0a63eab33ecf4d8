// The style sheet report.html inlines: readable type, responsive figures, tables that scroll on narrow screens.

/** CSS of report.html (system fonts only: the page makes no requests). */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --rule: #ddd; --accent: #0072B2; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 920px; margin: 0 auto; padding: 1.5rem 1rem 4rem; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: 0 0 .75rem; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 .6rem; border-bottom: 1px solid var(--rule); padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.6rem 0 .4rem; }
code { font: .9em ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; background: #f4f4f4; padding: 0 .2em; border-radius: 3px; overflow-wrap: anywhere; }
pre { background: #f4f4f4; padding: .75rem; overflow-x: auto; border-radius: 4px; }
pre code { background: none; padding: 0; }
figure { margin: 1.4rem 0; }
figure svg { display: block; width: 100%; max-width: 820px; height: auto; }
figcaption { color: var(--muted); font-size: .9rem; margin-top: .3rem; }
.table { overflow-x: auto; margin: .6rem 0 1rem; }
table { border-collapse: collapse; font-size: .9rem; }
caption { text-align: left; color: var(--muted); padding-bottom: .3rem; }
th, td { border-bottom: 1px solid var(--rule); padding: .25rem .6rem; text-align: left; vertical-align: top; }
th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; }
#timeline-controls { position: sticky; top: 0; z-index: 1; background: #fff; border-bottom: 1px solid var(--rule); padding: .5rem 0; display: flex; gap: .75rem; align-items: center; flex-wrap: wrap; }
#timeline-controls input[type=range] { flex: 1 1 240px; accent-color: var(--accent); }
#timeline-controls output { min-width: 5.5em; font-variant-numeric: tabular-nums; }
button { font: inherit; padding: .2rem .8rem; border: 1px solid var(--accent); color: var(--accent); background: #fff; border-radius: 4px; cursor: pointer; }
button:focus-visible, input:focus-visible { outline: 3px solid #E69F00; outline-offset: 2px; }
.toggles { border: 0; padding: 0; margin: .3rem 0 0; display: flex; flex-wrap: wrap; gap: .2rem 1rem; font-size: .85rem; color: var(--muted); }
.toggles legend { float: left; margin-right: .5rem; }
#snapshot { display: flex; flex-wrap: wrap; gap: .2rem 1.5rem; align-items: flex-start; font-size: .85rem; }
#snapshot .snapshot-day { flex-basis: 100%; margin: .4rem 0 0; color: var(--muted); }
#snapshot table { font-size: .85rem; }
#snapshot caption { font-weight: 600; color: var(--ink); }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; }
`;
