/** Small, realistic projects for the renderer's unit tests. */
import { emptyLaterTables } from '../../shared/model/defaults';
import type { Code, Document, Informant, Project, ProjectSnapshot, Segment } from '../../shared/model/types';

export function makeProject(id = 'p1', title = 'Pemberdayaan UMKM di Dinas Koperasi'): Project {
  return {
    id,
    title,
    researcher: 'Siti Rahma',
    institution: 'Universitas Contoh',
    focus: 'Pemberdayaan pelaku UMKM',
    journal: '',
    settings: {
      informantCategories: ['Informan kunci', 'Informan utama', 'Informan pendukung'],
      informantGroups: ['ASN', 'Pelaku UMKM'],
      activeFrameworkCodeId: null,
      verdictScale: ['Optimal', 'Cukup optimal', 'Belum optimal'],
    },
    createdAt: '2026-11-01T08:00:00.000Z',
    modifiedAt: '2026-11-01T08:00:00.000Z',
  };
}

export function makeCode(projectId: string, id: string, label: string): Code {
  return {
    id,
    projectId,
    parentId: null,
    label: { id: label, en: label },
    definition: { id: '', en: '' },
    color: '#4477AA',
    source: '',
    frameworkId: null,
    order: 0,
    memo: '',
  };
}

export function makeInformant(projectId: string, id: string, label: string): Informant {
  return {
    id,
    projectId,
    label,
    name: 'Bapak Hendra',
    position: 'Kepala Bidang UMKM',
    category: 'Informan kunci',
    group: 'ASN',
    interviewDate: '2026-10-12',
    place: 'Kantor Dinas',
    attributes: {},
    memo: '',
    order: 0,
  };
}

export function makeDocument(projectId: string, id: string, informantId: string | null, text: string): Document {
  return {
    id,
    projectId,
    informantId,
    title: `Wawancara ${id}`,
    kind: 'interview',
    text,
    turns: [],
    sourceFileName: `${id}.txt`,
    memo: '',
    importedAt: '2026-11-01T08:00:00.000Z',
    order: 0,
  };
}

export function makeSegment(projectId: string, id: string, documentId: string, start: number, end: number, codeIds: string[]): Segment {
  return {
    id,
    projectId,
    documentId,
    start,
    end,
    codeIds,
    memo: '',
    reduced: '',
    coderId: null,
    createdAt: '2026-11-01T08:00:00.000Z',
    modifiedAt: '2026-11-01T08:00:00.000Z',
  };
}

/** A project with two codes, one informant, one transcript and one segment. */
export function makeSnapshot(projectId = 'p1'): ProjectSnapshot {
  const text = 'P: Bagaimana pelatihan UMKM?\nI: Pelatihan diadakan setiap bulan di balai desa.';
  return {
    project: makeProject(projectId),
    codes: [makeCode(projectId, `${projectId}-c1`, 'Enabling'), makeCode(projectId, `${projectId}-c2`, 'Empowering')],
    informants: [makeInformant(projectId, `${projectId}-i1`, 'I1')],
    documents: [makeDocument(projectId, `${projectId}-d1`, `${projectId}-i1`, text)],
    segments: [makeSegment(projectId, `${projectId}-s1`, `${projectId}-d1`, 32, 60, [`${projectId}-c1`])],
    ...emptyLaterTables(),
  };
}
