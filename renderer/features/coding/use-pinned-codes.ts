import type { Code } from '../../../shared/model/types';
import { useMemo } from 'react';
import { useAppStore } from '../../store';
import { pinnedCodes } from './pinned-codes';

/** The codes on keys 1–9: the leaf codes (indicators) below the project's active framework code. */
export function usePinnedCodes(): Code[] {
  const codes = useAppStore((s) => s.current?.codes);
  const activeId = useAppStore((s) => s.current?.project.settings.activeFrameworkCodeId ?? null);
  // Only the codes table and the choice matter, not every other project edit.
  return useMemo(() => {
    const current = useAppStore.getState().current;
    return current && codes ? pinnedCodes(current, activeId) : [];
  }, [codes, activeId]);
}
