/**
 * The agreement screen's actions on the project, each one undoable step through the store:
 * accepting one coder's side of a disagreement, and importing a second coder's file.
 */
import { acceptCoding, AgreementError, importSecondCoder, type CoderId, type CodingRegion, type SecondCoderReport, type Side } from '../../../shared/agreement';
import { translate } from '../../../shared/i18n';
import type { ProjectSnapshot } from '../../../shared/model/types';
import { DomainError } from '../../../shared/project';
import { act, useAppStore } from '../../store';

function describe(err: unknown): string {
  const { locale } = useAppStore.getState();
  if (err instanceof AgreementError || err instanceof DomainError) return translate(locale, err.messageKey);
  return translate(locale, 'agreement:actionFailed', { detail: err instanceof Error ? err.message : String(err) });
}

/** Makes `side`'s coding of the region both coders' coding. Resolves false when refused. */
export async function acceptSide(region: CodingRegion, coderA: CoderId, coderB: CoderId, side: Side): Promise<boolean> {
  const { clearError, reportError } = useAppStore.getState();
  let refused = false;
  clearError();
  await act('acceptCoding', (state) => {
    try {
      return acceptCoding(state, region, coderA, coderB, side);
    } catch (err) {
      refused = true;
      reportError(describe(err));
      return {};
    }
  });
  return !refused && useAppStore.getState().lastError === null;
}

export type SecondCoderOutcome = { ok: true; coderId: string; report: SecondCoderReport } | { ok: false; message: string };

/** Adds the other file's codings as a new coder named `name`, as one undoable step. */
export async function importSecondCoderFile(other: ProjectSnapshot, name: string): Promise<SecondCoderOutcome | null> {
  const { clearError } = useAppStore.getState();
  clearError();
  let outcome: SecondCoderOutcome | null = null;
  await act('importSecondCoder', (state) => {
    try {
      const imported = importSecondCoder(state, other, { name });
      outcome = { ok: true, coderId: imported.coderId, report: imported.report };
      return imported.changeset;
    } catch (err) {
      outcome = { ok: false, message: describe(err) };
      return {};
    }
  });
  // A failed write is already in the error banner; the project is unchanged.
  return useAppStore.getState().lastError === null ? outcome : null;
}
