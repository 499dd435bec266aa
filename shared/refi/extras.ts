/**
 * Pilah's own part of a project file: what REFI-QDA has no place for (reduced statements,
 * informant categories and groups, settings, speaker turns …). It travels in the same zip as
 * `pilah/project.json`, so other tools ignore it and Pilah restores everything exactly.
 */
import { z } from 'zod';
import { storedFormatProfileSchema } from '../appendix/format-profile';
import { DEFAULT_VERDICT_SCALE } from '../model/defaults';
import type { FrameworkId } from '../model/types';

// Writing the extras needs no schema: it lives in ./write-extras, so that a command that only
// writes a project file (`pilah sync pull`) does not load zod.
import { EXTRAS_FORMAT, EXTRAS_VERSION } from './write-extras';
export { EXTRAS_FORMAT, EXTRAS_PATH, EXTRAS_VERSION, extrasFromSnapshot } from './write-extras';

const localizedText = z.object({ id: z.string(), en: z.string() });
const FRAMEWORK_IDS = ['empowerment', 'edward3', 'woolcock', 'mouzelis', 'factors'] as const satisfies readonly FrameworkId[];
// Fails to compile when FrameworkId gains a template this list lacks.
const _everyFramework: [Exclude<FrameworkId, (typeof FRAMEWORK_IDS)[number]>] extends [never] ? true : never = true;
const frameworkId = z.enum(FRAMEWORK_IDS).nullable();

// The research instruments (issue 10): absent in files written before them, and in projects without a guide.
const instrumentsSchema = z.object({
  frameworkCodeIds: z.array(z.string()),
  items: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['interview', 'observation', 'documentation']),
      codeId: z.string().nullable(),
      text: localizedText,
      probes: z.array(z.object({ id: z.string(), text: localizedText, origin: z.string().default('') })),
      categories: z.array(z.string()),
      groups: z.array(z.string()),
      where: localizedText,
      origin: z.string().default(''),
      order: z.number(),
    }),
  ),
  answerLinks: z.array(z.object({ documentId: z.string(), turnStart: z.number(), questionId: z.string().nullable() })).default([]),
});

const projectSchema = z.object({
  id: z.string(),
  title: z.string(),
  researcher: z.string(),
  institution: z.string(),
  focus: z.string(),
  journal: z.string(),
  settings: z.object({
    informantCategories: z.array(z.string()),
    informantGroups: z.array(z.string()),
    activeFrameworkCodeId: z.string().nullable(),
    // Files of version 1 have no verdict scale: they get the default one.
    verdictScale: z.array(z.string()).default([...DEFAULT_VERDICT_SCALE]),
    // Files written before format profiles have none (the default applies); a damaged one costs only the profile.
    formatProfile: storedFormatProfileSchema.optional().catch(undefined),
    // The Bab IV draft's own sentences: absent in older files; a damaged table costs only the table.
    chapterTemplates: z
      .object({ id: z.record(z.string(), z.string()).optional(), en: z.record(z.string(), z.string()).optional() })
      .optional()
      .catch(undefined),
  }),
  createdAt: z.string(),
  modifiedAt: z.string(),
  ownerGuid: z.string().optional(),
  instruments: instrumentsSchema.optional(),
});

// Who wrote a memo and when: absent in files written before Pilah recorded it.
const memoAuthorSchema = { memoBy: z.string().nullable().optional(), memoAt: z.string().optional() };

const codeExtrasSchema = z.object({
  label: localizedText,
  definition: localizedText,
  source: z.string(),
  frameworkId,
  order: z.number(),
  memo: z.string(),
  ...memoAuthorSchema,
});

const informantSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  label: z.string(),
  name: z.string(),
  position: z.string(),
  category: z.string(),
  group: z.string(),
  interviewDate: z.string(),
  place: z.string(),
  attributes: z.record(z.string(), z.string()),
  memo: z.string(),
  ...memoAuthorSchema,
  order: z.number(),
});

const turnSchema = z.object({
  speaker: z.string(),
  role: z.enum(['researcher', 'informant', 'other']),
  start: z.number(),
  end: z.number(),
  timestamp: z.string().optional(),
});

