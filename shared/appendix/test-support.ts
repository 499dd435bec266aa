/**
 * A small, hand-made project for the appendix tests: the empowerment framework, two
 * interviews (a Kepala Bidang and a shop owner) and one observation note, coded so that
 * quotes span lines, one code is used twice and a sub-tree stays empty; and the same project
 * with the student's analysis (summaries, a triangulation note, conclusions) for the matrices.
 */
import type { ProjectState } from '../model/changeset';
import { applyChangeset, stateFromSnapshot } from '../model/changeset';
import type { CellSummary, Conclusion, Document, DocumentKind, Informant, Segment, TriangulationNote } from '../model/types';
import { codeLabel } from '../project/code-tree';
import { createProject } from '../project/create-project';
import { blankInformant } from '../refi/testing/informant';
import { detectTurns } from '../text/turns';

export const NOW = '2024-02-01T08:00:00.000Z';

export const KABID_TEXT = [
  'Transkrip Wawancara',
  'Nama : Sri Rahayu',
  'Jabatan : Kepala Bidang Pemberdayaan UMKM',
  '',
  'P: Bagaimana program pemberdayaan disosialisasikan?',
  'I: Kami sosialisasi lewat camat dan grup WhatsApp.',
  'Pesertanya dari semua kecamatan.',
  'P: Apakah ada pelatihan?',
  '[00:04:10] I: Ada pelatihan pengemasan setiap bulan.',
].join('\n');

export const SHOP_TEXT = ['P: Bapak tahu program ini dari mana?', 'I: Dari tetangga, saya tidak masuk grup.', ''].join('\n');

export const OBSERVATION_TEXT = ['Gelar produk di alun-alun, Minggu pagi.', 'Pengunjung ramai, stan keripik habis sebelum siang.'].join('\n');

export interface Fixture {
  state: ProjectState;
  kabid: Informant;
  shop: Informant;
  segments: Record<'sosialisasi' | 'pelatihan' | 'tetangga' | 'observasi', Segment>;
  documents: Record<'kabid' | 'shop' | 'observation', Document>;
}

/** The project described above. */
export function handMadeProject(): Fixture {
  const snapshot = createProject(
    { title: 'Pemberdayaan UMKM di Randuwangi', researcher: 'Nadia Putri', frameworks: ['empowerment'] },
    NOW,
  );
  const projectId = snapshot.project.id;
  const informant = (order: number, fields: Partial<Informant>): Informant =>
    blankInformant({ id: crypto.randomUUID(), projectId, label: `I${order + 1}`, order, ...fields });
  const kabid = informant(0, {
    name: 'Sri Rahayu',
    position: 'Kepala Bidang Pemberdayaan UMKM',
    category: 'Informan kunci',
    group: 'ASN',
    interviewDate: '2023-11-14',
    place: 'Kantor Dinas Koperasi dan UMKM',
    attributes: { 'Jenis kelamin': 'P', 'Waktu wawancara': '09.15–10.20 WIB' },
  });
  const shop = informant(1, {
    name: 'Darto',
    position: 'Pemilik warung',
    category: 'Informan pendukung',
    group: 'Pelaku UMKM',
    interviewDate: '2023-11-20',
    place: 'Warung Darto',
    attributes: { Sapaan: 'Bapak' },
  });
  const document = (order: number, title: string, text: string, kind: DocumentKind, informantId: string | null): Document => ({
    id: crypto.randomUUID(),
    projectId,
    informantId,
    title,
    kind,
    text,
    turns: kind === 'interview' ? detectTurns(text) : [],
    sourceFileName: `${title}.docx`,
    memo: '',
    importedAt: NOW,
    order,
  });
  const documents = {
    kabid: document(0, 'Wawancara Kabid', KABID_TEXT, 'interview', kabid.id),
    shop: document(1, 'Wawancara pemilik warung', SHOP_TEXT, 'interview', shop.id),
    observation: document(2, 'Observasi gelar produk', OBSERVATION_TEXT, 'observation', null),
  };
  const codeId = (label: string): string => {
    const found = snapshot.codes.find((c) => codeLabel(c, 'id') === label);
    if (!found) throw new Error(`no code ${label}`);
    return found.id;
  };
  const segment = (doc: Document, words: string, codes: string[], reduced: string): Segment => {
    const start = doc.text.indexOf(words);
    if (start < 0) throw new Error(`"${words}" not in ${doc.title}`);
    return {
      id: crypto.randomUUID(),
      projectId,
      documentId: doc.id,
      start,
      end: start + words.length,
      codeIds: codes.map(codeId),
      memo: '',
      reduced,
      coderId: null,
      createdAt: NOW,
      modifiedAt: NOW,
    };
  };
  const segments = {
    sosialisasi: segment(
      documents.kabid,
      'Kami sosialisasi lewat camat dan grup WhatsApp.\nPesertanya dari semua kecamatan.',
      ['Sosialisasi program'],
      'Sosialisasi berjenjang lewat camat dan grup WhatsApp.',
    ),
    pelatihan: segment(documents.kabid, 'Ada pelatihan pengemasan setiap bulan.', ['Pelatihan'], 'Pelatihan pengemasan rutin tiap bulan.'),
    tetangga: segment(documents.shop, 'Dari tetangga, saya tidak masuk grup.', ['Sosialisasi program'], ''),
    observasi: segment(documents.observation, 'Pengunjung ramai', ['Pemasaran dan akses digital'], 'Gelar produk menarik pengunjung.'),
  };
  const state = stateFromSnapshot({
    ...snapshot,
    informants: [kabid, shop],
    documents: Object.values(documents),
    segments: Object.values(segments),
  });
  return { state, kabid, shop, segments, documents };
}

