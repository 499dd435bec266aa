/** Mantine's Select holds strings; the owner's coder id is null, so it travels as a marker. */
import type { CoderId } from '../../../shared/agreement';

const OWNER = '__owner__';

export const coderToValue = (id: CoderId): string => id ?? OWNER;
export const valueToCoder = (value: string): CoderId => (value === OWNER ? null : value);
