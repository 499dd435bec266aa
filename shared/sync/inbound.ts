/**
 * Documents arriving from the server, as one changeset for the app's store. The inverse of
 * `docsForChangeset`: each live document puts its row (only when it differs from what the
 * project holds, so the app's own writes coming back change nothing), each tombstone deletes
 * its row. A transcript's row is put only once its text (`doctext:<id>`) is there too.
 */
import { TABLES, type Changeset, type ProjectPatch, type ProjectState } from '../model/changeset';
import type { Document, EntityTables, TableName } from '../model/types';
import { base64ToBytes } from './base64';
import type { SyncDoc } from './docs';
import { TABLE_OF_TYPE, type RowDocType } from './ids';

/** What arrived documents change, and the documents still waiting for their text. */
export interface InboundChanges {
  changeset: Changeset;
  /** `document:<id>` documents whose `doctext:<id>` has not arrived: put once it has. */
  waitingForText: string[];
}

function bodyOf(doc: SyncDoc): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) if (!key.startsWith('_') && key !== 'type') body[key] = value;
  return body;
}

/** JSON with keys in order (a row read back from a document lists its fields in another order). */
function canonical(value: unknown): unknown {
  if (value instanceof Uint8Array) return [...value];
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** The row id a document stands for, also for a tombstone whose body was stripped. */
function rowIdOf(table: TableName, doc: SyncDoc, state: ProjectState): string | undefined {
  if (typeof doc.id === 'string') return doc.id;
  const rest = doc._id.slice(doc._id.indexOf(':') + 1);
  if (table === 'cellSummaries' || table === 'triangulationNotes') {
    const [codeId, informantId] = rest.split(':');
    const rows = Object.values(state[table]) as { id: string; codeId: string; informantId?: string }[];
    return rows.find((r) => r.codeId === codeId && (table === 'triangulationNotes' || r.informantId === informantId))?.id;
  }
  return rest;
}

/** The rows of the same cell (one document) other than `row`: the arriving one replaces them. */
function sameCell(table: TableName, row: Record<string, unknown>, state: ProjectState): string[] {
  if (table !== 'cellSummaries' && table !== 'triangulationNotes') return [];
  return (Object.values(state[table]) as unknown as Record<string, unknown>[])
    .filter((r) => r.id !== row.id && r.codeId === row.codeId && (table === 'triangulationNotes' || r.informantId === row.informantId))
    .map((r) => String(r.id));
}

/**
 * The changeset the arrived documents (winning revisions, tombstones included) make to
 * `state`. `textOf(documentId)` gives the `doctext` document the replica holds, if any.
 */
export function changesFromDocs(state: ProjectState, docs: readonly SyncDoc[], textOf: (documentId: string) => SyncDoc | undefined): InboundChanges {
  const put: Partial<Record<TableName, unknown[]>> = {};
  const del: Partial<Record<TableName, string[]>> = {};
  const waitingForText: string[] = [];
  let project: ProjectPatch | undefined;
  const push = <T>(map: Partial<Record<TableName, T[]>>, table: TableName, value: T) => (map[table] ??= []).push(value);
  for (const doc of docs) {
    if (doc.type === 'project') {
      if (doc._deleted || doc.id !== state.project.id) continue;
      const body = bodyOf(doc);
      const patch: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(body)) {
        if (key === 'id' || key === 'createdAt' || key === 'modifiedAt') continue;
        if (!same(value, (state.project as unknown as Record<string, unknown>)[key])) patch[key] = value;
      }
      if (Object.keys(patch).length > 0) project = { ...project, ...(patch as ProjectPatch) };
      continue;
    }
    const table = TABLE_OF_TYPE[doc.type as RowDocType];
    if (!table) continue;
    const rows = state[table] as Record<string, unknown>;
    if (doc._deleted) {
      const id = rowIdOf(table, doc, state);
      if (id !== undefined && rows[id]) push(del, table, id);
      continue;
    }
    const row = bodyOf(doc);
    if (row.projectId !== undefined && row.projectId !== state.project.id) continue;
    const id = String(row.id);
    if (table === 'documents') {
      const held = rows[id] as Document | undefined;
      const text = textOf(id);
      if (text && !text._deleted) {
        row.text = typeof text.text === 'string' ? text.text : '';
        const original = text._attachments?.original;
        if (original?.data !== undefined) row.original = { mediaType: original.content_type, bytes: base64ToBytes(original.data) };
        else if (held?.original) row.original = held.original;
      } else if (held) {
        // The text is immutable once imported: a renamed document keeps the one it has.
        row.text = held.text;
        if (held.original) row.original = held.original;
      } else {
        waitingForText.push(doc._id);
        continue;
      }
    }
    if (!same(row, rows[id])) {
      push(put, table, row);
      for (const other of sameCell(table, row, state)) push(del, table, other);
    }
  }
  const changeset: Changeset = {};
  if (project) changeset.project = project;
  for (const table of TABLES) {
    if (put[table]?.length) (changeset.put ??= {})[table] = put[table] as EntityTables[typeof table][] as never;
    if (del[table]?.length) (changeset.delete ??= {})[table] = [...new Set(del[table])];
  }
  return { changeset, waitingForText };
}
