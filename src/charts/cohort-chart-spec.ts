/**
 * The cohort chart as a Vega-Lite specification: the funnel as horizontal bars, then interviews
 * per week as columns, with the due date as a dashed line. Drawn to be read on a phone: the
 * picture is about 1,150 pixels wide, so a phone shows it at a third of its size, and every
 * text is 26 pixels or more; colours from the Okabe-Ito palette (blue bars, a vermilion marker),
 * which people with any common colour-vision deficiency tell apart, and near-black text on white.
 *
 * @module
 */
import type { TopLevelSpec } from 'vega-lite';
import type { CohortChartData } from '../domain/cohorts/chart-data.js';
import { CHART_FONT_FAMILY } from './chart-fonts.js';

/** Okabe-Ito blue, for bars. */
const BAR = '#0072B2';
/** Okabe-Ito vermilion, for the due date. */
const MARKER = '#D55E00';
const INK = '#111111';
/** The width of each plot; the labels on the left and the padding come on top. */
const PLOT_WIDTH = 880;
/** The room kept left of both plots for the funnel's stage names, so the two line up. */
const LABEL_COLUMN = 190;
const LABEL_SIZE = 30;
/** The picture's left margin. */
const MARGIN = 24;

/** The funnel's stages, top to bottom. */
const STAGES = [
  ['Requests', 'requests'],
  ['Replies', 'replies'],
  ['Interviews', 'interviews'],
  ['Thank-yous', 'thankYous'],
  ['Referrals', 'referrals'],
] as const;

/** Room above the first plot for the chart's title, subtitle and the first panel's title. */
const TOP = 190;
/** Room right of the plots for the funnel's counts. */
const RIGHT = 72;
/** Room under the last plot for the week labels. */
const BOTTOM = 64;
/** Between the panels: the second panel's title, and its counts above the bars. */
const SPACING = 136;
const FUNNEL_HEIGHT = 330;
const WEEKS_HEIGHT = 300;
/** Panel titles start at the picture's left margin, over the label column. */
const PANEL_TITLE = { anchor: 'start', frame: 'group', dx: -LABEL_COLUMN, offset: 24 } as const;

/** The scale's top: at least 1, so an empty cohort still draws an axis. */
function domainTop(values: readonly number[]): number {
  return Math.max(1, ...values);
}

/** The funnel panel. */
function funnelPanel(data: CohortChartData): Record<string, unknown> {
  const rows = STAGES.map(([stage, key], order) => ({ stage, order, count: data.funnel[key] }));
  return {
    title: { text: 'Outreach funnel', ...PANEL_TITLE },
    width: PLOT_WIDTH,
    height: FUNNEL_HEIGHT,
    data: { values: rows },
    encoding: {
      y: {
        field: 'stage',
        type: 'nominal',
        sort: { field: 'order' },
        axis: { title: null, ticks: false, domain: false, labelFontSize: LABEL_SIZE, labelLimit: 0, labelPadding: 12 },
      },
      x: { field: 'count', type: 'quantitative', axis: null, scale: { domain: [0, domainTop(rows.map((row) => row.count))] } },
    },
    layer: [
      { mark: { type: 'bar', color: BAR, cornerRadiusEnd: 4, height: { band: 0.72 } } },
      { mark: { type: 'text', align: 'left', dx: 10, fontSize: LABEL_SIZE, fontWeight: 'bold', color: INK }, encoding: { text: { field: 'count' } } },
    ],
  };
}

/** The layers that mark the due date: a dashed line at the end of the day, and the day above it. */
function dueLayers(data: CohortChartData, weekAxis: Record<string, unknown>): Record<string, unknown>[] {
  const due = data.due;
  if (due?.week === undefined) return [];
  const x = { ...weekAxis, bandPosition: due.fraction };
  const values = [{ week: due.week, label: `Due ${due.label}` }];
  // Written left of the line, where the weeks before a due date are, unless there is no room there.
  const rightOfLine = due.fraction < 0.5 && data.weeks[0]?.label === due.week;
  return [
    { data: { values }, mark: { type: 'rule', color: MARKER, strokeWidth: 5, strokeDash: [14, 8], y: -6, y2: WEEKS_HEIGHT }, encoding: { x } },
    {
      data: { values },
      // Above the plot, where no count is drawn (the scale leaves the counts room inside).
      mark: {
        type: 'text',
        align: rightOfLine ? 'left' : 'right',
        dx: rightOfLine ? 10 : -10,
        y: -8,
        baseline: 'bottom',
        fontSize: 28,
        fontWeight: 'bold',
        color: MARKER,
      },
      encoding: { x, text: { field: 'label' } },
    },
  ];
}

