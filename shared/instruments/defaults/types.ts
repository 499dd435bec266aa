/**
 * The shape of the default instruments each built-in framework ships: per code of the
 * framework's template (by its stable key), questions with follow-ups, aspects to observe
 * and documents to collect. All wording was written for Pilah, in Indonesian and English;
 * the student edits it once it is in the project.
 */
import type { LocalizedText } from '../../model/types';

export interface DefaultQuestion {
  text: LocalizedText;
  probes?: LocalizedText[];
}

export interface DefaultListed {
  text: LocalizedText;
  /** Lokasi observasi / sumber dokumen. */
  where: LocalizedText;
}

export interface CodeDefaults {
  questions: DefaultQuestion[];
  observe?: DefaultListed[];
  documents?: DefaultListed[];
}

/** Defaults of one framework, by template key ("enabling.socialisation"). */
export type FrameworkDefaults = Record<string, CodeDefaults>;

/** A text in both languages (a short helper that keeps the default files readable). */
export const t2 = (id: string, en: string): LocalizedText => ({ id, en });

export const q = (id: string, en: string, ...probes: [string, string][]): DefaultQuestion => ({
  text: t2(id, en),
  probes: probes.map(([pid, pen]) => t2(pid, pen)),
});

export const item = (id: string, en: string, whereId: string, whereEn: string): DefaultListed => ({
  text: t2(id, en),
  where: t2(whereId, whereEn),
});
