/**
 * Which framework (or dimension) the reduction and display screens show. Kept outside the
 * screens so that moving between reduction and display keeps the student's choice.
 */
import { useMemo } from 'react';
import { create } from 'zustand';
import { useAppStore } from '../../store';
import { frameworkOptions, type FrameworkOption } from './framework-options';

/** The choice itself (null = none yet); the app shell restores it when a project reopens. */
export const useFrameworkChoiceStore = create<{ codeId: string | null; set(codeId: string | null): void }>()((set) => ({
  codeId: null,
  set: (codeId) => set({ codeId }),
}));

/**
 * The chosen framework or dimension, falling back to the project's active framework (or
 * the first top-level code) while nothing valid is chosen; null when the project has no codes.
 */
export function useFrameworkChoice(): { codeId: string | null; options: FrameworkOption[]; choose(codeId: string | null): void } {
  const codes = useAppStore((s) => s.current?.codes);
  const active = useAppStore((s) => s.current?.project.settings.activeFrameworkCodeId ?? null);
  const locale = useAppStore((s) => s.locale);
  const { codeId: chosen, set } = useFrameworkChoiceStore();
  const options = useMemo(() => {
    const state = useAppStore.getState().current;
    return state && codes ? frameworkOptions(state, locale) : [];
  }, [codes, locale]);
  const valid = (id: string | null): id is string => id !== null && options.some((option) => option.value === id);
  const codeId = valid(chosen) ? chosen : valid(active) ? active : (options[0]?.value ?? null);
  return { codeId, options, choose: set };
}
