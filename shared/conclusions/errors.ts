/**
 * Why a conclusion action was refused. Like DomainError, the project is never partly
 * changed: an operation either returns a whole changeset or throws before producing one.
 */
import { Refusal } from '../actions/refusal';

export const CONCLUSION_ERROR_CODES = [
  /** The verdict is not a level of the project's verdict scale. */
  'verdict-not-in-scale',
  /** A level of the verdict scale was left empty. */
  'empty-level',
  /** Two levels of the verdict scale carry the same name. */
  'duplicate-level',
  /** The verdict scale would have no level at all. */
  'empty-scale',
  /** An edit of the scale names an old level the scale does not have. */
  'unknown-level',
] as const;

export type ConclusionErrorCode = (typeof CONCLUSION_ERROR_CODES)[number];

export class ConclusionError extends Refusal<ConclusionErrorCode> {
  protected readonly messagePrefix = 'conclusions:refused';
  override readonly name = 'ConclusionError';
}
