/**
 * Inter-coder agreement: two coders' codings of the same transcripts compared at character
 * level (NVivo), segment level (MAXQDA, Brennan & Prediger) and on paragraph units
 * (Krippendorff's α); where they differ, and accepting one side into a merged coding.
 */
export { agreementReport, type AgreementOptions } from './report';
export { codingCoder, coderChoices, coderName, findCoder, type CoderChoice, type CoderId } from './coders';
export { compareCodings, type CompareScope, type ComparedCodings, type Side } from './coding-sets';
export { characterCounts, characterFigures } from './character';
export { DEFAULT_THRESHOLD, segmentCounts, segmentFigures } from './segment';
export { alphaFigures, paragraphUnits } from './alpha';
export { disagreementsFor, listDisagreements, type CodingRegion, type Disagreement } from './disagreements';
export { acceptCoding } from './accept';
export { importSecondCoder, type SecondCoderImport, type SecondCoderOptions, type SecondCoderReport } from './import-second-coder';
export { kappaBand } from './bands';
export { formulaTexts } from './formulas';
export { AgreementError, type AgreementErrorCode } from './errors';
export type * from './types';
export { formatCoefficient, formatPercent } from './format-figures';
export { unionOf as unionOfSpans, type Span } from './intervals';
