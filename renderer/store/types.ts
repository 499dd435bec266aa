/**
 * The shape of the renderer's zustand store. Feature folders read the smallest slice they
 * need with `useAppStore(selector)` and change the project only through `perform`, which
 * writes the changeset in one Dexie transaction, applies it to `current`, and records the
 * undo command. Derived data (counts, line numbers, retrieval) comes from shared/ functions.
 */
import type { ActionContext, ActionKind } from '../../shared/actions';
import type { Changeset, ProjectState } from '../../shared/model/changeset';
import type { CommentTarget, Locale, ProjectSnapshot } from '../../shared/model/types';
import type { SyncIdentity } from '../../shared/sync';
import type { WriterSlice } from './writer-slice';

export type ChangesetStoredListener = (projectId: string, before: ProjectState, forward: Changeset) => void;

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';

export interface ProjectSummary {
  id: string;
  title: string;
  researcher: string;
  modifiedAt: string;
  documents: number;
  segments: number;
}

export interface ProjectSlice {
  /** The open project, or null on the start screen. */
  current: ProjectState | null;
  saveStatus: SaveStatus;
  /** ISO time of the last successful write. */
  lastSavedAt: string | null;
  /** ISO time of the last automatic backup of the open project. */
  lastBackupAt: string | null;
  /** A message (already translated) for the last failed action; the project is unchanged. */
  lastError: string | null;
  projects: ProjectSummary[];
  refreshProjects(): Promise<void>;
  openProject(id: string): Promise<void>;
  /**
   * Opens the project that was open when the window last closed, if it is still stored;
   * resolves false (and says nothing) when it is gone, e.g. deleted in another window.
   */
  reopenProject(id: string): Promise<boolean>;
  closeProject(): void;
  /**
   * Runs one user action through shared/'s `commit`: `build` gets the project as it is when
   * the write queue reaches the action (never an older one) and who is acting. Resolves true
   * once stored (or when nothing changed); false when refused (the banner says why) or not saved.
   * `shown`, when given, runs once the stored action is shown, in the same update (e.g. to
   * select what the action made): the screen then renders once for both, not twice.
   */
  perform(kind: ActionKind, build: (state: ProjectState, context: ActionContext) => Changeset, shown?: () => void): Promise<boolean>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** i18n keys of the action undo/redo would revert/repeat, or null. */
  undoLabelKey: string | null;
  redoLabelKey: string | null;
  /**
   * Review mode: a supervisor comments and the student's work stays as it was. It starts and
   * ends only through these two (never by undo or by switching coder); each clears the undo
   * history, so undo never crosses it.
   */
  reviewing: boolean;
  startReview(supervisorCoderId: string): Promise<void>;
  endReview(): Promise<void>;
  /**
   * Team sync: who the server's roles say the connected user is in the open project (null: not
   * connected, or the roles are not known). An observer or a user without a role changes
   * nothing (every action is refused, in words); a second coder works only as themselves and a
   * supervisor only reviews as themselves (setActiveCoder, startReview and endReview refuse).
   */
  syncIdentity: SyncIdentity | null;
  setSyncIdentity(identity: SyncIdentity | null): void;
  /** Counts successful writes of the open project (perform, undo, redo); backups compare it. */
  revision: number;
  /**
   * Stores a new, imported or restored project and opens it. Once `signal` is aborted (the
   * student cancelled opening a file) nothing of it is stored or opened, and the promise
   * rejects with an AbortError.
   */
  addProject(snapshot: ProjectSnapshot, signal?: AbortSignal): Promise<void>;
  /** Deletes a project for good (the start screen asks first). */
  deleteProject(id: string): Promise<void>;
  /**
   * Re-reads the open project from storage after another tab wrote it, keeping the screen and
   * what is selected (when it still exists); the undo history starts over.
   */
  reloadCurrent(): Promise<void>;
  /**
   * Team sync: listens to every changeset this tab stored (actions, undo, redo) with the state
   * it was applied to; returns the function that stops listening.
   */
  onChangesetStored(listener: ChangesetStoredListener): () => void;
  /**
   * Team sync: stores what arrived from the server, built from the project as the write queue
   * reaches it, in one transaction; not undoable and not told to onChangesetStored.
   * Resolves false when the project is no longer open or the write failed.
   */
  applyRemote(projectId: string, build: (state: ProjectState) => Changeset): Promise<boolean>;
  /** Shows a message (already translated) in the error banner. */
  reportError(message: string): void;
  clearError(): void;
  setLastBackupAt(iso: string | null): void;
}

export type Screen =
  | 'start'
  | 'instruments'
  | 'data'
  | 'coding'
  | 'reduction'
  | 'display'
  | 'conclusions'
  | 'export'
  | 'retrieve'
  | 'agreement'
  | 'journal'
  | 'backups';

export interface UiSlice {
  locale: Locale;
  setLocale(locale: Locale): void;
  screen: Screen;
  setScreen(screen: Screen): void;
  /** The transcript open in the coding workspace. */
  activeDocumentId: string | null;
  /** The selected segment (inspector) and code (retrieval). */
  selectedSegmentId: string | null;
  selectedCodeId: string | null;
  openDocument(documentId: string): void;
  selectSegment(segmentId: string | null): void;
  selectCode(codeId: string | null): void;
  /** Opens the coding workspace at a segment and scrolls it into view. */
  revealSegment(segmentId: string): void;
  /** Offset the transcript view should scroll to (set by revealSegment / search results). */
  revealOffset: { documentId: string; offset: number; nonce: number } | null;
  /** Opens the reduction grid at a cell (indicator × informant), e.g. from a comment on it. */
  revealCell(codeId: string, informantId: string): void;
  /** The cell the reduction grid should scroll to (set by revealCell). */
  cellToReveal: { codeId: string; informantId: string; nonce: number } | null;
  /** The review comments panel beside every screen, and what a new comment there anchors to. */
  commentsOpen: boolean;
  commentTarget: CommentTarget | null;
  /** Opens the comments panel, on a target's thread when one is given. */
  openComments(target?: CommentTarget): void;
  closeComments(): void;
  /** Who is working now: codings, summaries, conclusions and comments record this coder (null = the owner). */
  activeCoderId: string | null;
  /**
   * Refused (false, with a sentence) while reviewing (review mode is left with endReview), and
   * while connected as a second coder or supervisor, for anyone but themselves.
   */
  setActiveCoder(coderId: string | null): boolean;
  /** Whether the transcript shows other coders' codings too (off: a second coder codes blind). */
  showOthersCodings: boolean;
  setShowOthersCodings(show: boolean): void;
}

export type AppStore = ProjectSlice & UiSlice & WriterSlice;
