/**
 * How an informant's fields travel as REFI-QDA Case variables. Pilah writes Indonesian
 * variable names; on reading, Indonesian and English names are both accepted (any case),
 * and every other variable becomes a free attribute.
 */
import type { Informant } from '../model/types';

/** The informant fields that have their own variable. */
export type InformantField = 'name' | 'position' | 'category' | 'group' | 'interviewDate' | 'place';

/** The variable name Pilah writes for each field, in writing order. */
export const FIELD_VARIABLES: readonly { field: InformantField; name: string }[] = [
  { field: 'name', name: 'Nama' },
  { field: 'position', name: 'Jabatan' },
  { field: 'category', name: 'Kategori' },
  { field: 'group', name: 'Kelompok' },
  { field: 'interviewDate', name: 'Tanggal wawancara' },
  { field: 'place', name: 'Tempat' },
];

const ACCEPTED_NAMES = new Map<string, InformantField>(Object.entries({
  nama: 'name',
  name: 'name',
  pseudonim: 'name',
  pseudonym: 'name',
  jabatan: 'position',
  position: 'position',
  role: 'position',
  peran: 'position',
  kategori: 'category',
  'kategori informan': 'category',
  category: 'category',
  'informant category': 'category',
  kelompok: 'group',
  'kelompok informan': 'group',
  group: 'group',
  'informant group': 'group',
  'tanggal wawancara': 'interviewDate',
  tanggal: 'interviewDate',
  'hari/tanggal': 'interviewDate',
  'interview date': 'interviewDate',
  date: 'interviewDate',
  tempat: 'place',
  lokasi: 'place',
  'tempat wawancara': 'place',
  place: 'place',
  location: 'place',
  'interview place': 'place',
} satisfies Record<string, InformantField>));

/** The informant field a variable name stands for, or null for a free attribute. */
export function fieldForVariable(variableName: string): InformantField | null {
  return ACCEPTED_NAMES.get(variableName.trim().toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

/** Every variable the informants need: the fixed fields, then each free attribute name once. */
export function attributeNames(informants: readonly Informant[]): string[] {
  const names = new Set<string>();
  for (const informant of informants) for (const name of Object.keys(informant.attributes)) names.add(name);
  return [...names];
}
