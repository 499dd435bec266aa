/**
 * Format profiles: a named bundle of every setting of the Word output (AppendixFormat), kept
 * in the project and written as a small .json file, so a supervisor can hand one file to a
 * whole cohort. A few built-in profiles follow the campus conventions of
 * `reference/campus-formats.md`. A profile file is read strictly: anything wrong is refused
 * with one sentence naming the file and the field, never guessed at.
 */
import { z } from 'zod';
import { translate } from '../i18n';
import type { Locale } from '../model/types';
import { appendixFormatSchema, DEFAULT_APPENDIX_FORMAT, FORMAT_LIMITS, marginsSchema, resolveFormat, type AppendixFormat } from './format';

export const FORMAT_PROFILE_KIND = 'pilah-format-profile';
export const FORMAT_PROFILE_VERSION = 1;
const NAME_MAX = 100;

/** A named set of every format setting. */
export interface FormatProfile {
  name: string;
  settings: AppendixFormat;
}

// A profile written before a setting existed lacks it: it takes the default, everything else is checked.
const partialSettingsSchema = appendixFormatSchema.extend({ margins: marginsSchema.partial() }).partial();

const complete = (profile: { name: string; settings: z.infer<typeof partialSettingsSchema> }): FormatProfile => ({
  name: profile.name,
  settings: resolveFormat({
    ...profile.settings,
    margins: { ...DEFAULT_APPENDIX_FORMAT.margins, ...profile.settings.margins },
  }),
});

const profileBodySchema = z.object({ name: z.string().trim().min(1).max(NAME_MAX), settings: partialSettingsSchema });

/**
 * The profile as a project file keeps it (`settings.formatProfile` of `pilah/project.json`);
 * settings missing from an older file take their defaults.
 */
export const storedFormatProfileSchema = profileBodySchema.transform(complete);

const profileFileSchema = profileBodySchema.extend({ kind: z.literal(FORMAT_PROFILE_KIND), version: z.literal(FORMAT_PROFILE_VERSION) });

/** The built-in profiles, by id: the general default and the campus conventions that vary most. */
export const BUILT_IN_PROFILE_IDS = ['umum', 'klasik', 'berurutan'] as const;
export type BuiltInProfileId = (typeof BUILT_IN_PROFILE_IDS)[number];

const BUILT_IN_SETTINGS: Record<BuiltInProfileId, AppendixFormat> = {
  // Newer guidelines: spacing 1.5, tables numbered per lampiran ("Tabel L3.1").
  umum: DEFAULT_APPENDIX_FORMAT,
  // The "2 spasi" faculties: capitals in lampiran titles, "Tabel 3.1" inside Lampiran 3, page numbers top right.
  klasik: { ...DEFAULT_APPENDIX_FORMAT, lineSpacing: 2, appendixTablePrefix: false, headingCase: 'upper', pageNumbers: 'header-right' },
  // Numbering straight through: "Lampiran A" holds "Tabel A.1"; Title Case titles, plain captions.
  berurutan: { ...DEFAULT_APPENDIX_FORMAT, appendixNumbering: 'letter', headingCase: 'title', captionBold: false, pageNumbers: 'footer-right' },
};

/** A built-in profile, named in `locale`. */
export function builtInProfile(id: BuiltInProfileId, locale: Locale): FormatProfile {
  return { name: translate(locale, `formatProfile:builtIn.${id}`), settings: { ...BUILT_IN_SETTINGS[id], margins: { ...BUILT_IN_SETTINGS[id].margins } } };
}

export function isBuiltInProfileId(value: string): value is BuiltInProfileId {
  return (BUILT_IN_PROFILE_IDS as readonly string[]).includes(value);
}

/** The profile of a project that never chose one: the general default. */
export function defaultFormatProfile(locale: Locale): FormatProfile {
  return builtInProfile('umum', locale);
}

const sameSettings = (a: AppendixFormat, b: AppendixFormat): boolean => JSON.stringify(resolveFormat(a)) === JSON.stringify(resolveFormat(b));

/** The built-in profile whose settings these are, or null for a profile of one's own. */
export function matchingBuiltIn(settings: AppendixFormat): BuiltInProfileId | null {
  return BUILT_IN_PROFILE_IDS.find((id) => sameSettings(settings, BUILT_IN_SETTINGS[id])) ?? null;
}

/**
 * The profile with changed settings. A built-in profile's name no longer fits once a setting
 * differs, so it becomes "Klasik (disesuaikan)" (and "Klasik" again when the settings come back
 * to it); a profile of one's own keeps its name.
 */
export function withSettings(profile: FormatProfile, settings: AppendixFormat, locale: Locale): FormatProfile {
  // Every name Pilah gave a built-in profile, adjusted or not, in either language, and the built-in it came from.
  const given = new Map<string, string>();
  for (const id of BUILT_IN_PROFILE_IDS) {
    for (const l of ['id', 'en'] as const) {
      const name = translate(l, `formatProfile:builtIn.${id}`);
      given.set(name, name);
      given.set(translate(l, 'formatProfile:customName', { name }), name);
    }
  }
  const base = given.get(profile.name);
  if (base === undefined) return { name: profile.name, settings };
  const match = matchingBuiltIn(settings);
  return { name: match ? builtInProfile(match, locale).name : translate(locale, 'formatProfile:customName', { name: base }), settings };
}

