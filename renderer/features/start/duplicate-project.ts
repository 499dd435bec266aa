/**
 * Opening a project file that is already among the recent projects: which one it is, and
 * the name of a second copy the student chooses to keep beside it.
 */
import type { ProjectSummary } from '../../store';

const ORIGINS_KEY = 'pilah.projectOrigins';

/**
 * The project id each stored project had in the file it was opened from (a copy gets fresh
 * ids), so that opening the same file again finds it even after a rename.
 */
export function loadProjectOrigins(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(ORIGINS_KEY) ?? '{}');
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    return {};
  }
}

export function rememberProjectOrigin(projectId: string, originalId: string, forget: readonly string[] = []): void {
  try {
    const origins = loadProjectOrigins();
    for (const id of forget) delete origins[id];
    origins[projectId] = originalId;
    globalThis.localStorage?.setItem(ORIGINS_KEY, JSON.stringify(origins));
  } catch {
    // Without storage only the match by title and researcher is left.
  }
}

const same = (a: string, b: string) => a.trim().localeCompare(b.trim(), undefined, { sensitivity: 'accent' }) === 0;

/**
 * The recent project this file is a copy of: the one with the file's project id (the project
 * it was saved from, or one opened from it before); else, for a file without Pilah's id or
 * one opened before that was remembered, the one with the same title and researcher.
 */
export function findDuplicate(
  file: { originalId: string | null; title: string; researcher: string },
  projects: readonly ProjectSummary[],
  origins: Readonly<Record<string, string>>,
): ProjectSummary | null {
  if (file.originalId) {
    // The project it was saved from first; then one opened from the same project before.
    const byId = projects.find((p) => p.id === file.originalId) ?? projects.find((p) => origins[p.id] === file.originalId);
    if (byId) return byId;
  }
  return projects.find((p) => same(p.title, file.title) && same(p.researcher, file.researcher)) ?? null;
}

/**
 * The title of a second copy: "<title> (salinan 2)", or the next number no recent project
 * has. `copyName(title, n)` words it in the student's language.
 */
export function copyTitle(title: string, projects: readonly ProjectSummary[], copyName: (title: string, n: number) => string): string {
  const taken = new Set(projects.map((p) => p.title.trim()));
  let n = 2;
  while (taken.has(copyName(title.trim(), n))) n++;
  return copyName(title.trim(), n);
}
