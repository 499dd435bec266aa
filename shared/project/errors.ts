/**
 * Why a domain operation refused to run. The project is never partly changed: an operation
 * either returns a whole changeset or throws this before producing anything.
 */
import { Refusal } from '../actions/refusal';

export const DOMAIN_ERROR_CODES = [
  /** The selection holds nothing but whitespace, or start ≥ end. */
  'empty-selection',
  /** A range reaches outside its document's text. */
  'invalid-range',
  /** Moving or merging would put a code under itself or one of its own sub-codes. */
  'cycle',
  /** A code cannot be merged into itself. */
  'merge-self',
  /** A label or title was left empty. */
  'empty-label',
  /** A colour is not written as #RRGGBB. */
  'invalid-color',
  /** Coding was asked for without any code. */
  'no-code',
  /** The code, segment, informant or document named no longer exists. */
  'not-found',
  /** The framework id is not one of the built-in templates. */
  'unknown-framework',
] as const;

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export class DomainError extends Refusal<DomainErrorCode> {
  protected readonly messagePrefix = 'commands:refused';
  override readonly name = 'DomainError';
}