/** The .json file of a profile, readable and editable by hand. */
export function formatProfileJson(profile: FormatProfile): string {
  const file = { kind: FORMAT_PROFILE_KIND, version: FORMAT_PROFILE_VERSION, name: profile.name, settings: profile.settings };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name for a profile: its name, safe on every system, with .json. */
export function formatProfileFileName(profile: FormatProfile): string {
  // eslint-disable-next-line no-control-regex
  const safe = profile.name.replace(/[\u0000-\u001f<>:"/\\|?*]+/g, ' ').replace(/\s+/g, ' ').trim().replace(/[. ]+$/, '');
  return `${safe || 'format'}.json`;
}

/** What is wrong with a profile file; `field` is its path in the file ("settings.margins.top"). */
export type FormatProfileProblem =
  | { kind: 'notJson' }
  | { kind: 'notProfile' }
  | { kind: 'newerVersion'; version: number }
  | { kind: 'field'; field: string; rule: 'range'; min: number; max: number }
  | { kind: 'field'; field: string; rule: 'oneOf'; options: string[] }
  | { kind: 'field'; field: string; rule: 'tooLong'; max: number }
  | { kind: 'field'; field: string; rule: 'number' | 'wholeNumber' | 'text' | 'boolean' | 'object' | 'missing' | 'empty' | 'invalid' };

/** A profile file that cannot be used; nothing was changed. */
export class FormatProfileError extends Error {
  constructor(readonly problem: FormatProfileProblem) {
    super(`format profile refused: ${JSON.stringify(problem)}`);
    this.name = 'FormatProfileError';
  }
}

// Both ends of a number's range, for the sentence ("from 1 to 6"), by the setting's name.
const RANGES: Record<string, { min: number; max: number }> = {
  fontSize: FORMAT_LIMITS.fontSize,
  top: FORMAT_LIMITS.margin,
  left: FORMAT_LIMITS.margin,
  bottom: FORMAT_LIMITS.margin,
  right: FORMAT_LIMITS.margin,
  firstTableNumber: FORMAT_LIMITS.firstNumber,
  firstPageNumber: FORMAT_LIMITS.firstNumber,
  sourceYear: FORMAT_LIMITS.sourceYear,
};

function problemOf(issue: z.core.$ZodIssue, data: unknown): FormatProfileProblem {
  const field = issue.path.map(String).join('.');
  const key = String(issue.path.at(-1) ?? '');
  const value = issue.path.reduce<unknown>((at, step) => (at && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[step] : undefined), data);
  switch (issue.code) {
    case 'invalid_value':
      return { kind: 'field', field, rule: 'oneOf', options: issue.values.map((v) => JSON.stringify(v)) };
    case 'too_small':
    case 'too_big': {
      if (typeof value === 'string') {
        return issue.code === 'too_small' ? { kind: 'field', field, rule: 'empty' } : { kind: 'field', field, rule: 'tooLong', max: Number(issue.maximum) };
      }
      const range = RANGES[key];
      return range ? { kind: 'field', field, rule: 'range', ...range } : { kind: 'field', field, rule: 'invalid' };
    }
    case 'invalid_type': {
      if (value === undefined) return { kind: 'field', field, rule: 'missing' };
      if (issue.expected === 'int') return { kind: 'field', field, rule: 'wholeNumber' };
      const rule = ({ number: 'number', string: 'text', boolean: 'boolean', object: 'object' } as const)[issue.expected as 'number'];
      return { kind: 'field', field, rule: rule ?? 'invalid' };
    }
    default:
      return { kind: 'field', field, rule: 'invalid' };
  }
}

/**
 * Reads a profile file.
 *
 * @throws FormatProfileError when the text is not JSON, not a profile, or any setting has the
 *   wrong type or is out of range (the first such field is named)
 */
export function readFormatProfile(text: string): FormatProfile {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new FormatProfileError({ kind: 'notJson' });
  }
  if (!data || typeof data !== 'object' || Array.isArray(data) || (data as { kind?: unknown }).kind !== FORMAT_PROFILE_KIND) {
    throw new FormatProfileError({ kind: 'notProfile' });
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > FORMAT_PROFILE_VERSION) throw new FormatProfileError({ kind: 'newerVersion', version });
  const result = profileFileSchema.safeParse(data);
  if (!result.success) throw new FormatProfileError(problemOf(result.error.issues[0]!, data));
  return complete(result.data);
}

/** The one sentence that says which file was refused and why. */
export function describeFormatProfileError(problem: FormatProfileProblem, locale: Locale, fileName: string): string {
  const t = (key: string, values?: Record<string, string | number>) => translate(locale, `formatProfile:${key}`, values);
  let reason: string;
  if (problem.kind === 'notJson') reason = t('notJson');
  else if (problem.kind === 'notProfile') reason = t('notProfile', { kind: FORMAT_PROFILE_KIND });
  else if (problem.kind === 'newerVersion') reason = t('newerVersion', { version: problem.version });
  else if (problem.rule === 'range') reason = t('range', { field: problem.field, min: problem.min, max: problem.max });
  else if (problem.rule === 'oneOf') reason = t('oneOf', { field: problem.field, options: problem.options.join(', ') });
  else if (problem.rule === 'tooLong') reason = t('tooLong', { field: problem.field, max: problem.max });
  else reason = t(problem.rule, { field: problem.field });
  return t('refused', { file: fileName, reason });
}
