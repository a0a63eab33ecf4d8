// Tests of the network view's pure parts: fitting, hit testing, node styles, details, the force layout and the SVG export.
import { describe, expect, it } from 'vitest';
import { ForceLayout } from '../../../viz/network/forceLayout.js';
import { networkSvg } from '../../../viz/network/networkSvg.js';
import { agentDetails, nodeRadius, nodeStyle } from '../../../viz/network/nodeStyle.js';
import { fitTransform, nearestNode, viewTransform } from '../../../viz/network/viewport.js';
import type { AgentFrame } from '../../../viz/worker/protocol.js';

function frame(): AgentFrame {
  return {
    tick: 3, count: 4, type: Uint8Array.of(0, 2, 0, 4), active: Uint8Array.of(1, 1, 1, 0),
    score: Float32Array.of(10, 60, 25, 99), displayed: 'followers', scores: [Float32Array.of(10, 60, 25, 99), Float32Array.of(1, 2, 3, 4)],
    followers: Int32Array.of(1, 5, 2, 900), trueInfluence: Float64Array.of(0, 3, 1, 8), sharesReceived: Uint32Array.of(0, 4, 1, 9),
    mentionsReceived: Uint32Array.of(0, 1, 0, 5), posts: Uint32Array.of(1, 30, 2, 9), edgeSrc: Int32Array.of(0, 2), edgeDst: Int32Array.of(1, 1),
  };
}

describe('viewport', () => {
  it('fits the points into the box, centred', () => {
    const fit = fitTransform(Float32Array.of(-10, -5, 10, 5), 232, 132);
    expect(fit).toEqual({ k: 10, x: 116, y: 66 });
    expect(viewTransform(fit, { k: 2, x: 5, y: 0 } as never)).toEqual({ k: 20, x: 237, y: 132 });
  });
  it('finds the nearest active node near the pointer, or none', () => {
    const xy = Float32Array.of(0, 0, 10, 0, 20, 0);
    const radius = Float32Array.of(2, 2, 2);
    const view = { k: 1, x: 0, y: 0 };
    expect(nearestNode(xy, radius, Uint8Array.of(1, 1, 1), view, 9, 1)).toBe(1);
    expect(nearestNode(xy, radius, Uint8Array.of(1, 0, 1), view, 10, 0)).toBe(-1);
  });
});

describe('nodeStyle', () => {
  it('groups active agents by type, small scores first, and sizes them by score', () => {
    const style = nodeStyle(frame(), 'type');
    expect(style.groups.map((g) => [g.label, [...g.ids]])).toEqual([['lurker', [0, 2]], ['chaser', [1]]]);
    expect(style.radius[1]).toBeCloseTo(nodeRadius(60), 6);
    expect(nodeRadius(100)).toBeGreaterThan(nodeRadius(0));
  });
  it('falls back to types when the frame has no communities', () => {
    expect(nodeStyle(frame(), 'community').groups[0].label).toBe('lurker');
    const withCommunities = { ...frame(), community: Int32Array.of(1, 1, 0, 0) };
    expect(nodeStyle(withCommunities, 'community').groups.map((g) => g.label)).toEqual(['community 0', 'community 1']);
  });
  it('describes an agent for the hover card', () => {
    expect(agentDetails(frame(), 1, ['followers', 'log-proxy'])).toEqual([
      'Agent 1 · chaser', 'displayed score (followers): 60.0', 'followers 5 · posts 30', 'shares received 4 · mentions 1',
      'true influence 3.0 conversions', 'other scores: log-proxy 2',
    ]);
  });
});

describe('ForceLayout', () => {
  it('is deterministic and keeps positions when the graph changes', () => {
    const run = () => {
      const layout = new ForceLayout();
      layout.setGraph(50, Int32Array.from({ length: 49 }, (_, i) => i), Int32Array.from({ length: 49 }, (_, i) => i + 1));
      layout.tick(30);
      return layout;
    };
    const a = run();
    expect([...a.positions()]).toEqual([...run().positions()]);
    const before = a.positions();
    a.setGraph(50, Int32Array.of(0), Int32Array.of(1));
    expect([...a.positions()]).toEqual([...before]);
    expect(a.alpha).toBeGreaterThanOrEqual(0.25);
  });
});

describe('ForceLayout with communities', () => {
  it('pulls each community towards its own anchor, so groups separate', () => {
    const n = 200;
    const community = Int32Array.from({ length: n }, (_, i) => (i < n / 2 ? 0 : 1));
    const centroidGap = (withCommunities: boolean) => {
      const layout = new ForceLayout();
      layout.setGraph(n, new Int32Array(0), new Int32Array(0), withCommunities ? community : undefined);
      layout.tick(200);
      const xy = layout.positions();
      const mean = (from: number, axis: number) => {
        let s = 0;
        for (let i = from; i < from + n / 2; i++) s += xy[2 * i + axis];
        return s / (n / 2);
      };
      return Math.hypot(mean(0, 0) - mean(n / 2, 0), mean(0, 1) - mean(n / 2, 1));
    };
    expect(centroidGap(true)).toBeGreaterThan(5 * centroidGap(false));
  });
});

describe('networkSvg', () => {
  it('draws nodes, edges and a legend with a text alternative, matching the golden SVG', async () => {
    const f = frame();
    const svg = networkSvg(document, f, Float32Array.of(0, 0, 10, 10, -10, 5, 3, 3), nodeStyle(f, 'type'), { width: 400, height: 300 });
    expect(svg.querySelectorAll('circle')).toHaveLength(3);
    expect(svg.querySelector('desc')?.textContent).toBe(
      'Follow network on tick 3: 4 agents (2 lurker, 1 chaser), 2 most recent follows drawn; node size grows with the displayed score (followers).',
    );
    await expect(svg.outerHTML).toMatchFileSnapshot('./__golden__/networkSvg.svg');
  });
});
