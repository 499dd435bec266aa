/**
 * Every user-visible string lives in a namespace file under ./strings, written once per
 * locale. The type makes English carry exactly the keys Indonesian has, so neither locale
 * can fall behind without the type check failing.
 */
export type Strings = Record<string, string>;

export interface Namespace<T extends Strings> {
  id: T;
  en: { [K in keyof T]: string };
}

export function defineStrings<T extends Strings>(ns: Namespace<T>): Namespace<T> {
  return ns;
}

/** Fills `{{name}}` placeholders, as i18next does, for code outside React (CLI, main, exports). */
export function interpolate(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
