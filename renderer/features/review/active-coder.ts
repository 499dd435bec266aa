/**
 * Who is working, and review mode. The active coder is remembered per project on this
 * machine, so a second coder still codes as themselves after reopening; review mode is
 * remembered too, so a supervisor who reopens the project is still reviewing. localStorage,
 * not the project: the choice belongs to this laptop, not to the file.
 *
 * Review mode starts deliberately (choosing a supervisor as the one working, or opening a
 * file "for review") and ends only with "Selesai meninjau": neither undo nor switching to
 * another coder leaves it (the store refuses both).
 */
import { useEffect } from 'react';
import { addCoder, coderRole } from '../../../shared/review';
import { translate } from '../../../shared/i18n';
import { isReadOnlyIdentity, workLock } from '../../../shared/sync';
import { act, useAppStore } from '../../store';

const CODER_PREFIX = 'pilah.activeCoder.';
const REVIEW_PREFIX = 'pilah.reviewing.';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage blocked: the owner works, as in a new project
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Not remembered on this machine; the choice still holds until the project closes.
  }
}

/** Enters review mode as this supervisor coder and remembers it for the project. */
async function enterReview(coderId: string): Promise<void> {
  const { current, startReview } = useAppStore.getState();
  if (!current) return;
  await startReview(coderId);
  // Refused (team sync: connected as someone else), with the reason in the banner.
  if (!useAppStore.getState().reviewing || useAppStore.getState().activeCoderId !== coderId) return;
  write(REVIEW_PREFIX + current.project.id, coderId);
  write(CODER_PREFIX + current.project.id, coderId);
}

/**
 * Makes a coder (null = the owner) the one working. Choosing a supervisor starts review
 * mode; while reviewing, switching is refused with the reason (leave review mode first).
 */
export function chooseActiveCoder(coderId: string | null): void {
  const { current, setActiveCoder, reviewing } = useAppStore.getState();
  if (!current) return;
  if (!reviewing && coderId !== null && coderRole(current, coderId) === 'supervisor') {
    void enterReview(coderId);
    return;
  }
  if (setActiveCoder(coderId)) write(CODER_PREFIX + current.project.id, coderId);
}

/** "Selesai meninjau": the deliberate way out of review mode; the owner works again. */
export async function leaveReview(): Promise<void> {
  const { current, endReview } = useAppStore.getState();
  if (!current) return;
  await endReview();
  // Refused (team sync: connected as a supervisor), with the reason in the banner.
  if (useAppStore.getState().reviewing) return;
  write(REVIEW_PREFIX + current.project.id, null);
  write(CODER_PREFIX + current.project.id, null);
}

/**
 * "Buka untuk meninjau": the supervisor named `name` reviews the open project — their coder
 * (a supervisor of that name, or a new one) is the one working and review mode starts.
 */
export async function reviewAs(name: string): Promise<void> {
  const trimmed = name.trim();
  const current = useAppStore.getState().current;
  if (!current || !trimmed) return;
  const existing = Object.values(current.coders).find((c) => c.role === 'supervisor' && c.name.trim().toLocaleLowerCase() === trimmed.toLocaleLowerCase());
  let coderId = existing?.id ?? null;
  if (!coderId) {
    await act('addCoder', (state) => {
      const added = addCoder(state, { name: trimmed, role: 'supervisor' });
      coderId = added.coderId;
      return added.changeset;
    });
  }
  if (coderId) await enterReview(coderId);
}

/** Restores the remembered coder and review mode whenever a project opens. */
export function useRememberedCoder(): void {
  const projectId = useAppStore((s) => s.current?.project.id);
  const coders = useAppStore((s) => s.current?.coders);
  const activeCoderId = useAppStore((s) => s.activeCoderId);
  const reviewing = useAppStore((s) => s.reviewing);
  const setActiveCoder = useAppStore((s) => s.setActiveCoder);
  useEffect(() => {
    if (!projectId) return;
    // Connected as a second coder or supervisor: the server's roles say who works, not this laptop.
    if (workLock(useAppStore.getState().syncIdentity)) return;
    const exists = (id: string | null): id is string => id !== null && Boolean(useAppStore.getState().current?.coders[id]);
    const reviewer = read(REVIEW_PREFIX + projectId);
    if (exists(reviewer)) {
      void useAppStore.getState().startReview(reviewer);
      return;
    }
    const coder = read(CODER_PREFIX + projectId);
    setActiveCoder(exists(coder) ? coder : null);
  }, [projectId, setActiveCoder]);
  useEffect(() => {
    // The active coder was removed (or the removal of a just-added coder was undone). While
    // reviewing, the supervisor stays in review mode: only "Selesai meninjau" ends it. A
    // second coder connected to a server stays themselves (their coder row may come later).
    if (workLock(useAppStore.getState().syncIdentity)) return;
    if (!reviewing && activeCoderId !== null && coders && !Object.hasOwn(coders, activeCoderId)) setActiveCoder(null);
  }, [activeCoderId, coders, reviewing, setActiveCoder]);
}

/** True while a supervisor reviews: comments only. */
export function useReviewMode(): boolean {
  return useAppStore((s) => s.reviewing);
}

/**
 * Team sync: why the connected user may change nothing — 'observer', 'no-role' (the server's
 * roles do not name them) — or null when they may work.
 */
export function useReadOnlyRole(): 'observer' | 'no-role' | null {
  return useAppStore((s) => (isReadOnlyIdentity(s.syncIdentity) ? (s.syncIdentity?.role === 'observer' ? 'observer' : 'no-role') : null));
}

/**
 * True when the student's work is only read here: a supervisor reviews, or an observer of a
 * team-sync project reads. Editing controls hide or disable themselves; the store refuses
 * the actions in any case.
 */
export function useWorkLocked(): boolean {
  return useAppStore((s) => s.reviewing || isReadOnlyIdentity(s.syncIdentity));
}

/**
 * For controls that open a dialog or picker before any action runs: in review mode (or
 * read-only) says why the edit is not made and returns true; otherwise returns false and the
 * edit goes ahead. The store refuses the action itself in any case.
 */
export function refuseInReviewMode(): boolean {
  const { reviewing, syncIdentity, reportError, locale } = useAppStore.getState();
  if (isReadOnlyIdentity(syncIdentity)) {
    reportError(translate(locale, 'review:refused.read-only'));
    return true;
  }
  if (!reviewing) return false;
  reportError(translate(locale, 'review:refused.review-mode'));
  return true;
}
