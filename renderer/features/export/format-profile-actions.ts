/**
 * The project's format profile as the export dialog uses it: read from the project's settings
 * (the general default when none was chosen), changed only through `updateSettings` (one undo
 * step, saved with the project), read from and written to the .json file a supervisor hands out.
 */
import {
  defaultFormatProfile,
  describeFormatProfileError,
  FormatProfileError,
  formatProfileFileName,
  formatProfileJson,
  readFormatProfile,
  resolveFormat,
  withSettings,
  type AppendixFormat,
  type FormatProfile,
} from '../../../shared/appendix';
import type { PickedFile } from '../../../shared/ipc-contract';
import type { Locale, ProjectSettings } from '../../../shared/model/types';
import { updateProject } from '../../../shared/project';
import type { AppStore } from '../../store';

/** The profile the project's Word output follows. */
export function projectProfile(settings: ProjectSettings | undefined, locale: Locale): FormatProfile {
  return settings?.formatProfile ?? defaultFormatProfile(locale);
}

/** Saves `profile` as the project's, as one undoable step; resolves false when refused. */
export function saveProfile(perform: AppStore['perform'], profile: FormatProfile): Promise<boolean> {
  return perform('updateSettings', (state) => updateProject(state, { settings: { ...state.project.settings, formatProfile: profile } }));
}

/** Saves changed settings into the project's profile (a built-in's name marked as adjusted). */
export function saveSettings(perform: AppStore['perform'], current: FormatProfile, settings: AppendixFormat, locale: Locale): Promise<boolean> {
  return saveProfile(perform, withSettings(current, resolveFormat(settings), locale));
}

export type ProfileRead = { ok: true; profile: FormatProfile } | { ok: false; message: string };

/** A picked profile file, or the one sentence saying why it is refused (nothing is changed then). */
export function readProfileFile(file: PickedFile, locale: Locale): ProfileRead {
  try {
    return { ok: true, profile: readFormatProfile(new TextDecoder().decode(file.bytes)) };
  } catch (err) {
    if (err instanceof FormatProfileError) return { ok: false, message: describeFormatProfileError(err.problem, locale, file.name) };
    throw err;
  }
}

/** The profile as the file to save: its name and bytes. */
export function profileFile(profile: FormatProfile): { name: string; bytes: Uint8Array } {
  return { name: formatProfileFileName(profile), bytes: new TextEncoder().encode(formatProfileJson(profile)) };
}
