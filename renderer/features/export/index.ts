export { ExportScreen } from './ExportScreen';
export { appendixFileName } from './export-choices';
