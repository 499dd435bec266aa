import type { ProjectSnapshot } from '../../shared/model/types';

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
  snapshot.codes.forEach((c) => fresh(c.id));
  snapshot.informants.forEach((i) => fresh(i.id));
  snapshot.documents.forEach((d) => fresh(d.id));
  snapshot.segments.forEach((s) => fresh(s.id));
  const activeCode = snapshot.project.settings.activeFrameworkCodeId;
  return {
    project: {
      ...snapshot.project,
      id: projectId,
      title: patch.title ?? snapshot.project.title,
      modifiedAt: patch.now ?? snapshot.project.modifiedAt,
      settings: { ...snapshot.project.settings, activeFrameworkCodeId: activeCode === null ? null : ref(activeCode) },
    },
    codes: snapshot.codes.map((c) => ({ ...c, id: ref(c.id), projectId, parentId: c.parentId === null ? null : ref(c.parentId) })),
    informants: snapshot.informants.map((i) => ({ ...i, id: ref(i.id), projectId })),
    documents: snapshot.documents.map((d) => ({ ...d, id: ref(d.id), projectId, informantId: d.informantId === null ? null : ref(d.informantId) })),
    segments: snapshot.segments.map((s) => ({ ...s, id: ref(s.id), projectId, documentId: ref(s.documentId), codeIds: s.codeIds.map(ref) })),
  };
}
