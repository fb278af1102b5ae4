/**
 * Renders a Vega-Lite specification to a PNG: vega-lite compiles it to Vega, vega lays it out and
 * writes SVG (no canvas, no browser), and resvg rasterises the SVG with the chart font only.
 * The three libraries are loaded on the first chart, so a process that never draws one does not
 * pay for them at start.
 *
 * @module
 */
import type { TopLevelSpec } from 'vega-lite';
import { CHART_FONT_FAMILY, chartFontFiles } from './chart-fonts.js';

/** A rendered picture. */
export interface RenderedPng {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/** Renders `spec` at its own size (one SVG pixel, one PNG pixel). */
export async function renderPng(spec: TopLevelSpec): Promise<RenderedPng> {
  const [vegaLite, vega, { Resvg }] = await Promise.all([import('vega-lite'), import('vega'), import('@resvg/resvg-js')]);
  // Vega-Lite's warnings (e.g. a scale it adjusted) would go to the console; the chart is checked by tests instead.
  const compiled = vegaLite.compile(spec, { logger: vega.logger(vega.None) }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logLevel: vega.None });
  try {
    const svg = await view.toSVG();
    const resvg = new Resvg(svg, { font: { fontFiles: chartFontFiles(), loadSystemFonts: false, defaultFontFamily: CHART_FONT_FAMILY }, background: 'white' });
    const image = resvg.render();
    return { png: image.asPng(), width: image.width, height: image.height };
  } finally {
    view.finalize();
  }
}
