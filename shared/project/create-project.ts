import { DEFAULT_VERDICT_SCALE, emptyLaterTables } from '../model/defaults';
import { instantiateFramework } from '../frameworks/instantiate';
import type { Code, FrameworkId, ProjectSnapshot } from '../model/types';
import { DomainError } from './errors';

export interface NewProjectInput {
  title: string;
  researcher?: string;
  institution?: string;
  /** Fokus penelitian. */
  focus?: string;
  /** Built-in frameworks to copy into the codebook, in order; empty = start with no codes. */
  frameworks: FrameworkId[];
}

/** Informant categories a new project offers; the student edits the list in settings. */
export const DEFAULT_INFORMANT_CATEGORIES: readonly string[] = ['Informan kunci', 'Informan utama', 'Informan pendukung'];
/** Informant groups for source triangulation, as in the seed studies (officials vs MSME actors). */
export const DEFAULT_INFORMANT_GROUPS: readonly string[] = ['ASN', 'Pelaku UMKM'];

/**
 * A new, empty project with the chosen frameworks copied into its codebook. The first
 * framework becomes the active one (its dimensions get the number keys while coding).
 * Throws DomainError('empty-label') when the title is blank.
 */
export function createProject(input: NewProjectInput, now: string = new Date().toISOString()): ProjectSnapshot {
  const title = input.title.trim();
  if (!title) throw new DomainError('empty-label', 'title');
  const projectId = crypto.randomUUID();
  const roots: Code[] = [];
  const codes: Code[] = [];
  // A framework chosen twice would only duplicate its codes.
  [...new Set(input.frameworks)].forEach((frameworkId, i) => {
    const copied = instantiateFramework(frameworkId, projectId, i);
    roots.push(copied[0]!);
    codes.push(...copied);
  });
  return {
    project: {
      id: projectId,
      title,
      researcher: input.researcher?.trim() ?? '',
      institution: input.institution?.trim() ?? '',
      focus: input.focus?.trim() ?? '',
      journal: '',
      settings: {
        informantCategories: [...DEFAULT_INFORMANT_CATEGORIES],
        informantGroups: [...DEFAULT_INFORMANT_GROUPS],
        activeFrameworkCodeId: roots[0]?.id ?? null,
        verdictScale: [...DEFAULT_VERDICT_SCALE],
      },
      createdAt: now,
      modifiedAt: now,
    },
    codes,
    informants: [],
    documents: [],
    segments: [],
    ...emptyLaterTables(),
  };
}
