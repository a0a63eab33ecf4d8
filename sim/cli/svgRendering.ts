// Headless drawing for reports: a jsdom document for the chart functions, SVG serialisation, and PNG through resvg.
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { JSDOM } from 'jsdom';

const require = createRequire(import.meta.url);

/** A jsdom document the chart functions draw into, and the serialiser of its elements. */
export interface HeadlessDocument {
  document: Document;
  /** The XML text of an element (namespaces declared), as `XMLSerializer` writes it. */
  serialize(element: Element): string;
}

/** A fresh jsdom document (no scripts run, no resources loaded). */
export function headlessDocument(): HeadlessDocument {
  const { window } = new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>');
  const serializer = new window.XMLSerializer();
  return { document: window.document, serialize: (element) => serializer.serializeToString(element) };
}

/** The text of a standalone .svg file: an XML declaration, the serialised SVG and a newline. */
export function svgFileText(svgXml: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svgXml}\n`;
}

/**
 * The font files PNGs are drawn with: DejaVu Sans from the `dejavu-fonts-ttf` package, so a figure's PNG
 * is the same on every machine, whatever fonts the system has (or lacks).
 */
function fontFiles(): string[] {
  return ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((name) => require.resolve(`dejavu-fonts-ttf/ttf/${name}`));
}

/** A PNG of the SVG text at `scale` × its size (default 2), on white, drawn by resvg with the bundled fonts only. */
export function svgToPngBytes(svgXml: string, scale = 2): Uint8Array {
  const resvg = new Resvg(svgXml, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: {
      fontFiles: fontFiles(),
      loadSystemFonts: false,
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
  });
  return resvg.render().asPng();
}
