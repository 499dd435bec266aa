/**
 * Synthetic projects for the benchmark: Indonesian-looking transcripts of a given size,
 * coded densely, built through the same shared/ functions the app uses.
 */
import { addImportedTranscripts, applyCodes, createProject } from '../shared/project';
import { applyChangeset, snapshotFromState, stateFromSnapshot, type ProjectState } from '../shared/model/changeset';
import type { ImportedTranscript, ProjectSnapshot } from '../shared/model/types';
import { detectTurns } from '../shared/text/turns';

const WORDS = (
  'program pemberdayaan pelaku usaha mikro dinas koperasi pelatihan pendampingan modal ' +
  'pemasaran produk sosialisasi kelompok anggota bantuan izin usaha halal kemasan desa ' +
  'kecamatan kabupaten kegiatan masyarakat ekonomi bazar pameran digital akses kredit'
).split(' ');

/** A transcript of about `words` words: alternating P:/I: turns of ~40 words, one per line. */
export function syntheticTranscript(words: number, seed = 1): string {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) & 0x7fffffff);
  const lines: string[] = ['Nama informan : Informan Uji', 'Jabatan : Pelaku UMKM', ''];
  let written = 0;
  let turn = 0;
  while (written < words) {
    const n = Math.min(40, words - written);
    const body = Array.from({ length: n }, () => WORDS[next() % WORDS.length]).join(' ');
    lines.push(`${turn % 2 === 0 ? 'P' : 'I'}: ${body[0]!.toUpperCase()}${body.slice(1)}.`);
    written += n;
    turn++;
  }
  return lines.join('\n');
}

export function importedFrom(title: string, text: string): ImportedTranscript {
  return { fileName: `${title}.txt`, title, text, turns: detectTurns(text), header: { extra: {} }, kind: 'interview' };
}

/**
 * A project with `documents` transcripts of `wordsEach` words and `segments` codings spread
 * evenly over them, each coding ~60 characters with one of the frameworks' ~40 codes; one
 * informant per transcript, alternating between the project's informant groups.
 */
export function syntheticProject(documents: number, wordsEach: number, segments: number): ProjectState {
  const snapshot = createProject({ title: 'Bench', frameworks: ['empowerment', 'edward3', 'factors'] });
  let state = stateFromSnapshot(snapshot);
  const imported = Array.from({ length: documents }, (_, i) => importedFrom(`T${i + 1}`, syntheticTranscript(wordsEach, i + 1)));
  state = applyChangeset(state, addImportedTranscripts(state, imported).changeset);
  const groups = state.project.settings.informantGroups;
  const grouped = Object.values(state.informants).map((informant, i) => ({ ...informant, group: groups[i % groups.length] ?? '' }));
  state = applyChangeset(state, { put: { informants: grouped } });
  const codeIds = Object.keys(state.codes);
  const docs = Object.values(state.documents);
  const perDoc = Math.ceil(segments / documents);
  const now = new Date().toISOString();
  const rows = [];
  for (const doc of docs) {
    const step = Math.max(1, Math.floor((doc.text.length - 80) / perDoc));
    for (let k = 0; k < perDoc && rows.length < segments; k++) {
      const start = k * step;
      rows.push({
        id: crypto.randomUUID(),
        projectId: state.project.id,
        documentId: doc.id,
        start,
        end: Math.min(doc.text.length, start + 60),
        codeIds: [codeIds[(k * 7) % codeIds.length]!],
        memo: '',
        reduced: k % 3 === 0 ? 'Pernyataan reduksi singkat.' : '',
        coderId: null,
        createdAt: now,
        modifiedAt: now,
      });
    }
  }
  return applyChangeset(state, { put: { segments: rows } });
}

export function syntheticSnapshot(documents: number, wordsEach: number, segments: number): ProjectSnapshot {
  return snapshotFromState(syntheticProject(documents, wordsEach, segments));
}

/** Applies one more coding to a state, as the coding workspace does. */
export function applyOneCoding(state: ProjectState): ProjectState {
  const doc = Object.values(state.documents)[0]!;
  const code = Object.values(state.codes)[1]!;
  return applyChangeset(state, applyCodes(state, { documentId: doc.id, start: 10, end: 50, codeIds: [code.id] }).changeset);
}

export const SECOND_CODER = 'koder-kedua';

/**
 * The project with a second coder who coded every transcript again: mostly the same, every
 * fifth segment shifted by ten characters and every seventh with another code.
 */
export function withSecondCoder(state: ProjectState): ProjectState {
  const codeIds = Object.keys(state.codes);
  const now = new Date().toISOString();
  const copies = Object.values(state.segments).map((segment, n) => ({
    ...segment,
    id: crypto.randomUUID(),
    coderId: SECOND_CODER,
    start: n % 5 === 0 ? segment.start + 10 : segment.start,
    codeIds: n % 7 === 0 ? [codeIds[(n * 3) % codeIds.length]!] : segment.codeIds,
    createdAt: now,
    modifiedAt: now,
  }));
  const coder = { id: SECOND_CODER, projectId: state.project.id, name: 'Koder Kedua', role: 'secondCoder' as const, createdAt: now };
  return applyChangeset(state, { put: { coders: [coder], segments: copies } });
}
