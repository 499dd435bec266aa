/**
 * The export dialog's choices for the open project — the parts, their order, the language —
 * remembered in this browser profile. The format is not among them: it is the project's
 * format profile, saved in the project itself.
 */
import { useEffect, useState } from 'react';
import type { AppendixPartInfo } from '../../../shared/appendix';
import type { Locale } from '../../../shared/model/types';
import { reconcileChoices, type ExportChoices } from './export-choices';

const storageKey = (projectId: string): string => `pilah.exportChoices.${projectId}`;

function readStored(projectId: string): unknown {
  try {
    const raw = localStorage.getItem(storageKey(projectId));
    return raw ? (JSON.parse(raw) as unknown) : null;
  } catch {
    // A damaged or unreadable entry only costs the remembered choices.
    return null;
  }
}

export function useExportChoices(projectId: string, registry: readonly AppendixPartInfo[], uiLocale: Locale) {
  const [choices, setChoices] = useState<ExportChoices>(() => reconcileChoices(readStored(projectId), registry, uiLocale));
  useEffect(() => {
    try {
      localStorage.setItem(storageKey(projectId), JSON.stringify({ parts: choices.parts, locale: choices.locale }));
    } catch {
      // Storage full or blocked: the choices still hold for this visit.
    }
  }, [projectId, choices]);
  return [choices, setChoices] as const;
}
