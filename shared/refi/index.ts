/** The project file: REFI-QDA `.qdpx` writing and reading. */
export { writeQdpx, type WriteQdpxOptions } from './write-qdpx';
export { readQdpx, type ReadQdpxOptions, type ReadQdpxResult } from './read-qdpx';
export {
  ProjectFileError,
  describeProjectFileError,
  describeProjectFileWarning,
  type ProjectFileErrorCode,
  type ProjectFileWarning,
} from './errors';
