// Provenance embedded in every figure: which scenario, seed and version drew it, as SVG <metadata>.
import type { Provenance } from '../data/reportData.js';

/** The namespace of scorechase's provenance element in SVG metadata. */
export const PROVENANCE_NS = 'urn:scorechase:provenance';

/**
 * Adds `<metadata><scorechase:provenance …/></metadata>` after the figure's `<desc>`: the engine and
 * version, the scenario's file and sha256, the seed, the ticks, the manifest's sha256 and the figure id.
 * Attribute values are set through the DOM, so the serialiser escapes them.
 */
export function addProvenance(svg: SVGSVGElement, provenance: Provenance, figureId: string): SVGSVGElement {
  const doc = svg.ownerDocument;
  const metadata = doc.createElementNS('http://www.w3.org/2000/svg', 'metadata');
  const record = doc.createElementNS(PROVENANCE_NS, 'scorechase:provenance');
  const fields: Array<[string, string]> = [
    ['figure', figureId],
    ['engine', provenance.engine],
    ['version', provenance.version],
    ['scenario', provenance.scenarioFile],
    ['scenario-sha256', provenance.scenarioHash],
    ['seed', String(provenance.seed)],
    ['ticks', String(provenance.ticks)],
    ['manifest-sha256', provenance.manifestHash],
  ];
  for (const [name, value] of fields) record.setAttribute(name, value);
  metadata.append(record);
  const desc = svg.querySelector('desc');
  if (desc) desc.after(metadata);
  else svg.prepend(metadata);
  return svg;
}
