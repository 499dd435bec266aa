import { childrenOf } from '../../../shared/project';
import type { Code } from '../../../shared/model/types';
import { useAppStore } from '../../store';
import { pinnedCodes } from './pinned-codes';

/** The codes on keys 1–9: the children of the project's active framework code. */
export function usePinnedCodes(): Code[] {
  const current = useAppStore((s) => s.current);
  const activeId = current?.project.settings.activeFrameworkCodeId ?? null;
  // childrenOf is cached per codes table, so this stays cheap on every render.
  if (!current || !activeId || !current.codes[activeId]) return [];
  return pinnedCodes(childrenOf(current, activeId));
}
