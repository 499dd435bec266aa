/**
 * The coders a project can compare: its owner (coder id null, the student who made it) and
 * every Coder row. Agreement always compares two of them, called A and B.
 */
import type { ProjectState } from '../model/changeset';
import type { Locale } from '../model/types';
import { coderName } from '../review/coders';

/** A coder's id in Segment.coderId: null = the project's owner. */
export type CoderId = string | null;

/** The name shown for a coder: the review feature's, so both screens name coders alike. */
export { coderName };

export interface CoderChoice {
  id: CoderId;
  /** The name to show: the coder's name, or the owner's (the researcher, else "Pemilik proyek"). */
  name: string;
  /** How many segments this coder made. */
  segments: number;
}

/** The owner and every coder of the project, owner first, then by name. */
export function coderChoices(state: ProjectState, locale: Locale): CoderChoice[] {
  const counts = new Map<CoderId, number>();
  for (const segment of Object.values(state.segments)) {
    const id = segment.coderId ?? null;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const others = Object.values(state.coders)
    .map((c) => ({ id: c.id as CoderId, name: c.name, segments: counts.get(c.id) ?? 0 }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  return [{ id: null, name: coderName(state, null, locale), segments: counts.get(null) ?? 0 }, ...others];
}

/**
 * Finds a coder by what a user typed: a coder's id, a coder's name (case-insensitive), or
 * the owner's name, "owner" or "pemilik". Returns undefined when nothing or several match.
 */
export function findCoder(state: ProjectState, typed: string): { id: CoderId } | undefined {
  const wanted = typed.trim().toLocaleLowerCase();
  if (!wanted) return undefined;
  if (wanted === 'owner' || wanted === 'pemilik') return { id: null };
  if (Object.hasOwn(state.coders, typed.trim())) return { id: typed.trim() };
  const byName = Object.values(state.coders).filter((c) => c.name.trim().toLocaleLowerCase() === wanted);
  if (byName.length === 1) return { id: byName[0]!.id };
  if (byName.length === 0 && state.project.researcher.trim().toLocaleLowerCase() === wanted) return { id: null };
  return undefined;
}

/**
 * The coder whose codings a project file stands for when the user names nobody: its owner
 * when they coded anything, else the only coder who did (NVivo and QualCoder name the
 * project's creator as owner, while each coding names the user who made it). Undefined when
 * several coders coded and the owner did not: the user has to choose. A file nobody coded
 * stands for its owner.
 */
export function codingCoder(state: ProjectState): { id: CoderId } | undefined {
  const coded = new Set<CoderId>();
  for (const segment of Object.values(state.segments)) coded.add(segment.coderId ?? null);
  if (coded.size === 0 || coded.has(null)) return { id: null };
  return coded.size === 1 ? { id: [...coded][0]! } : undefined;
}
