/**
 * The font every chart is drawn with: Atkinson Hyperlegible (SIL Open Font License), designed
 * for readers with low vision, read from the TrueType files its npm package ships. Charts never
 * use the machine's fonts, so a chart looks the same on every machine.
 *
 * @module
 */
import { createRequire } from 'node:module';

/** The family name the chart specifications ask for. */
export const CHART_FONT_FAMILY = 'Atkinson Hyperlegible';

const PACKAGE = '@expo-google-fonts/atkinson-hyperlegible';

/** The regular and bold TrueType files, resolved from node_modules (which the bundle in dist/ keeps beside it). */
export function chartFontFiles(): string[] {
  const require = createRequire(import.meta.url);
  return [`${PACKAGE}/400Regular/AtkinsonHyperlegible_400Regular.ttf`, `${PACKAGE}/700Bold/AtkinsonHyperlegible_700Bold.ttf`].map((file) =>
    require.resolve(file),
  );
}
