export { ReadOnlyBanner } from './ReadOnlyBanner';
export { useWriterLock } from './use-writer-lock';
export { deleteProjectUnlessOpenElsewhere } from './delete-project';
