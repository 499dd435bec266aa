/**
 * Why the domain refused an action. Every refusal is thrown before a changeset exists, so a
 * refused action changes nothing; each front end turns it into one sentence in the user's
 * language through `messageKey` and `values` (the renderer's banner, the CLI's stderr).
 * The areas (codebook and coding, review, conclusions, agreement) subclass it only to name
 * the i18n namespace of their sentences.
 */
export abstract class Refusal<Code extends string = string> extends Error {
  readonly code: Code;
  /** Values for the sentence, e.g. how many segments a coder made. */
  readonly values: Record<string, string | number>;
  /** Where the sentences live, e.g. "commands:refused". */
  protected abstract readonly messagePrefix: string;

  constructor(code: Code, detail?: string | Record<string, string | number>) {
    const values = typeof detail === 'object' ? detail : {};
    const text = typeof detail === 'string' ? detail : Object.keys(values).length ? JSON.stringify(values) : '';
    super(text ? `${code}: ${text}` : code);
    this.code = code;
    this.values = values;
  }

  /** The i18n key of the sentence the user reads ("review:refused.coder-has-work"). */
  get messageKey(): string {
    return `${this.messagePrefix}.${this.code}`;
  }
}
