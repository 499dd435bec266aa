/** The project file: REFI-QDA `.qdpx` writing and reading, and `.qdc` codebooks from other tools. */
export { writeQdpx, type NativeDeflate, type WriteQdpxOptions } from './write-qdpx';
export { readQdpx, type ReadQdpxOptions, type ReadQdpxResult } from './read-qdpx';
export { importQdpx } from './import-qdpx';
export { readQdc, type ReadQdcResult } from './read-qdc';
export { mergeCodebook, type CodebookMerge } from './merge-codebook';
export { detectProducer, type Producer, type ProducerId } from './producer';
export {
  ProjectFileError,
  describeProjectFileError,
  describeProjectFileWarning,
  type ProjectFileErrorCode,
  type ProjectFileWarning,
  type ProjectFileWarningCode,
} from './errors';
