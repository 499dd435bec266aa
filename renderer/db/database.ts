import { Dexie, type EntityTable, type Table } from 'dexie';
import type {
  CellSummary,
  Code,
  Coder,
  Comment,
  Conclusion,
  Document,
  Informant,
  Project,
  Segment,
  TriangulationNote,
} from '../../shared/model/types';
import { DATABASE_NAME, declareSchema } from './schema';

/** A backup kept in IndexedDB when the app runs in a browser (no Electron main to write files). */
export interface StoredBackup {
  key?: number;
  projectId: string;
  title: string;
  createdAt: string;
  size: number;
  bytes: Uint8Array;
}

/** Small app-wide settings (the chosen language …). */
export interface MetaRow {
  key: string;
  value: unknown;
}

/** The app's one IndexedDB database. Only the repositories in this folder write to it. */
export class PilahDatabase extends Dexie {
  projects!: EntityTable<Project, 'id'>;
  codes!: EntityTable<Code, 'id'>;
  informants!: EntityTable<Informant, 'id'>;
  documents!: EntityTable<Document, 'id'>;
  segments!: EntityTable<Segment, 'id'>;
  coders!: EntityTable<Coder, 'id'>;
  cellSummaries!: EntityTable<CellSummary, 'id'>;
  triangulationNotes!: EntityTable<TriangulationNote, 'id'>;
  conclusions!: EntityTable<Conclusion, 'id'>;
  comments!: EntityTable<Comment, 'id'>;
  backups!: Table<StoredBackup, number>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    declareSchema(this);
  }
}

let shared: PilahDatabase | null = null;

/** The app's database, opened on first use (so merely importing the store needs no IndexedDB). */
export function getDatabase(): PilahDatabase {
  shared ??= new PilahDatabase();
  return shared;
}