const documentSourceSchema = {
  medium: z.enum(['text', 'pdf', 'picture']).optional(),
  pages: z.array(z.object({ number: z.number(), start: z.number(), end: z.number() })).optional(),
  sourceInfo: z.object({ issuer: z.string(), date: z.string(), number: z.string() }).optional(),
};

const documentExtrasSchema = z.object({
  kind: z.enum(['interview', 'observation', 'document']),
  informantId: z.string().nullable(),
  turns: z.array(turnSchema),
  sourceFileName: z.string(),
  importedAt: z.string(),
  addedBy: z.string().nullable().optional(),
  order: z.number(),
  ...memoAuthorSchema,
  // Documentation sources and photos (issue 10): absent for typed texts and in files written
  // before them; a PDF's or photo's file is in sources/.
  ...documentSourceSchema,
  picture: z.object({ caption: z.string(), date: z.string(), place: z.string(), width: z.number(), height: z.number() }).optional(),
});

const segmentExtrasSchema = z.object({
  reduced: z.string(),
  coderId: z.string().nullable(),
  selectedBy: z.string().nullable().optional(),
  createdAt: z.string(),
  modifiedAt: z.string(),
});

const coderSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  name: z.string(),
  role: z.enum(['student', 'supervisor', 'secondCoder']),
  createdAt: z.string(),
});

const cellSummarySchema = z.object({
  id: z.string(),
  projectId: z.string(),
  codeId: z.string(),
  informantId: z.string(),
  text: z.string(),
  coderId: z.string().nullable(),
  modifiedAt: z.string(),
});

const triangulationNoteSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  codeId: z.string(),
  verdict: z.enum(['sama', 'berbeda', 'spesifik']).nullable(),
  note: z.string(),
  // Triangulation by technique: absent in files written before it, and on rows not judged by technique.
  techniqueVerdict: z.enum(['sama', 'berbeda', 'spesifik']).nullable().optional(),
  techniqueNote: z.string().optional(),
  coderId: z.string().nullable(),
  modifiedAt: z.string(),
});

const conclusionSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  codeId: z.string(),
  text: z.string(),
  verdict: z.string(),
  evidenceSegmentIds: z.array(z.string()),
  coderId: z.string().nullable(),
  createdAt: z.string(),
  modifiedAt: z.string(),
});

const commentTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('segment'), segmentId: z.string() }),
  z.object({ kind: z.literal('code'), codeId: z.string() }),
  z.object({ kind: z.literal('cell'), codeId: z.string(), informantId: z.string() }),
  z.object({ kind: z.literal('conclusion'), conclusionId: z.string() }),
  z.object({ kind: z.literal('project') }),
]);

const commentSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  target: commentTargetSchema,
  parentId: z.string().nullable(),
  authorId: z.string().nullable(),
  text: z.string(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolvedBy: z.string().nullable(),
});

const extrasSchema = z.object({
  format: z.literal(EXTRAS_FORMAT),
  // Version 1 files lack the later tables; they read as empty.
  version: z.union([z.literal(1), z.literal(EXTRAS_VERSION)]),
  project: projectSchema,
  codes: z.record(z.string(), codeExtrasSchema),
  informants: z.array(informantSchema),
  documents: z.record(z.string(), documentExtrasSchema),
  segments: z.record(z.string(), segmentExtrasSchema),
  coders: z.array(coderSchema).default([]),
  cellSummaries: z.array(cellSummarySchema).default([]),
  triangulationNotes: z.array(triangulationNoteSchema).default([]),
  conclusions: z.array(conclusionSchema).default([]),
  comments: z.array(commentSchema).default([]),
});

export type PilahExtras = z.infer<typeof extrasSchema>;
export type CodeExtras = PilahExtras['codes'][string];
export type DocumentExtras = PilahExtras['documents'][string];
export type SegmentExtras = PilahExtras['segments'][string];

/**
 * Parses `pilah/project.json`. Returns null when it is not JSON or not a version this Pilah
 * understands; the caller then reads the standard part alone and warns.
 */
export function parseExtras(json: string): PilahExtras | null {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  const result = extrasSchema.safeParse(data);
  return result.success ? result.data : null;
}