/** A summary typed with characters XML and Word must keep: <, &, quotes and an emoji. */
export const TYPED = 'Modal < Rp5 juta & pelatihan rutin 👍 "berhasil"';

/** The hand-made project with the student's analysis: summaries, triangulation notes, conclusions. */
export function analysedProject(): Fixture & { codeId(label: string): string } {
  const fixture = handMadeProject();
  const projectId = fixture.state.project.id;
  const codeId = (label: string): string => Object.values(fixture.state.codes).find((c) => codeLabel(c, 'id') === label)!.id;
  const summary = (code: string, informant: Informant, text: string): CellSummary => ({
    id: crypto.randomUUID(), projectId, codeId: codeId(code), informantId: informant.id, text, coderId: null, modifiedAt: NOW,
  });
  const note = (code: string, verdict: TriangulationNote['verdict'], text: string): TriangulationNote => ({
    id: crypto.randomUUID(), projectId, codeId: codeId(code), verdict, note: text, coderId: null, modifiedAt: NOW,
  });
  const conclusion = (code: string, text: string, verdict: string, evidence: string[], createdAt = NOW): Conclusion => ({
    id: crypto.randomUUID(), projectId, codeId: codeId(code), text, verdict, evidenceSegmentIds: evidence, coderId: null, createdAt, modifiedAt: NOW,
  });
  const { segments } = fixture;
  const state = applyChangeset(fixture.state, {
    put: {
      cellSummaries: [summary('Pelatihan', fixture.kabid, TYPED), summary('Sosialisasi program', fixture.shop, '   ')],
      triangulationNotes: [note('Sosialisasi program', 'berbeda', 'ASN: lewat camat; pelaku UMKM: dari tetangga.')],
      conclusions: [
        conclusion('Pemberdayaan', 'Pemberdayaan belum menjangkau pelaku usaha di luar grup.', 'Belum optimal', [segments.tetangga.id], '2024-01-01T00:00:00.000Z'),
        conclusion('Sosialisasi program', `Sosialisasi berjenjang <tetapi> tidak merata & lambat 😔`, 'Cukup optimal', [
          segments.sosialisasi.id,
          segments.tetangga.id,
          segments.sosialisasi.id,
          'segmen-yang-sudah-dihapus',
        ]),
        conclusion('Pelatihan', 'Pelatihan rutin.', '', []),
      ],
    },
  });
  return { ...fixture, state, codeId };
}
