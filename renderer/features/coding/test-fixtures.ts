/** Small builders of domain rows for the coding workspace's unit tests. */
import type { Code, Segment } from '../../../shared/model/types';

export function makeSegment(id: string, start: number, end: number, codeIds: string[], documentId = 'd1'): Segment {
  return {
    id,
    projectId: 'p1',
    documentId,
    start,
    end,
    codeIds,
    memo: '',
    reduced: '',
    coderId: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    modifiedAt: '2026-01-01T00:00:00.000Z',
  };
}

export function makeCode(id: string, parentId: string | null, labelId: string, labelEn: string, order = 0): Code {
  return {
    id,
    projectId: 'p1',
    parentId,
    label: { id: labelId, en: labelEn },
    definition: { id: '', en: '' },
    color: '#0072B2',
    source: '',
    frameworkId: null,
    order,
    memo: '',
  };
}
