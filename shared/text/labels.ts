/**
 * What the "Label:" at the start of a transcript line means: a speaker (a turn starts), a
 * header field (Nama, Jabatan, Tanggal …), or neither (prose such as "Catatan: …").
 * Shared by turn detection and header extraction so that both read a line the same way.
 */
import type { Turn } from '../model/types';

export type HeaderField = 'name' | 'position' | 'date' | 'place' | 'other';

/** A line of the form "[timestamp] Label: value". */
export interface LabelLine {
  timestamp?: string;
  /** The label as written, trimmed ("Bu Sri", "P", "Hari/Tanggal"). */
  label: string;
  /** The text after the colon, trimmed. */
  value: string;
}

const TIME = String.raw`\d{1,2}[:.]\d{2}(?:[:.]\d{2})?`;
// Optional timestamp in [..], (..) or bare, then a label of at most 40 characters that starts
// with a letter, then a colon followed by a space or the end of the line (not "http://").
const LABEL_LINE = new RegExp(
  String.raw`^\s*(?:(?:\[(${TIME})\]|\((${TIME})\)|(${TIME}))\s*(?:[-–]\s*)?)?(\p{L}[\p{L}\p{N} .,'’/()-]{0,39}?)\s*:(?:\s+(.*))?$`,
  'u',
);

/** Parses "[00:01:10] Label: value"; null when the line has no label. */
export function parseLabelLine(line: string): LabelLine | null {
  const m = LABEL_LINE.exec(line);
  if (!m) return null;
  const timestamp = m[1] ?? m[2] ?? m[3];
  const parsed: LabelLine = { label: m[4]!.trim(), value: (m[5] ?? '').trim() };
  if (timestamp) parsed.timestamp = timestamp;
  return parsed;
}

/** Lower case, single spaces, no spaces around "/", no trailing dots: "Hari / Tanggal." → "hari/tanggal". */
function key(label: string): string {
  return label.toLowerCase().replace(/\s+/g, ' ').replace(/\s*\/\s*/g, '/').replace(/\.+$/, '').trim();
}

const HEADER_FIELDS: Record<string, HeaderField> = {};
function fields(field: HeaderField, labels: string[]): void {
  for (const label of labels) HEADER_FIELDS[label] = field;
}
fields('name', ['nama', 'nama informan', 'nama narasumber', 'nama responden', 'name', 'nama lengkap', 'inisial', 'nama/inisial']);
fields('position', ['jabatan', 'pekerjaan', 'posisi', 'position', 'pekerjaan/jabatan', 'jabatan/pekerjaan', 'job title', 'occupation']);
fields('date', [
  'hari/tanggal', 'hari/tgl', 'tanggal', 'tgl', 'tanggal wawancara', 'tgl wawancara', 'waktu/tgl', 'waktu/tanggal',
  'tanggal/waktu', 'hari, tanggal', 'date', 'interview date',
]);
fields('place', ['tempat', 'lokasi', 'place', 'location', 'tempat wawancara', 'lokasi wawancara', 'tempat dan waktu', 'tempat/waktu']);
fields('other', [
  'waktu', 'pukul', 'jam', 'durasi', 'time', 'duration', 'hari', 'tempat/tanggal lahir', 'tempat, tanggal lahir', 'ttl',
  'jenis kelamin', 'gender', 'sex', 'usia', 'umur', 'age', 'alamat', 'address', 'pendidikan', 'pendidikan terakhir',
  'education', 'agama', 'suku', 'status', 'kode', 'kode file', 'kode informan', 'kode wawancara', 'judul', 'topik',
  'judul/topik', 'title', 'topic', 'instansi', 'unit kerja', 'organisasi', 'organization', 'institution', 'lama bekerja',
  'masa kerja', 'lama usaha', 'jenis usaha', 'kategori', 'kategori informan', 'kelompok', 'group', 'nip', 'no. hp',
  'no hp', 'telepon', 'email', 'e-mail', 'media', 'transkrip', 'transkriptor', 'wawancara ke',
  // Observation-note and field-note headers.
  'kode catatan', 'kode observasi', 'pengamat', 'observer', 'pencatat', 'notulis', 'narahubung', 'kontak', 'contact',
  'contact person', 'kegiatan', 'jenis kegiatan', 'nama kegiatan', 'acara', 'peserta', 'jumlah peserta', 'situasi',
  'fokus observasi', 'objek observasi', 'sumber data', 'jenis data', 'teknik', 'teknik pengumpulan data',
]);

/** The header field a label names, or null if it is not a header label. */
export function headerFieldOf(label: string): HeaderField | null {
  return HEADER_FIELDS[key(label)] ?? null;
}

