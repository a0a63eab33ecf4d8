// The permalink: scenario, seed, parameters, tick and panel in the URL hash, so a link reopens the same view.

/** Everything a permalink restores. */
export interface ViewLink {
  /** A library scenario's name (a file opened from disk cannot be linked to). */
  scenario: string;
  seed: number | string;
  /** Parameter overrides by dotted path. */
  params: Record<string, number | string>;
  tick: number;
  panel: string;
  /** The compared variant, e.g. `algorithm:klout-2011` or `scenario:baseline`; '' for none. */
  compare: string;
}

/** Defaults of a link with nothing in the hash: baseline, seed 1, no overrides, tick 0, the network panel. */
export const DEFAULT_VIEW: ViewLink = { scenario: 'baseline', seed: 1, params: {}, tick: 0, panel: 'network', compare: '' };

const PARAM_PREFIX = 'p.';

/** Reads a number when the text is one, else keeps the text. */
function numberOrText(text: string): number | string {
  return text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text;
}

/** The hash (with its `#`) for a view: `#scenario=baseline&seed=1&tick=100&panel=network&p.agents.count=10000`. */
export function encodeViewLink(view: ViewLink): string {
  const query = new URLSearchParams();
  query.set('scenario', view.scenario);
  query.set('seed', String(view.seed));
  query.set('tick', String(view.tick));
  query.set('panel', view.panel);
  if (view.compare) query.set('compare', view.compare);
  for (const path of Object.keys(view.params).sort()) query.set(PARAM_PREFIX + path, String(view.params[path]));
  return `#${query.toString()}`;
}

/** The view a hash describes; missing or unreadable parts take `DEFAULT_VIEW`'s values. */
export function decodeViewLink(hash: string): ViewLink {
  const query = new URLSearchParams(hash.replace(/^#/, ''));
  const params: Record<string, number | string> = {};
  for (const [key, value] of query) if (key.startsWith(PARAM_PREFIX)) params[key.slice(PARAM_PREFIX.length)] = numberOrText(value);
  const tick = Number(query.get('tick'));
  return {
    scenario: query.get('scenario') || DEFAULT_VIEW.scenario,
    seed: query.has('seed') ? numberOrText(query.get('seed')!) : DEFAULT_VIEW.seed,
    params,
    tick: Number.isInteger(tick) && tick >= 0 ? tick : DEFAULT_VIEW.tick,
    panel: query.get('panel') || DEFAULT_VIEW.panel,
    compare: query.get('compare') ?? '',
  };
}
