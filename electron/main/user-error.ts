import type appStrings from '../../shared/i18n/strings/app';

/** A key of the `app` strings namespace. */
export type AppStringKey = keyof (typeof appStrings)['id'];

/**
 * An error the student should read: it carries an `app:` string key and its values, and the
 * IPC adapter translates it into the user's language. Any other error is reported as
 * "something unexpected went wrong" and logged in main only.
 */
export class UserError extends Error {
  constructor(
    readonly key: AppStringKey,
    readonly values: Record<string, string | number> = {},
    options?: { cause?: unknown },
  ) {
    super(key, options);
    this.name = 'UserError';
  }
}