const RESEARCHER = new Set(['p', 't', 'q', 'peneliti', 'pewawancara', 'interviewer', 'penanya', 'pertanyaan', 'tanya', 'question', 'researcher']);
const INFORMANT = new Set(['i', 'j', 'a', 'informan', 'narasumber', 'informant', 'responden', 'respondent', 'interviewee', 'jawaban', 'jawab', 'answer']);
// Numbered labels: I1, I2-3, Informan 2, J2 (answer 2), Q1, Pertanyaan 3. "P1" is left out:
// some transcripts number participants with it, others questions.
const NUMBERED_INFORMANT = /^(?:i|j|informan|narasumber|informant|responden|jawaban)\s?-?\d{1,2}(?:-\d{1,2})?$/;
const NUMBERED_RESEARCHER = /^(?:q|t|pertanyaan|question)\s?-?\d{1,2}$/;
// Speakers who are neither the researcher nor the informant.
const OTHER_SPEAKERS = new Set(['semua', 'bersama', 'all', 'moderator', 'notulen', 'penerjemah', 'translator', 'pendamping']);
/**
 * Speaker words that are also header labels: "Informan: Bu Sri" may be the header's
 * informant line or the informant's first answer; the header block decides (header-block.ts).
 */
const AMBIGUOUS = new Set(['peneliti', 'pewawancara', 'interviewer', 'informan', 'narasumber', 'informant', 'responden', 'respondent']);

// Words that start prose or document structure, never a speaker's name.
const NOT_A_NAME = new Set([
  'catatan', 'keterangan', 'note', 'notes', 'sumber', 'source', 'contoh', 'misalnya', 'yaitu', 'yakni', 'kesimpulan',
  'ringkasan', 'hasil', 'tujuan', 'fokus', 'dimensi', 'indikator', 'lampiran', 'tabel', 'gambar', 'program', 'kegiatan',
  'dinas', 'kantor', 'observasi', 'catatan observasi', 'memo', 'reduksi', 'kode', 'tema', 'pertama', 'kedua', 'ketiga',
  'jadi', 'intinya', 'artinya', 'misal', 'contohnya', 'pesan', 'saran', 'kendala', 'summary', 'conclusion', 'example',
  'bab', 'subbab', 'pasal', 'ayat', 'undang', 'peraturan', 'visi', 'misi', 'motto', 'slogan', 'agenda', 'pukul',
  'https', 'http', 'www',
  // Front matter of articles and theses, and news bylines: documents, not conversations.
  'abstrak', 'abstract', 'kata kunci', 'keywords', 'key words', 'pendahuluan', 'introduction', 'latar belakang',
  'metode', 'metode penelitian', 'pembahasan', 'penutup', 'daftar pustaka', 'referensi', 'references', 'baca juga',
  'penulis', 'editor', 'oleh', 'reporter', 'author', 'authors', 'by', 'foto', 'sumber foto', 'ilustrasi', 'tags',
]);
// A capitalised word, an initial ("S."), or a title such as "Hj." or "Dr.".
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

export interface Speaker {
  role: Turn['role'];
  /** Recognised only because it looks like a name ("Bu Sri"), not by a known speaker word. */
  byName: boolean;
}

/** What a label says about its speaker, or null when it is not a speaker (header field, prose). */
export function classifySpeaker(label: string, options: { allowAmbiguous: boolean }): Speaker | null {
  // "Informan (Bu Sri)": the role comes from the word before the parenthesis.
  const qualified = /^(.+?)\s*\(.+\)$/.exec(label);
  if (qualified) return classifySpeaker(qualified[1]!, { allowAmbiguous: true });
  const k = key(label);
  if (AMBIGUOUS.has(k) && !options.allowAmbiguous) return null;
  if (RESEARCHER.has(k) || NUMBERED_RESEARCHER.test(k)) return { role: 'researcher', byName: false };
  if (INFORMANT.has(k) || NUMBERED_INFORMANT.test(k)) return { role: 'informant', byName: false };
  if (OTHER_SPEAKERS.has(k)) return { role: 'other', byName: false };
  if (headerFieldOf(label)) return null;
  return looksLikeName(label) ? { role: 'informant', byName: true } : null;
}

/** The role a speaker label implies, or null when the label is not a speaker (header field, prose). */
export function speakerRole(label: string, options: { allowAmbiguous: boolean }): Turn['role'] | null {
  return classifySpeaker(label, options)?.role ?? null;
}

/** A speaker label reduced to what identifies the speaker ("BU SRI " and "Bu Sri" are one speaker). */
export const speakerKey = key;

/** 1–4 capitalised words or titles ("Bu Sri", "Pak Hadi Santoso", "Ibu Kepala Bidang"), not a known prose word. */
function looksLikeName(label: string): boolean {
  const words = label.split(/\s+/);
  if (words.length > 4 || words.some((w) => !NAME_WORD.test(w))) return false;
  return !NOT_A_NAME.has(key(words[0]!)) && !NOT_A_NAME.has(key(label));
}

/** True for speaker words that may also be a header field ("Informan", "Peneliti" …). */
export function isAmbiguousLabel(label: string): boolean {
  return AMBIGUOUS.has(key(label));
}
