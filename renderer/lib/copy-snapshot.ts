import type { CommentTarget, ProjectSnapshot } from '../../shared/model/types';

/**
 * Gives a project and everything in it fresh ids, keeping every reference between them.
 * Projects opened from a file or restored from a backup are stored as a NEW project this
 * way, so they can never overwrite the project they came from (ids are global keys).
 */
export function copySnapshotWithNewIds(
  snapshot: ProjectSnapshot,
  patch: { title?: string; now?: string } = {},
  newId: () => string = () => crypto.randomUUID(),
): ProjectSnapshot {
  const ids = new Map<string, string>();
  const fresh = (old: string) => {
    let id = ids.get(old);
    if (!id) ids.set(old, (id = newId()));
    return id;
  };
  // A reference to something not in the snapshot is left as it was rather than invented.
  const ref = (old: string) => ids.get(old) ?? old;
  const projectId = fresh(snapshot.project.id);
  for (const table of ['codes', 'informants', 'documents', 'segments', 'coders', 'cellSummaries', 'triangulationNotes', 'conclusions', 'comments'] as const) {
    for (const row of snapshot[table]) fresh(row.id);
  }
  const coder = (id: string | null) => (id === null ? null : ref(id));
  // Only rows that record a memo's author get the field: others keep their exact shape.
  const memoAuthor = (row: { memoBy?: string | null }) => (row.memoBy === undefined ? {} : { memoBy: coder(row.memoBy) });
  const activeCode = snapshot.project.settings.activeFrameworkCodeId;
  return {
    project: {
      ...snapshot.project,
      id: projectId,
      title: patch.title ?? snapshot.project.title,
      modifiedAt: patch.now ?? snapshot.project.modifiedAt,
      settings: { ...snapshot.project.settings, activeFrameworkCodeId: activeCode === null ? null : ref(activeCode) },
    },
    codes: snapshot.codes.map((c) => ({ ...c, ...memoAuthor(c), id: ref(c.id), projectId, parentId: c.parentId === null ? null : ref(c.parentId) })),
    informants: snapshot.informants.map((i) => ({ ...i, ...memoAuthor(i), id: ref(i.id), projectId })),
    documents: snapshot.documents.map((d) => ({
      ...d,
      ...memoAuthor(d),
      id: ref(d.id),
      projectId,
      informantId: d.informantId === null ? null : ref(d.informantId),
    })),
    segments: snapshot.segments.map((s) => ({
      ...s,
      id: ref(s.id),
      projectId,
      documentId: ref(s.documentId),
      codeIds: s.codeIds.map(ref),
      coderId: coder(s.coderId),
    })),
    coders: snapshot.coders.map((c) => ({ ...c, id: ref(c.id), projectId })),
    cellSummaries: snapshot.cellSummaries.map((c) => ({
      ...c,
      id: ref(c.id),
      projectId,
      codeId: ref(c.codeId),
      informantId: ref(c.informantId),
      coderId: coder(c.coderId),
    })),
    triangulationNotes: snapshot.triangulationNotes.map((n) => ({ ...n, id: ref(n.id), projectId, codeId: ref(n.codeId), coderId: coder(n.coderId) })),
    conclusions: snapshot.conclusions.map((c) => ({
      ...c,
      id: ref(c.id),
      projectId,
      codeId: ref(c.codeId),
      evidenceSegmentIds: c.evidenceSegmentIds.map(ref),
      coderId: coder(c.coderId),
    })),
    comments: snapshot.comments.map((c) => ({
      ...c,
      id: ref(c.id),
      projectId,
      target: copyTarget(c.target, ref),
      parentId: c.parentId === null ? null : ref(c.parentId),
      authorId: coder(c.authorId),
      resolvedBy: coder(c.resolvedBy),
    })),
  };
}

function copyTarget(target: CommentTarget, ref: (id: string) => string): CommentTarget {
  switch (target.kind) {
    case 'segment':
      return { kind: 'segment', segmentId: ref(target.segmentId) };
    case 'code':
      return { kind: 'code', codeId: ref(target.codeId) };
    case 'cell':
      return { kind: 'cell', codeId: ref(target.codeId), informantId: ref(target.informantId) };
    case 'conclusion':
      return { kind: 'conclusion', conclusionId: ref(target.conclusionId) };
    case 'project':
      return target;
  }
}
