/**
 * Writing Pilah's own part of a project file (`pilah/project.json`, see ./extras): no schema
 * is needed to write it, so this module does not load zod (./extras reads it back).
 */
import type { Code, Document, Informant, ProjectSnapshot, Segment } from '../model/types';
import type { CodeExtras, DocumentExtras, PilahExtras, SegmentExtras } from './extras';

export const EXTRAS_PATH = 'pilah/project.json';
export const EXTRAS_FORMAT = 'pilah-project';
/** Version 2 added coders, cell summaries, triangulation notes, conclusions and comments. */
export const EXTRAS_VERSION = 2;

const byId = <T extends { id: string }>(rows: readonly T[]): T[] => [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/**
 * Pilah's extras for a snapshot: everything the REFI-QDA part cannot carry. Entries are
 * ordered by id, so the same project always gives the same bytes, however its rows were ordered.
 */
export function extrasFromSnapshot(snapshot: ProjectSnapshot): PilahExtras {
  const codes: Record<string, CodeExtras> = {};
  for (const c of byId(snapshot.codes)) codes[c.id] = codeExtras(c);
  const documents: Record<string, DocumentExtras> = {};
  for (const d of byId(snapshot.documents)) documents[d.id] = documentExtras(d);
  const segments: Record<string, SegmentExtras> = {};
  for (const s of byId(snapshot.segments)) segments[s.id] = segmentExtras(s);
  return {
    format: EXTRAS_FORMAT,
    version: EXTRAS_VERSION,
    project: { ...snapshot.project, settings: { ...snapshot.project.settings } },
    codes,
    informants: byId(snapshot.informants).map((i): Informant => ({ ...i, attributes: { ...i.attributes } })),
    documents,
    segments,
    coders: byId(snapshot.coders).map((c) => ({ ...c })),
    cellSummaries: byId(snapshot.cellSummaries).map((c) => ({ ...c })),
    triangulationNotes: byId(snapshot.triangulationNotes).map((n) => ({ ...n })),
    conclusions: byId(snapshot.conclusions).map((c) => ({ ...c, evidenceSegmentIds: [...c.evidenceSegmentIds] })),
    comments: byId(snapshot.comments).map((c) => ({ ...c, target: { ...c.target } })),
  };
}

const codeExtras = (c: Code): CodeExtras => ({
  label: { ...c.label },
  definition: { ...c.definition },
  source: c.source,
  frameworkId: c.frameworkId,
  order: c.order,
  memo: c.memo,
  ...memoAuthor(c),
});

const documentExtras = (d: Document): DocumentExtras => ({
  kind: d.kind,
  informantId: d.informantId,
  turns: d.turns.map((t) => ({ ...t })),
  sourceFileName: d.sourceFileName,
  importedAt: d.importedAt,
  order: d.order,
  ...memoAuthor(d),
  ...(d.addedBy !== undefined ? { addedBy: d.addedBy } : {}),
  ...documentSource(d),
  ...(d.picture ? { picture: { ...d.picture } } : {}),
});

/** A PDF's medium, pages and source info when it has them; nothing for a typed text, so older projects keep their bytes. */
function documentSource(d: Document): Pick<DocumentExtras, 'medium' | 'pages' | 'sourceInfo'> {
  const out: Pick<DocumentExtras, 'medium' | 'pages' | 'sourceInfo'> = {};
  if (d.medium !== undefined) out.medium = d.medium;
  if (d.pages) out.pages = d.pages.map((p) => ({ number: p.number, start: p.start, end: p.end }));
  if (d.sourceInfo) out.sourceInfo = { issuer: d.sourceInfo.issuer, date: d.sourceInfo.date, number: d.sourceInfo.number };
  return out;
}

/** The memo's author and time when recorded; nothing otherwise, so older projects keep their bytes. */
function memoAuthor(row: { memoBy?: string | null; memoAt?: string }): { memoBy?: string | null; memoAt?: string } {
  const out: { memoBy?: string | null; memoAt?: string } = {};
  if (row.memoBy !== undefined) out.memoBy = row.memoBy;
  if (row.memoAt !== undefined) out.memoAt = row.memoAt;
  return out;
}

const segmentExtras = (s: Segment): SegmentExtras => ({
  reduced: s.reduced,
  coderId: s.coderId,
  ...(s.selectedBy !== undefined ? { selectedBy: s.selectedBy } : {}),
  createdAt: s.createdAt,
  modifiedAt: s.modifiedAt,
});