/** The weekly panel. */
function weeksPanel(data: CohortChartData): Record<string, unknown> {
  const weeks = data.weeks.map((week) => ({ week: week.label, interviews: week.interviews }));
  const held = weeks.filter((week) => week.interviews !== undefined);
  // The axis says where its labels go: the due date's layer moves its own mark within the week, not them.
  const x = {
    field: 'week',
    type: 'ordinal',
    scale: { domain: weeks.map((week) => week.week), paddingInner: 0.25 },
    axis: { title: null, labelAngle: 0, labelFontSize: 26, ticks: false, labelPadding: 10, labelOverlap: false, bandPosition: 0.5 },
  };
  // A fifth of headroom over the tallest bar keeps its count inside the plot, clear of the due date's label.
  const top = domainTop(held.map((week) => week.interviews ?? 0)) * 1.2;
  const y = { field: 'interviews', type: 'quantitative', scale: { domain: [0, top], nice: false }, axis: null };
  const [line, label] = dueLayers(data, x);
  const count = { type: 'text', baseline: 'bottom', dy: -8, fontSize: LABEL_SIZE, fontWeight: 'bold', color: INK };
  return {
    title: { text: 'Interviews per week', ...PANEL_TITLE },
    width: PLOT_WIDTH,
    height: WEEKS_HEIGHT,
    layer: [
      // The due date's line goes under the bars, its label over everything.
      ...(line === undefined ? [] : [line]),
      { data: { values: held }, mark: { type: 'bar', color: BAR, cornerRadiusEnd: 4 }, encoding: { x, y } },
      // Each count twice: a thick white outline first, so the due date's line never runs through a digit.
      { data: { values: held }, mark: { ...count, stroke: 'white', strokeWidth: 10, strokeJoin: 'round' }, encoding: { x, y, text: { field: 'interviews' } } },
      { data: { values: held }, mark: count, encoding: { x, y, text: { field: 'interviews' } } },
      ...(label === undefined ? [] : [label]),
    ],
  };
}

/** The whole chart's specification. */
export function cohortChartSpec(data: CohortChartData): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    background: 'white',
    // A fixed size with room for every label: vega has no canvas here to measure text, and its guesses
    // (0.8 of the font size a character) would make the picture wider than it needs and shift the plots.
    width: PLOT_WIDTH,
    autosize: { type: 'none' },
    bounds: 'flush',
    // Vega-Lite drops the height of a concatenation, so the view is 0 high and the panels hang below
    // its top edge: the bottom padding makes room for them.
    padding: { left: MARGIN + LABEL_COLUMN, right: RIGHT, top: TOP, bottom: FUNNEL_HEIGHT + SPACING + WEEKS_HEIGHT + BOTTOM },
    config: {
      font: CHART_FONT_FAMILY,
      view: { stroke: null },
      axis: { labelColor: INK, titleColor: INK, domainColor: INK, domainWidth: 2 },
      title: { fontSize: 40, color: INK, subtitleFontSize: 28, subtitleColor: '#333333', subtitlePadding: 8 },
      concat: { spacing: SPACING },
    },
    title: { text: data.cohortName, subtitle: `Progress as of ${data.asOf}`, fontSize: 44, anchor: 'start', frame: 'group', dx: -LABEL_COLUMN, offset: 24 },
    vconcat: [funnelPanel(data), weeksPanel(data)],
    // The panels are built as plain objects (Vega-Lite's types want every literal narrowed); compiling checks them, and the tests render each kind of chart.
  } as unknown as TopLevelSpec;
}
