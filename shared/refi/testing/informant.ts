import type { Informant } from '../../model/types';

/**
 * A test informant: the fields given, every other one empty, as the app makes a new
 * informant. The keys keep the order of the app's own rows, so written files compare alike.
 */
export function blankInformant({ id, projectId, label, order, ...fields }: Pick<Informant, 'id' | 'projectId' | 'label' | 'order'> & Partial<Informant>): Informant {
  return {
    id,
    projectId,
    label,
    name: '',
    position: '',
    category: '',
    group: '',
    interviewDate: '',
    place: '',
    attributes: {},
    memo: '',
    order,
    ...fields,
  };
}
