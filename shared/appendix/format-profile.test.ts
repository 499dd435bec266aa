import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { EXTRAS_PATH } from '../refi/extras';
import { readQdpx } from '../refi/read-qdpx';
import { realisticProject } from '../refi/testing/realistic-project';
import { writeQdpx } from '../refi/write-qdpx';
import {
  BUILT_IN_PROFILE_IDS,
  builtInProfile,
  DEFAULT_APPENDIX_FORMAT,
  describeFormatProfileError,
  FormatProfileError,
  formatProfileFileName,
  formatProfileJson,
  matchingBuiltIn,
  readFormatProfile,
  withSettings,
  type FormatProfile,
} from './index';

const klasik = (): Record<string, unknown> => JSON.parse(formatProfileJson(builtInProfile('klasik', 'id'))) as Record<string, unknown>;
const withSetting = (patch: Record<string, unknown>) => JSON.stringify({ ...klasik(), settings: { ...(klasik().settings as object), ...patch } });

/** The sentence a refused file gets, in the language asked for. */
function refusal(text: string, locale: 'id' | 'en', file = 'fisip-2024.json'): string {
  try {
    readFormatProfile(text);
  } catch (err) {
    if (err instanceof FormatProfileError) return describeFormatProfileError(err.problem, locale, file);
    throw err;
  }
  throw new Error('the profile was accepted');
}

describe('format profile files', () => {
  it.each(BUILT_IN_PROFILE_IDS)('the built-in profile %s comes back whole from its own file, in both languages', (id) => {
    for (const locale of ['id', 'en'] as const) {
      const profile = builtInProfile(id, locale);
      expect(readFormatProfile(formatProfileJson(profile))).toEqual(profile);
      expect(matchingBuiltIn(profile.settings)).toBe(id);
    }
  });

  it('is a small readable JSON file named after the profile', () => {
    const profile = builtInProfile('klasik', 'id');
    const text = formatProfileJson(profile);
    expect(JSON.parse(text)).toMatchObject({ kind: 'pilah-format-profile', version: 1, name: 'Klasik (spasi 2)', settings: { lineSpacing: 2, margins: { top: 4 } } });
    expect(formatProfileFileName(profile)).toBe('Klasik (spasi 2).json');
    expect(formatProfileFileName({ ...profile, name: 'FIA/UB: 2021?' })).toBe('FIA UB 2021.json');
  });

  it('gives settings a file written before they existed their defaults', () => {
    const old = JSON.stringify({ kind: 'pilah-format-profile', version: 1, name: 'Lama', settings: { lineSpacing: 2, margins: { left: 3 } } });
    expect(readFormatProfile(old).settings).toEqual({ ...DEFAULT_APPENDIX_FORMAT, lineSpacing: 2, margins: { top: 4, left: 3, bottom: 3, right: 3 } });
  });

  it.each([
    ['not JSON', '{"kind": "pilah-format-profile",', 'Profil format "fisip-2024.json" ditolak: isinya bukan JSON yang sah.', 'The format profile "fisip-2024.json" was refused: it is not valid JSON.'],
    [
      'another JSON file',
      '{"name": "pilah", "version": "1.0.0"}',
      'Profil format "fisip-2024.json" ditolak: berkas ini bukan profil format Pilah (kolom "kind" harus "pilah-format-profile").',
      'The format profile "fisip-2024.json" was refused: it is not a Pilah format profile (the field "kind" must be "pilah-format-profile").',
    ],
    [
      'a margin out of range',
      withSetting({ margins: { top: 4, left: 40, bottom: 3, right: 3 } }),
      'Profil format "fisip-2024.json" ditolak: kolom "settings.margins.left" harus angka dari 1 sampai 6.',
      'The format profile "fisip-2024.json" was refused: the field "settings.margins.left" must be a number from 1 to 6.',
    ],
    [
      'a margin written as text',
      withSetting({ margins: { top: '4 cm', left: 4, bottom: 3, right: 3 } }),
      'Profil format "fisip-2024.json" ditolak: kolom "settings.margins.top" harus berupa angka.',
      'The format profile "fisip-2024.json" was refused: the field "settings.margins.top" must be a number.',
    ],
    [
      'an unknown line spacing',
      withSetting({ lineSpacing: 1.15 }),
      'Profil format "fisip-2024.json" ditolak: kolom "settings.lineSpacing" harus salah satu dari 1.5, 2.',
      'The format profile "fisip-2024.json" was refused: the field "settings.lineSpacing" must be one of 1.5, 2.',
    ],
    [
      'a switch that is not true or false',
      withSetting({ captionBold: 'ya' }),
      'Profil format "fisip-2024.json" ditolak: kolom "settings.captionBold" harus true atau false.',
      'The format profile "fisip-2024.json" was refused: the field "settings.captionBold" must be true or false.',
    ],
    [
      'a page number that is not whole',
      withSetting({ firstPageNumber: 80.5 }),
      'Profil format "fisip-2024.json" ditolak: kolom "settings.firstPageNumber" harus bilangan bulat.',
      'The format profile "fisip-2024.json" was refused: the field "settings.firstPageNumber" must be a whole number.',
    ],
    [
      'a profile without a name',
      JSON.stringify({ ...klasik(), name: '  ' }),
      'Profil format "fisip-2024.json" ditolak: kolom "name" tidak boleh kosong.',
      'The format profile "fisip-2024.json" was refused: the field "name" must not be empty.',
    ],
    [
      'a profile from a newer Pilah',
      JSON.stringify({ ...klasik(), version: 2 }),
      'Profil format "fisip-2024.json" ditolak: profil ini dibuat oleh Pilah yang lebih baru (versi 2); perbarui Pilah untuk memakainya.',
      'The format profile "fisip-2024.json" was refused: it was made by a newer Pilah (version 2); update Pilah to use it.',
    ],
  ])('refuses %s in one sentence naming the file and the field', (_what, text, id, en) => {
    expect(refusal(text, 'id')).toBe(id);
    expect(refusal(text, 'en')).toBe(en);
  });

  it('renames a built-in profile once its settings differ, and keeps a profile of one’s own', () => {
    const changed = { ...DEFAULT_APPENDIX_FORMAT, lineSpacing: 2 as const };
    expect(withSettings(builtInProfile('umum', 'id'), changed, 'id').name).toBe('Umum (spasi 1,5) (disesuaikan)');
    expect(withSettings(builtInProfile('umum', 'en'), changed, 'en').name).toBe('General (spacing 1.5) (adjusted)');
    expect(withSettings({ name: 'FIA 2024', settings: DEFAULT_APPENDIX_FORMAT }, changed, 'id').name).toBe('FIA 2024');
    // Set back to a built-in's settings, the adjusted profile takes that profile's name again.
    const adjusted = withSettings(builtInProfile('klasik', 'id'), changed, 'id');
    expect(adjusted.name).toBe('Klasik (spasi 2) (disesuaikan)');
    expect(withSettings(adjusted, DEFAULT_APPENDIX_FORMAT, 'id').name).toBe('Umum (spasi 1,5)');
  });
});

