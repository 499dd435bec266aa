/**
 * Where the student left off in a project, kept per project in localStorage so that the app
 * (re)opens it there, as the README promises: the screen, the display and the framework it
 * shows, the open transcript and how far down each transcript was read.
 */
import type { Screen } from '../store';

export interface Place {
  screen: Screen;
  /** The transcript open in the coding workspace. */
  documentId: string | null;
  /** The first line on screen, per transcript. */
  topLines: Record<string, number>;
  /** The display screen's kind and cell mode, and the framework (or dimension) reduction and display show. */
  display: { kind: string | null; mode: string | null; by: string | null; frameworkCodeId: string | null };
}

const PREFIX = 'pilah.place.';
const SCREENS: readonly Screen[] = ['data', 'coding', 'reduction', 'display', 'conclusions', 'export', 'retrieve', 'agreement', 'journal', 'backups'];
/** Only the transcripts read last are kept: a project may have hundreds. */
const MAX_TOP_LINES = 50;

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** A stored place read back defensively: anything unknown or malformed is dropped, never trusted. */
export function parsePlace(raw: string | null): Place | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const screen = SCREENS.find((s) => s === v.screen);
  if (!screen) return null;
  const topLines: Record<string, number> = {};
  if (v.topLines && typeof v.topLines === 'object') {
    for (const [id, line] of Object.entries(v.topLines)) if (Number.isInteger(line) && (line as number) >= 0) topLines[id] = line as number;
  }
  const d = (v.display && typeof v.display === 'object' ? v.display : {}) as Record<string, unknown>;
  return {
    screen,
    documentId: text(v.documentId),
    topLines,
    display: { kind: text(d.kind), mode: text(d.mode), by: text(d.by), frameworkCodeId: text(d.frameworkCodeId) },
  };
}

export function loadPlace(projectId: string): Place | null {
  try {
    return parsePlace(globalThis.localStorage?.getItem(PREFIX + projectId) ?? null);
  } catch {
    return null;
  }
}

export function savePlace(projectId: string, place: Place): void {
  const lines = Object.entries(place.topLines);
  // The open transcript's line is always kept; the others only up to the limit.
  const kept = Object.fromEntries(lines.filter(([id]) => id === place.documentId).concat(lines.filter(([id]) => id !== place.documentId).slice(-MAX_TOP_LINES)));
  try {
    globalThis.localStorage?.setItem(PREFIX + projectId, JSON.stringify({ ...place, topLines: kept }));
  } catch {
    // Not being able to remember the place is no reason to interrupt the student.
  }
}

/** Forgets a deleted project's place. */
export function forgetPlace(projectId: string): void {
  try {
    globalThis.localStorage?.removeItem(PREFIX + projectId);
  } catch {
    // nothing to forget without storage
  }
}
