/** What the framework pickers of the reduction and display screens offer. */
import type { ProjectState } from '../../../shared/model/changeset';
import type { Locale } from '../../../shared/model/types';
import { childrenOf, codeLabel } from '../../../shared/project';

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
