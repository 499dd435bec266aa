/**
 * A project as CouchDB documents and back. One document per row (`segment:<id>` …) carrying
 * the row's fields as they are, ownership (`coderId`, `authorId`) included, plus `type`; the
 * project row as `project:<id>`; a document's immutable text (and its original PDF or photo,
 * as an attachment) in `doctext:<documentId>`, so renaming a document or relinking its
 * informant writes a small revision instead of copying the transcript.
 */
import { applyChangeset, TABLES, type Changeset, type ProjectState } from '../model/changeset';
import type { Document, EntityTables, Project, ProjectSnapshot, TableName } from '../model/types';
import { base64ToBytes, bytesToBase64 } from './base64';
import { doctextDocId, projectDocId, rowDocId, TABLE_OF_TYPE, TYPE_OF_TABLE, type DocType, type RowDocType } from './ids';

/** An attachment as CouchDB sends it inline (`data`, base64) or as a stub (digest and length only). */
export interface SyncAttachment {
  content_type: string;
  data?: string;
  digest?: string;
  length?: number;
  stub?: boolean;
}

/** A document as stored in the project's database. */
export interface SyncDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  _attachments?: Record<string, SyncAttachment>;
  type: DocType;
  [field: string]: unknown;
}

/** Why documents could not become a project. */
export class SyncMappingError extends Error {
  constructor(readonly code: 'no-project' | 'several-projects') {
    super(code);
  }
}

const ORIGINAL = 'original';

function rowDoc<K extends TableName>(table: K, row: EntityTables[K]): SyncDoc {
  const fields = { ...(row as unknown as Record<string, unknown>) };
  if (table === 'documents') {
    delete fields.text;
    delete fields.original;
  }
  return { ...fields, _id: rowDocId(table, row as unknown as { id: string } & Record<string, unknown>), type: TYPE_OF_TABLE[table] };
}

function projectDoc(project: Project): SyncDoc {
  return { ...(project as unknown as Record<string, unknown>), _id: projectDocId(project.id), type: 'project' };
}

function doctextDoc(document: Document): SyncDoc {
  const doc: SyncDoc = { _id: doctextDocId(document.id), type: 'doctext', documentId: document.id, projectId: document.projectId, text: document.text };
  if (document.original) {
    doc._attachments = { [ORIGINAL]: { content_type: document.original.mediaType, data: bytesToBase64(document.original.bytes) } };
  }
  return doc;
}

/**
 * The rows that would share one document (two summaries of one cell, from a merged file): the
 * app shows the most recently modified, so that one is kept, as the app would write it.
 */
function shownRows<K extends TableName>(table: K, rows: readonly EntityTables[K][]): EntityTables[K][] {
  if (table !== 'cellSummaries' && table !== 'triangulationNotes') return [...rows];
  const kept = new Map<string, EntityTables[K]>();
  for (const row of rows) {
    const id = rowDocId(table, row as unknown as { id: string } & Record<string, unknown>);
    const other = kept.get(id) as { modifiedAt: string; id: string } | undefined;
    const mine = row as unknown as { modifiedAt: string; id: string };
    if (!other || mine.modifiedAt > other.modifiedAt || (mine.modifiedAt === other.modifiedAt && mine.id < other.id)) kept.set(id, row);
  }
  return [...kept.values()];
}

/** Every document of a project: the project, each row, and each document's text. */
export function snapshotToDocs(snapshot: ProjectSnapshot): SyncDoc[] {
  const docs: SyncDoc[] = [projectDoc(snapshot.project)];
  for (const table of TABLES) {
    for (const row of shownRows(table, snapshot[table] as EntityTables[typeof table][])) docs.push(rowDoc(table, row));
  }
  for (const document of snapshot.documents) docs.push(doctextDoc(document));
  return docs;
}

/** The row a document holds (its fields without CouchDB's and without `type`). */
function bodyOf(doc: SyncDoc): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) if (!key.startsWith('_') && key !== 'type') body[key] = value;
  return body;
}

/**
 * The project the (live) documents hold. Tombstones are skipped; a document whose text
 * has not arrived gets '' (the caller reports it). Rows are in id order, so two replicas
 * holding the same documents give the same snapshot.
 */
