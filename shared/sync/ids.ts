/**
 * Document ids of a project replicated through CouchDB: one database per project, one
 * document per row, `<type>:<id>`. The type is also a field of every document, so the
 * server's validate_doc_update can read it (and checks it matches the id's prefix).
 */
import type { TableName } from '../model/types';

/** The document type of each entity table (singular, as the VDU names them). */
export const TYPE_OF_TABLE = {
  codes: 'code',
  informants: 'informant',
  documents: 'document',
  segments: 'segment',
  coders: 'coder',
  cellSummaries: 'cellSummary',
  triangulationNotes: 'triangulationNote',
  conclusions: 'conclusion',
  comments: 'comment',
} as const satisfies Record<TableName, string>;

export type RowDocType = (typeof TYPE_OF_TABLE)[TableName];
/** Every document type: the rows', the project's own, and a document's immutable text. */
export type DocType = RowDocType | 'project' | 'doctext';

export const TABLE_OF_TYPE: Record<RowDocType, TableName> = Object.fromEntries(
  Object.entries(TYPE_OF_TABLE).map(([table, type]) => [type, table]),
) as Record<RowDocType, TableName>;

export const PROJECT_ID_PREFIX = 'project:';
export const DOCTEXT_ID_PREFIX = 'doctext:';

export const projectDocId = (projectId: string): string => `project:${projectId}`;
export const doctextDocId = (documentId: string): string => `doctext:${documentId}`;

/**
 * The document id of a row. Rows that stand for one place in the analysis get an id from
 * that place, so two machines writing the same cell collide (a conflict the student sees)
 * instead of leaving two rows side by side: a cell summary is keyed by code × informant,
 * a triangulation note by its indicator. Every other row is keyed by its own id.
 */
export function rowDocId(table: TableName, row: { id: string } & Record<string, unknown>): string {
  const type = TYPE_OF_TABLE[table];
  if (table === 'cellSummaries') return `${type}:${String(row.codeId)}:${String(row.informantId)}`;
  if (table === 'triangulationNotes') return `${type}:${String(row.codeId)}`;
  return `${type}:${row.id}`;
}

/** The type named by a document id's prefix (`segment:…` → `segment`), or '' when none. */
export function typeOfDocId(id: string): string {
  const colon = id.indexOf(':');
  return colon > 0 ? id.slice(0, colon) : '';
}
