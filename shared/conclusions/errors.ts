/**
 * Why a conclusion action was refused. Like DomainError, the project is never partly
 * changed: an operation either returns a whole changeset or throws before producing one.
 */
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

export class ConclusionError extends Error {
  readonly code: ConclusionErrorCode;

  constructor(code: ConclusionErrorCode, detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'ConclusionError';
    this.code = code;
  }

  /** The i18n key of the sentence the student reads ("conclusions:refused.empty-level"). */
  get messageKey(): string {
    return `conclusions:refused.${this.code}`;
  }
}