describe('a format profile in the project file', () => {
  const profile: FormatProfile = { name: 'FIA angkatan 2024', settings: { ...builtInProfile('berurutan', 'id').settings, margins: { top: 4, left: 3, bottom: 3, right: 3 } } };

  it('travels with the project and comes back whole', () => {
    const snapshot = realisticProject();
    snapshot.project.settings.formatProfile = profile;
    const { snapshot: read } = readQdpx(writeQdpx(snapshot));
    expect(read.project.settings.formatProfile).toEqual(profile);
  });

  it('leaves files without one (older Pilah) opening with the default, and the same bytes', () => {
    const snapshot = realisticProject();
    const bytes = writeQdpx(snapshot, { now: '2026-01-01T00:00:00Z' });
    expect(strFromU8(unzipSync(bytes)[EXTRAS_PATH]!)).not.toContain('formatProfile');
    const { snapshot: read, warnings } = readQdpx(bytes);
    expect(warnings).toEqual([]);
    expect(read.project.settings.formatProfile).toBeUndefined();
    expect(read.project.settings.verdictScale).toEqual(snapshot.project.settings.verdictScale);
  });

  it('drops only a damaged profile: the rest of the project still opens', () => {
    const snapshot = realisticProject();
    snapshot.project.settings.formatProfile = profile;
    const files = unzipSync(writeQdpx(snapshot));
    const extras = JSON.parse(strFromU8(files[EXTRAS_PATH]!)) as { project: { settings: { formatProfile: { settings: { margins: { top: number } } } } } };
    extras.project.settings.formatProfile.settings.margins.top = 99;
    files[EXTRAS_PATH] = strToU8(JSON.stringify(extras));
    const { snapshot: read, warnings } = readQdpx(zipSync(files));
    expect(warnings).toEqual([]);
    expect(read.project.settings.formatProfile).toBeUndefined();
    expect(read.segments.map((s) => s.reduced).sort()).toEqual(snapshot.segments.map((s) => s.reduced).sort());
  });
});
