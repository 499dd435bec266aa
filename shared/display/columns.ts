/**
 * The columns of code × informant displays and which documents feed each of them: one
 * informant per column, or informants pooled by group or category — each fed by interviews —
 * and, in every display alike, "Observasi" and "Dokumen" for observation notes and documents.
 */
import { categoryLabel } from '../project/informant-category';
import type { ProjectState } from '../model/changeset';
import type { Document, Informant, Locale } from '../model/types';
import type { DisplayIndex } from './display-index';
import { displayLabel } from './labels';
import { COLUMN_KEYS, type MatrixColumn } from './types';

export interface ColumnLayout<C extends MatrixColumn = MatrixColumn> {
  columns: C[];
  /** The column each document feeds; documents not in the map feed none. */
  columnOfDocument: Map<string, number>;
  /** Columns shown only when some cell in them has data (the catch-all columns). */
  dropWhenEmpty: Set<number>;
}

export function informantLabel(informant: Informant): string {
  return informant.label.trim() || informant.name.trim() || '—';
}

/** Interviews feed the people columns; observation notes and documents have columns of their own. */
const isInterview = (document: Document): boolean => document.kind === 'interview';

/**
 * Adds the "Observasi" and "Dokumen" columns and places every observation note and document
 * in its own, whoever it is attached to: what an informant's column holds is what the
 * informant said. `always`: show a source column whenever the project has such documents
 * (triangulation: a silent source is a finding); else only when it has data in the rows.
 */
export function addSourceColumns<C extends MatrixColumn>(
  index: DisplayIndex,
  layout: ColumnLayout<C>,
  locale: Locale,
  make: (column: MatrixColumn, kind: 'observation' | 'document') => C,
  always: boolean,
): ColumnLayout<C> {
  for (const kind of ['observation', 'document'] as const) {
    const documents = index.documents.filter((document) => document.kind === kind);
    if (documents.length === 0) continue;
    const column = layout.columns.length;
    layout.columns.push(
      make({ key: kind === 'observation' ? COLUMN_KEYS.observation : COLUMN_KEYS.document, label: displayLabel(kind, locale), informantIds: [] }, kind),
    );
    for (const document of documents) layout.columnOfDocument.set(document.id, column);
    if (!always) layout.dropWhenEmpty.add(column);
  }
  return layout;
}

/**
 * One column per informant, in order, with their interviews; "No informant" for interviews
 * attached to nobody; then "Observasi" and "Dokumen" for observation notes and documents.
 */
export function informantLayout(index: DisplayIndex, locale: Locale): ColumnLayout {
  const columns: MatrixColumn[] = index.informants.map((informant) => ({
    key: informant.id,
    label: informantLabel(informant),
    informantIds: [informant.id],
  }));
  const position = new Map(index.informants.map((informant, i) => [informant.id, i]));
  const none = columns.length;
  columns.push({ key: COLUMN_KEYS.noInformant, label: displayLabel('noInformant', locale), informantIds: [] });
  const columnOfDocument = new Map<string, number>();
  for (const document of index.documents) {
    if (!isInterview(document)) continue;
    const informant = index.informantOfDocument.get(document.id);
    columnOfDocument.set(document.id, informant ? position.get(informant.id)! : none);
  }
  return addSourceColumns(index, { columns, columnOfDocument, dropWhenEmpty: new Set([none]) }, locale, (column) => column, false);
}

export type GroupBy = 'group' | 'category';

/**
 * One column per informant group (or category): those of the project settings in their
 * order, even when empty, then any other value informants carry, in informant order, each
 * fed by its informants' interviews; "No group"/"No category" for informants without one and
 * interviews of no informant; then "Observasi" and "Dokumen" (see addSourceColumns;
 * `alwaysSources` shows them even when empty).
 */
export function groupLayout(state: ProjectState, index: DisplayIndex, by: GroupBy, locale: Locale, alwaysSources = false): ColumnLayout {
  const settings = by === 'group' ? state.project.settings.informantGroups : state.project.settings.informantCategories;
  const valueOf = (informant: Informant): string => (by === 'group' ? informant.group : informant.category).trim();
  const names: string[] = [];
  const seen = new Set<string>();
  const addName = (name: string): void => {
    if (name && !seen.has(name)) {
      seen.add(name);
      names.push(name);
    }
  };
  for (const name of settings) addName(name.trim());
  for (const informant of index.informants) addName(valueOf(informant));

  const keyOf = by === 'group' ? COLUMN_KEYS.group : COLUMN_KEYS.category;
  const columns: MatrixColumn[] = names.map((name) => ({ key: keyOf(name), label: by === 'group' ? name : categoryLabel(name, locale), informantIds: [] }));
  const position = new Map(names.map((name, i) => [name, i]));
  const blank = columns.length;
  columns.push({
    key: by === 'group' ? COLUMN_KEYS.ungrouped : COLUMN_KEYS.uncategorised,
    label: displayLabel(by === 'group' ? 'noGroup' : 'noCategory', locale),
    informantIds: [],
  });
  for (const informant of index.informants) {
    columns[position.get(valueOf(informant)) ?? blank]!.informantIds.push(informant.id);
  }
  const columnOfDocument = new Map<string, number>();
  for (const document of index.documents) {
    if (!isInterview(document)) continue;
    const informant = index.informantOfDocument.get(document.id);
    columnOfDocument.set(document.id, informant ? (position.get(valueOf(informant)) ?? blank) : blank);
  }
  return addSourceColumns(index, { columns, columnOfDocument, dropWhenEmpty: new Set([blank]) }, locale, (column) => column, alwaysSources);
}
