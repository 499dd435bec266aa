/** Defaults shared by everything that makes a project from scratch or from an older file. */
import type { ProjectSnapshot } from './types';

/** The verdict scale most Indonesian theses use for a conclusion, best first. */
export const DEFAULT_VERDICT_SCALE: readonly string[] = ['Optimal', 'Cukup optimal', 'Belum optimal'];

type LaterTables = Pick<ProjectSnapshot, 'coders' | 'cellSummaries' | 'triangulationNotes' | 'conclusions' | 'comments'>;

/** The tables added after the first file format, empty: for new projects and files that lack them. */
export function emptyLaterTables(): LaterTables {
  return { coders: [], cellSummaries: [], triangulationNotes: [], conclusions: [], comments: [] };
}
