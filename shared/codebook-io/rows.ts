/**
 * A codebook as rows of a table (name, parent, definition, colour), the shape both the CSV
 * and the XLSX files hold. Parents are written as a name path ("Pemberdayaan::Enabling")
 * so that two codes of the same name under different parents stay apart.
 */
import type { Code, Locale } from '../model/types';

/** One code as a spreadsheet row; every cell is text. */
export interface CodebookRow {
  name: string;
  /** Empty for a top-level code; else the parent's name or name path `A::B`. */
  parent: string;
  definition: string;
  /** `#RRGGBB`, or empty to let Pilah choose. */
  colour: string;
}

/** A row written from the project, with the code it stands for. */
export interface CodeRow extends CodebookRow {
  codeId: string;
}

/** A row read from a file, with the row number the student sees in Excel (header = 1). */
export interface NumberedRow extends CodebookRow {
  row: number;
}

/** Separates the levels of a parent path, as ATLAS.ti writes flattened hierarchies. */
export const PATH_SEPARATOR = '::';

const text = (value: { id: string; en: string }, locale: Locale): string => {
  const other: Locale = locale === 'id' ? 'en' : 'id';
  return value[locale].trim() || value[other].trim();
};

/**
 * The rows of a codebook in tree order (each parent before its children, siblings in their
 * order), names and definitions in `locale` with the other language as fallback.
 */
export function codebookRows(codes: readonly Code[], locale: Locale): CodeRow[] {
  const ids = new Set(codes.map((c) => c.id));
  const children = new Map<string | null, Code[]>();
  for (const code of codes) {
    const parent = code.parentId !== null && ids.has(code.parentId) ? code.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), code]);
  }
  for (const siblings of children.values()) siblings.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  const rows: CodeRow[] = [];
  const visited = new Set<string>();
  const visit = (code: Code, path: string[]): void => {
    visited.add(code.id);
    const name = text(code.label, locale) || code.id;
    rows.push({ codeId: code.id, name, parent: path.join(PATH_SEPARATOR), definition: text(code.definition, locale), colour: code.color.toUpperCase() });
    for (const child of children.get(code.id) ?? []) if (!visited.has(child.id)) visit(child, [...path, name]);
  };
  for (const root of children.get(null) ?? []) visit(root, []);
  // Codes caught in a parent cycle cannot be reached from the top; they are written at the top.
  for (const code of codes) if (!visited.has(code.id)) visit(code, []);
  return rows;
}
