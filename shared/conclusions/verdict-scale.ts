/**
 * The verdict scale of conclusions (default Optimal / Cukup optimal / Belum optimal) is the
 * student's to change: levels can be renamed, added, removed and reordered in one edit, and
 * the conclusions that used a level follow it.
 */
import type { Changeset, ProjectState } from '../model/changeset';
import type { Conclusion } from '../model/types';
import type { Authorship } from './conclusions';
import { ConclusionError } from './errors';

/** One level of the edited scale: its name, and the old level it was (null = a new level). */
export interface VerdictLevelEdit {
  name: string;
  from: string | null;
}

/** The current scale as edits that change nothing: the starting point of an editor. */
export function scaleAsEdits(state: ProjectState): VerdictLevelEdit[] {
  return state.project.settings.verdictScale.map((name) => ({ name, from: name }));
}

/**
 * Replaces the verdict scale by `levels`, best first. Names are trimmed; an empty name
 * ('empty-level'), two levels with the same name, ignoring case ('duplicate-level'), no
 * level at all ('empty-scale') or an old level that does not exist ('unknown-level') are
 * refused. A conclusion whose level was renamed gets the new name; one whose level was
 * removed becomes undecided (''). Returns an empty changeset when nothing changes.
 */
export function editVerdictScale(state: ProjectState, levels: readonly VerdictLevelEdit[], by: Authorship): Changeset {
  const old = state.project.settings.verdictScale;
  if (levels.length === 0) throw new ConclusionError('empty-scale');
  const seen = new Set<string>();
  const renamed = new Map<string, string>();
  for (const level of levels) {
    const name = level.name.trim();
    if (!name) throw new ConclusionError('empty-level');
    const key = name.toLocaleLowerCase();
    if (seen.has(key)) throw new ConclusionError('duplicate-level', name);
    seen.add(key);
    if (level.from === null) continue;
    if (!old.includes(level.from) || renamed.has(level.from)) throw new ConclusionError('unknown-level', level.from);
    renamed.set(level.from, name);
  }
  const scale = levels.map((level) => level.name.trim());

  const now = by.now ?? new Date().toISOString();
  const conclusions: Conclusion[] = [];
  for (const conclusion of Object.values(state.conclusions)) {
    // A verdict that was never on the scale (an imported file) is the student's to fix, not ours.
    if (!conclusion.verdict || !old.includes(conclusion.verdict)) continue;
    const verdict = renamed.get(conclusion.verdict) ?? '';
    if (verdict !== conclusion.verdict) conclusions.push({ ...conclusion, verdict, coderId: by.coderId, modifiedAt: now });
  }

  const unchanged = scale.length === old.length && scale.every((name, i) => name === old[i]);
  const changeset: Changeset = {};
  if (!unchanged) changeset.project = { settings: { ...state.project.settings, verdictScale: scale } };
  if (conclusions.length) changeset.put = { conclusions };
  return changeset;
}

/** How many conclusions carry each verdict, for an editor that says what a removal affects. */
export function verdictUsage(state: ProjectState): Map<string, number> {
  const usage = new Map<string, number>();
  for (const conclusion of Object.values(state.conclusions)) {
    if (conclusion.verdict) usage.set(conclusion.verdict, (usage.get(conclusion.verdict) ?? 0) + 1);
  }
  return usage;
}
