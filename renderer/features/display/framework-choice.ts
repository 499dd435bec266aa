/**
 * Which framework (or dimension) the reduction and display screens show. Kept outside the
 * screens so that moving between reduction and display keeps the student's choice.
 */
import { useMemo } from 'react';
import { create } from 'zustand';
import type { ProjectState } from '../../../shared/model/changeset';
import type { Locale } from '../../../shared/model/types';
import { childrenOf, codeLabel } from '../../../shared/project';
import { useAppStore } from '../../store';

export interface FrameworkOption {
  value: string;
  label: string;
  /** A top-level code (a framework) rather than one of its dimensions. */
  root: boolean;
}

/** The top-level codes, each followed by its sub-codes that have sub-codes of their own (its dimensions). */
export function frameworkOptions(state: ProjectState, locale: Locale): FrameworkOption[] {
  const out: FrameworkOption[] = [];
  for (const root of childrenOf(state, null)) {
    const rootLabel = codeLabel(root, locale);
    out.push({ value: root.id, label: rootLabel, root: true });
    for (const dimension of childrenOf(state, root.id)) {
      if (childrenOf(state, dimension.id).length > 0) out.push({ value: dimension.id, label: `${rootLabel} › ${codeLabel(dimension, locale)}`, root: false });
    }
  }
  return out;
}

const useChoice = create<{ codeId: string | null; set(codeId: string | null): void }>()((set) => ({
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
  const { codeId: chosen, set } = useChoice();
  const options = useMemo(() => {
    const state = useAppStore.getState().current;
    return state && codes ? frameworkOptions(state, locale) : [];
  }, [codes, locale]);
  const valid = (id: string | null): id is string => id !== null && options.some((option) => option.value === id);
  const codeId = valid(chosen) ? chosen : valid(active) ? active : (options[0]?.value ?? null);
  return { codeId, options, choose: set };
}
