/**
 * The figures of the Bab IV draft as SVG pictures built in pure TypeScript: the code-frequency
 * chart by informant group and the findings diagram. The edges (CLI, renderer) turn them into PNG.
 */
export { codeFrequencyByGroup, frequencyChartSvg, SERIES_COLOURS } from './frequency-chart';
export type { FrequencyChartData, FrequencyRow, FrequencySeries } from './frequency-chart';
export { findingsDiagramSvg, findingsTree } from './findings-diagram';
export type { FindingNode, FindingsData } from './findings-diagram';
export { escapeXml, FONT_FAMILY, wrapText } from './svg';
