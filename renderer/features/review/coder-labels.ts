/** How a coder is named in the review controls: name and role, the owner marked as such. */
import type { ProjectState } from '../../../shared/model/changeset';
import type { Coder, Locale } from '../../../shared/model/types';
import { translate } from '../../../shared/i18n';
import { coderName } from '../../../shared/review';

export function ownerLabel(state: ProjectState, locale: Locale): string {
  const name = state.project.researcher.trim();
  return name ? translate(locale, 'review:ownerNamed', { name }) : translate(locale, 'review:owner');
}

export function coderOptionLabel(coder: Coder, locale: Locale): string {
  return translate(locale, 'review:coderOption', { name: coder.name, role: translate(locale, `review:role.${coder.role}`) });
}

/** The active coder's label: the owner or a coder with their role. */
export function activeCoderLabel(state: ProjectState, coderId: string | null, locale: Locale): string {
  if (coderId === null) return ownerLabel(state, locale);
  const coder = state.coders[coderId];
  return coder ? coderOptionLabel(coder, locale) : coderName(state, coderId, locale);
}
