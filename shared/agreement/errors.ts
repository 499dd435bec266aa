/**
 * Why an agreement comparison or an import of a second coder's file could not be done.
 * Nothing is changed when one is thrown; `messageKey` names the sentence for the student.
 */
import { Refusal } from '../actions/refusal';

export const AGREEMENT_ERROR_CODES = [
  /** Coder A and coder B are the same coder. */
  'same-coder',
  /** The overlap threshold is not a number from 1 to 100. */
  'bad-threshold',
  /** No transcript was coded by both coders (or, importing, none has the same text). */
  'no-shared-transcripts',
  /** The second coder needs a name. */
  'empty-coder-name',
  /** The second coder's file holds no coding that could be placed in this project. */
  'nothing-to-import',
] as const;

export type AgreementErrorCode = (typeof AGREEMENT_ERROR_CODES)[number];

export class AgreementError extends Refusal<AgreementErrorCode> {
  protected readonly messagePrefix = 'agreement:error';
  override readonly name = 'AgreementError';
}
