/**
 * The project-file and codebook readers (shared/refi with its XML parser, zip reader and
 * schema checks) load the first time a file is read, not with the first screen: a student
 * reopening their project waits for their transcript, not for a parser they may not use.
 */
export const loadProjectFileReader = () => import('../../shared/refi');
