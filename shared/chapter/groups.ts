/**
 * The informants of the Bab IV draft's reduction summaries, pooled by informant group when the
 * project has groups (ASN, pelaku UMKM …), as theses present one group's view, then the next.
 */
import { displayLabel } from '../display/labels';
import type { ProjectState } from '../model/changeset';
import type { Informant, Locale } from '../model/types';

export interface InformantGroup {
  /** The group's name; null when the project has no groups (one pool, no group sentence). */
  name: string | null;
  informants: Informant[];
}

/**
 * The informants in order, in one pool when no informant has a group; else per group in the
 * order of the project settings, then other groups informants carry, then "Tanpa kelompok".
 */
export function informantGroups(state: ProjectState, ordered: Informant[], locale: Locale): InformantGroup[] {
  if (!ordered.some((informant) => informant.group.trim())) return [{ name: null, informants: ordered }];
  const names: string[] = [];
  for (const name of [...state.project.settings.informantGroups, ...ordered.map((informant) => informant.group)]) {
    if (name.trim() && !names.includes(name.trim())) names.push(name.trim());
  }
  const groups: InformantGroup[] = names.map((name) => ({ name, informants: ordered.filter((informant) => informant.group.trim() === name) }));
  const none = ordered.filter((informant) => !informant.group.trim());
  if (none.length) groups.push({ name: displayLabel('noGroup', locale), informants: none });
  return groups.filter((group) => group.informants.length > 0);
}
