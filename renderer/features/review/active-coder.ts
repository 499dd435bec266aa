/**
 * Who is working: the active coder, remembered per project on this machine, so a supervisor
 * who reopens the project is still reviewing and a second coder still codes as themselves.
 * localStorage, not the project: the choice belongs to this laptop, not to the file.
 */
import { useEffect } from 'react';
import { assertMayEdit, isReviewing } from '../../../shared/review';
import { useAppStore } from '../../store';
import { describeRefusal } from './review-actions';

const KEY_PREFIX = 'pilah.activeCoder.';

function remembered(projectId: string): string | null {
  try {
    return localStorage.getItem(KEY_PREFIX + projectId);
  } catch {
    return null; // storage blocked: the owner works, as in a new project
  }
}

/** Makes a coder (null = the owner) the active one and remembers it for this project. */
export function chooseActiveCoder(coderId: string | null): void {
  const { current, setActiveCoder } = useAppStore.getState();
  if (!current) return;
  try {
    if (coderId === null) localStorage.removeItem(KEY_PREFIX + current.project.id);
    else localStorage.setItem(KEY_PREFIX + current.project.id, coderId);
  } catch {
    // Not remembered on this machine; the choice still holds until the project closes.
  }
  setActiveCoder(coderId);
}

/** Restores the remembered coder whenever a project opens; a removed coder falls back to the owner. */
export function useRememberedCoder(): void {
  const projectId = useAppStore((s) => s.current?.project.id);
  const coders = useAppStore((s) => s.current?.coders);
  const activeCoderId = useAppStore((s) => s.activeCoderId);
  const setActiveCoder = useAppStore((s) => s.setActiveCoder);
  useEffect(() => {
    if (!projectId) return;
    const id = remembered(projectId);
    setActiveCoder(id !== null && useAppStore.getState().current?.coders[id] ? id : null);
  }, [projectId, setActiveCoder]);
  useEffect(() => {
    // The active coder was removed (or the removal of a just-added coder was undone).
    if (activeCoderId !== null && coders && !Object.hasOwn(coders, activeCoderId)) setActiveCoder(null);
  }, [activeCoderId, coders, setActiveCoder]);
}

/** True while a supervisor is the active coder: comments only. */
export function useReviewMode(): boolean {
  return useAppStore((s) => (s.current ? isReviewing(s.current, s.activeCoderId) : false));
}

/**
 * For edit actions of the coding workspace: in review mode says why the edit is not made
 * and returns true; otherwise returns false and the edit goes ahead.
 */
export function refuseInReviewMode(): boolean {
  const { current, activeCoderId, reportError } = useAppStore.getState();
  if (!current) return false;
  try {
    assertMayEdit(current, activeCoderId);
    return false;
  } catch (err) {
    reportError(describeRefusal(err));
    return true;
  }
}