export function snapshotFromDocs(docs: readonly SyncDoc[]): ProjectSnapshot {
  const live = docs.filter((d) => !d._deleted);
  const projects = live.filter((d) => d.type === 'project');
  if (projects.length === 0) throw new SyncMappingError('no-project');
  if (projects.length > 1) throw new SyncMappingError('several-projects');
  const texts = new Map<string, SyncDoc>();
  for (const d of live) if (d.type === 'doctext') texts.set(String(d.documentId), d);
  const tables = Object.fromEntries(TABLES.map((t) => [t, [] as unknown[]])) as Record<TableName, unknown[]>;
  for (const d of live) {
    const table = TABLE_OF_TYPE[d.type as RowDocType];
    if (!table) continue;
    const row = bodyOf(d);
    if (table === 'documents') {
      const text = texts.get(String(row.id));
      row.text = typeof text?.text === 'string' ? text.text : '';
      const original = text?._attachments?.[ORIGINAL];
      if (original?.data !== undefined) row.original = { mediaType: original.content_type, bytes: base64ToBytes(original.data) };
    }
    tables[table].push(row);
  }
  for (const t of TABLES) (tables[t] as { id: string }[]).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { project: bodyOf(projects[0]!) as unknown as Project, ...(tables as unknown as Omit<ProjectSnapshot, 'project'>) };
}

/** The live documents whose text (`doctext:<id>`) is missing: a project written without them would lose their transcripts. */
export function documentsWithoutText(docs: readonly SyncDoc[]): string[] {
  const texts = new Set(docs.filter((d) => d.type === 'doctext' && !d._deleted).map((d) => String(d.documentId)));
  return docs.filter((d) => d.type === 'document' && !d._deleted && !texts.has(String(d.id))).map((d) => d._id);
}

/** The snapshot with every table in id order: what two replicas are compared by. */
export function canonicalSnapshot(snapshot: ProjectSnapshot): ProjectSnapshot {
  const out = { ...snapshot } as Record<string, unknown>;
  for (const t of TABLES) out[t] = [...(snapshot[t] as { id: string }[])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return out as unknown as ProjectSnapshot;
}

/**
 * The documents one committed changeset writes, given the state it was applied to: the rows
 * it puts, a tombstone for each row it deletes (`{...row, _deleted: true}`, so type and owner
 * stay readable by the server's rules and by filters), the project when its fields change,
 * and a document's text only when the document is new or its text changed.
 * The documents carry no `_rev`: the transport writes them on top of what it holds.
 */
export function docsForChangeset(before: ProjectState, changeset: Changeset): SyncDoc[] {
  const after = applyChangeset(before, changeset);
  const docs: SyncDoc[] = [];
  if (changeset.project && Object.keys(changeset.project).length > 0) docs.push(projectDoc(after.project));
  for (const table of TABLES) {
    const old = before[table] as Record<string, EntityTables[typeof table]>;
    const put = new Set<string>();
    for (const row of (changeset.put?.[table] ?? []) as EntityTables[typeof table][]) {
      const doc = rowDoc(table, row);
      put.add(doc._id);
      docs.push(doc);
      if (table === 'documents') {
        const document = row as Document;
        const previous = old[row.id] as Document | undefined;
        if (!previous || previous.text !== document.text || previous.original !== document.original) docs.push(doctextDoc(document));
      }
    }
    for (const id of changeset.delete?.[table] ?? []) {
      const row = old[id];
      if (!row) continue;
      const doc = rowDoc(table, row);
      // A row replaced in the same action by another of the same cell: the put is the news.
      if (put.has(doc._id)) continue;
      docs.push({ ...doc, _deleted: true });
      if (table === 'documents') docs.push({ ...doctextDoc(row as Document), _attachments: undefined, text: '', _deleted: true });
    }
  }
  // Two rows of one cell (a summary and its duplicate) are one document: written once.
  const seen = new Set<string>();
  return docs
    .filter((d) => !seen.has(d._id) && seen.add(d._id))
    .map((d) => (d._attachments === undefined && '_attachments' in d ? withoutKey(d, '_attachments') : d));
}

function withoutKey(doc: SyncDoc, key: string): SyncDoc {
  const copy = { ...doc };
  delete copy[key];
  return copy;
}
