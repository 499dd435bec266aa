/**
 * Builds a demo project from a sample folder (`samples/<slug>/sample.json` plus its
 * transcripts). The transcripts go through the same import as a user's files, and every
 * coding goes through the same domain operations as a user's clicks, so a sample shows
 * exactly what Pilah would make of real data.
 */
import type { Changeset, ProjectState } from '../model/changeset';
import { action, commitAll, type ActionKind } from '../actions';
import { snapshotFromState, stateFromSnapshot } from '../model/changeset';
import type {
  CellSummary,
  Code,
  Conclusion,
  DocumentKind,
  FrameworkId,
  ImportedTranscript,
  Informant,
  ProjectSnapshot,
  TriangulationNote,
  TriangulationVerdict,
} from '../model/types';
import { importTranscript } from '../import';
import { readPicture } from '../import/picture';
import { createGuide } from '../instruments/edit';
import {
  addCode,
  addImportedTranscripts,
  addInformant,
  applyCodes,
  createProject,
  deleteInformant,
  updateDocument,
  updateDocumentSource,
  updateInformant,
  updateProject,
  updateSegment,
} from '../project';
import { addImportedPictures, updatePicture, wholePicture } from '../project/pictures';

/**
 * One informant of a sample, as the student would fill in the informant form. Documents
 * and codings refer to informants by `label` (I1, I2 …); `interviewDate` is an ISO date.
 */
export type SampleInformant = Omit<Informant, 'id' | 'projectId' | 'order'>;

/** A transcript or field note of a sample and the informant it belongs to. */
export interface SampleDocument {
  /** Path relative to the sample folder, e.g. "transcripts/I1-kepala-dinas.txt". */
  file: string;
  /** Label of an informant of the sample, or "" for a note that belongs to no informant. */
  informant: string;
  kind: DocumentKind;
}

/**
 * A documentation PDF of the sample (a report, a regulation) and what identifies it. It
 * belongs to no informant; its codings are in `codings` under its `file`.
 */
export interface SamplePdf {
  /** Path relative to the sample folder, e.g. "dokumen/lkjip-2023.pdf". */
  file: string;
  title: string;
  issuer: string;
  /** ISO date. */
  date: string;
  number: string;
}

/** One coded segment of a sample. */
export interface SampleCoding {
  file: string;
  /** An exact substring of the normalised transcript; the first occurrence is coded. */
  quote: string;
  /** "<frameworkId>/<label>" (Indonesian or English label, any depth) or "own/<label>". */
  codes: string[];
  memo: string;
  /** The reduced statement (pernyataan reduksi). */
  reduced: string;
}

/** A fieldwork photo of a sample (dokumentasi), coded as a whole. */
export interface SamplePicture {
  /** The file name it was imported from, e.g. "rapat-anggota-koperasi.jpg". */
  file: string;
  /** The JPG or PNG itself as base64, kept in sample.json so every loader of samples has it. */
  base64: string;
  caption: string;
  /** ISO date. */
  date: string;
  place: string;
  /** Label of the informant (or site) it concerns, or "". */
  informant: string;
  /** Codings of the whole photo: code references as in codings, and the memo. */
  codings: { codes: string[]; memo: string }[];
}

/** A summary (ringkasan) the student wrote for one indicator × informant cell. */
export interface SampleSummary {
  /** A code reference as in codings: "<frameworkId>/<label>". */
  code: string;
  /** Label of an informant of the sample. */
  informant: string;
  text: string;
}

/** The student's triangulation verdict and note on one indicator, by source and (optionally) by technique. */
export interface SampleTriangulation {
  code: string;
  verdict: TriangulationVerdict | null;
  note: string;
  /** The verdict on what interviews, observation notes and documents say; absent = not judged. */
  techniqueVerdict?: TriangulationVerdict | null;
  techniqueNote?: string;
}

/** A conclusion on an indicator, a dimension or a whole framework. */
export interface SampleConclusion {
  code: string;
  text: string;
  /** A word of the project's verdict scale, or "" when not judged yet. */
  verdict: string;
  /** The evidence: each the exact `quote` of one of the sample's codings. */
  evidence: string[];
}

/** The content of `samples/<slug>/sample.json`. */
export interface SampleSpec {
  slug: string;
  title: string;
  researcher: string;
  institution: string;
  focus: string;
  frameworks: FrameworkId[];
  informantCategories: string[];
  informantGroups: string[];
  /** The research journal (project memo). */
  journal: string;
  informants: SampleInformant[];
  documents: SampleDocument[];
  /** Documentation PDFs, imported after the transcripts. */
  pdfs?: SamplePdf[];
  codings: SampleCoding[];
  /** The analysis the student has begun: a few cell summaries, triangulation notes and conclusions. */
  summaries?: SampleSummary[];
  triangulation?: SampleTriangulation[];
  conclusions?: SampleConclusion[];
  /** Fieldwork photos (dokumentasi penelitian). */
  pictures?: SamplePicture[];
}

/** The text files a sample needs: the keys `buildSampleProject` expects in `texts`, read as UTF-8. */
export function sampleFiles(spec: SampleSpec): string[] {
  return spec.documents.map((d) => d.file);
}

/** The sample's PDFs: keys `buildSampleProject` takes in `texts` as bytes; without them the sample is built without its PDFs. */
export function samplePdfFiles(spec: SampleSpec): string[] {
  return (spec.pdfs ?? []).map((d) => d.file);
}

/**
 * Builds the project a sample describes.
 *
 * @param spec the parsed `sample.json`
 * @param texts each document's file path (as written in `spec.documents[].file`) → its UTF-8 content;
 *   and each PDF's path (`spec.pdfs[].file`) → its bytes. A PDF not given is left out, with its codings.
 * @param now ISO date-time stamped on everything created (default: now)
 * @throws Error naming the sample and the problem when a file is missing, a quote is not in
 *   its transcript, a code reference or informant label is unknown — never a half-built project
 */
export async function buildSampleProject(
  spec: SampleSpec,
  texts: Record<string, string | Uint8Array>,
  now: string = new Date().toISOString(),
): Promise<ProjectSnapshot> {
  const fail = (problem: string): never => {
    throw new Error(`Sample "${spec.slug}": ${problem}`);
  };
  let state = stateFromSnapshot(
    createProject(
      { title: spec.title, researcher: spec.researcher, institution: spec.institution, focus: spec.focus, frameworks: spec.frameworks },
      now,
    ),
  );
  // Each step is an action of the owner, as the student would take it in the app, through the app's pipeline.
  const run = (kind: ActionKind, build: (s: ProjectState) => Changeset): void => {
    state = commitAll(state, [action(kind, build)], now);
  };

  const imported: ImportedTranscript[] = [];
  for (const doc of spec.documents) {
    const text = texts[doc.file];
    if (typeof text !== 'string') return fail(`file "${doc.file}" is missing`);
    const name = doc.file.slice(doc.file.lastIndexOf('/') + 1);
    const transcript = await importTranscript({ name, bytes: new TextEncoder().encode(text) });
    // The sample says what each document is; the importer only guesses.
    imported.push({ ...transcript, kind: doc.kind });
  }
  // The PDFs the caller could read, imported as a student's PDFs are.
  const pdfs = (spec.pdfs ?? []).filter((pdf) => texts[pdf.file] instanceof Uint8Array);
  for (const pdf of pdfs) {
    const name = pdf.file.slice(pdf.file.lastIndexOf('/') + 1);
    imported.push(await importTranscript({ name, bytes: texts[pdf.file] as Uint8Array }));
  }
  let documentIds: string[] = [];
  run('importTranscripts', (s) => {
    const added = addImportedTranscripts(s, imported, now);
    documentIds = added.documentIds;
    return added.changeset;
  });
  const documentIdByFile = new Map([...spec.documents, ...pdfs].map((d, i) => [d.file, documentIds[i] as string]));
  for (const pdf of pdfs) {
    const documentId = documentIdByFile.get(pdf.file)!;
    run('updateDocument', (s) => updateDocument(s, documentId, { title: pdf.title }));
    run('editDocumentSource', (s) => updateDocumentSource(s, documentId, { issuer: pdf.issuer, date: pdf.date, number: pdf.number }));
  }
  const leftOut = new Set(samplePdfFiles(spec).filter((file) => !documentIdByFile.has(file)));

  state = assignInformants(state, spec, documentIdByFile, fail, now);
  run('updateProject', (s) =>
    updateProject(s, {
      journal: spec.journal,
      settings: { ...s.project.settings, informantCategories: spec.informantCategories, informantGroups: spec.informantGroups },
    }),
  );

  // The interview guide, observation guide and documentation checklist the student prepared
  // before fieldwork: the defaults of every framework of the study.
  for (const framework of spec.frameworks) {
    const root = Object.values(state.codes).find((c) => c.parentId === null && c.frameworkId === framework);
    if (root) run('createGuide', (s) => createGuide(s, root.id));
  }

  const ownCodeIds = new Map<string, string>();
  const resolveCode = (reference: string): string => {
    const slash = reference.indexOf('/');
    const scope = reference.slice(0, slash);
    const label = reference.slice(slash + 1).trim();
    if (slash < 0 || !label) return fail(`code reference "${reference}" is not "<framework>/<label>"`);
    if (scope === 'own') {
      const key = label.toLocaleLowerCase('id');
      const known = ownCodeIds.get(key);
      if (known) return known;
      let codeId = '';
      run('addCode', (s) => {
        const created = addCode(s, { parentId: null, label, locale: 'id' });
        codeId = created.codeId;
        return created.changeset;
      });
      ownCodeIds.set(key, codeId);
      return codeId;
    }
    const code = findFrameworkCode(Object.values(state.codes), scope, label);
    return code ? code.id : fail(`code reference "${reference}" matches no code of the project's frameworks`);
  };

  const segmentIdByQuote = new Map<string, string>();
  for (const coding of spec.codings) {
    if (leftOut.has(coding.file)) continue;
    const documentId = documentIdByFile.get(coding.file) ?? fail(`coding refers to "${coding.file}", which is not among the documents`);
    const text = state.documents[documentId]?.text ?? '';
    const start = text.indexOf(coding.quote);
    if (!coding.quote || start < 0) fail(`quote not found in "${coding.file}": "${coding.quote.slice(0, 80)}"`);
    if (coding.codes.length === 0) fail(`quote in "${coding.file}" has no codes: "${coding.quote.slice(0, 80)}"`);
    const codeIds = coding.codes.map(resolveCode);
    let segmentId = '';
    run('applyCode', (s) => {
      const coded = applyCodes(s, { documentId, start, end: start + coding.quote.length, codeIds }, now);
      segmentId = coded.segmentId;
      return coded.changeset;
    });
    if (!segmentIdByQuote.has(coding.quote)) segmentIdByQuote.set(coding.quote, segmentId);
    if (coding.memo || coding.reduced) run('editSegmentMemo', (s) => updateSegment(s, segmentId, { memo: coding.memo, reduced: coding.reduced }, now));
  }
  for (const sample of spec.pictures ?? []) {
    let picture;
    try {
      picture = readPicture({ name: sample.file, bytes: fromBase64(sample.base64) });
    } catch (err) {
      return fail(`photo "${sample.file}" cannot be read: ${err instanceof Error ? err.message : String(err)}`);
    }
    let documentId = '';
    run('importPictures', (s) => {
      const added = addImportedPictures(s, [picture], now);
      documentId = added.documentIds[0]!;
      return added.changeset;
    });
    const informant = sample.informant ? Object.values(state.informants).find((i) => i.label === sample.informant) : undefined;
    if (sample.informant && !informant) fail(`photo "${sample.file}" names unknown informant "${sample.informant}"`);
    run('updatePicture', (s) => updatePicture(s, documentId, { caption: sample.caption, date: sample.date, place: sample.place, informantId: informant?.id ?? null }));
    for (const coding of sample.codings) {
      const codeIds = coding.codes.map(resolveCode);
      let segmentId = '';
      run('applyCode', (s) => {
        const coded = applyCodes(s, { documentId, ...wholePicture(s.documents[documentId]!), codeIds }, now);
        segmentId = coded.segmentId;
        return coded.changeset;
      });
      if (coding.memo) run('editSegmentMemo', (s) => updateSegment(s, segmentId, { memo: coding.memo }, now));
    }
  }
  run('editCellSummary', (s) => analysisRows(s, spec, { resolveCode, segmentIdByQuote, now, fail }));
  return snapshotFromState(state);
}

/**
 * The summaries, triangulation notes and conclusions of the sample as rows: what the
 * reduction and conclusion screens would store, made by the project's owner (coder null).
 */
function analysisRows(
  state: ProjectState,
  spec: SampleSpec,
  ctx: { resolveCode(reference: string): string; segmentIdByQuote: Map<string, string>; now: string; fail(problem: string): never },
): Changeset {
  const projectId = state.project.id;
  const informantId = (label: string): string =>
    Object.values(state.informants).find((i) => i.label === label)?.id ?? ctx.fail(`summary names unknown informant "${label}"`);
  const cells = new Set<string>();
  const cellSummaries: CellSummary[] = (spec.summaries ?? []).map((summary) => {
    const row = {
      id: crypto.randomUUID(),
      projectId,
      codeId: ctx.resolveCode(summary.code),
      informantId: informantId(summary.informant),
      text: summary.text,
      coderId: null,
      modifiedAt: ctx.now,
    };
    // A cell holds one summary, as on the reduction screen.
    const cell = `${row.codeId}|${row.informantId}`;
    if (cells.has(cell)) ctx.fail(`two summaries for ${summary.code} × ${summary.informant}`);
    cells.add(cell);
    return row;
  });
  const triangulationNotes: TriangulationNote[] = (spec.triangulation ?? []).map((note) => ({
    id: crypto.randomUUID(),
    projectId,
    codeId: ctx.resolveCode(note.code),
    verdict: note.verdict,
    note: note.note,
    ...(note.techniqueVerdict !== undefined ? { techniqueVerdict: note.techniqueVerdict } : {}),
    ...(note.techniqueNote !== undefined ? { techniqueNote: note.techniqueNote } : {}),
    coderId: null,
    modifiedAt: ctx.now,
  }));
  const scale = state.project.settings.verdictScale;
  const conclusions: Conclusion[] = (spec.conclusions ?? []).map((conclusion) => {
    if (conclusion.verdict && !scale.includes(conclusion.verdict)) ctx.fail(`verdict "${conclusion.verdict}" is not on the scale ${scale.join(' / ')}`);
    return {
      id: crypto.randomUUID(),
      projectId,
      codeId: ctx.resolveCode(conclusion.code),
      text: conclusion.text,
      verdict: conclusion.verdict,
      evidenceSegmentIds: conclusion.evidence.map(
        (quote) => ctx.segmentIdByQuote.get(quote) ?? ctx.fail(`evidence is not the quote of a coding: "${quote.slice(0, 80)}"`),
      ),
      coderId: null,
      createdAt: ctx.now,
      modifiedAt: ctx.now,
    };
  });
  return { put: { cellSummaries, triangulationNotes, conclusions } };
}

/**
 * Gives each document the informant the sample names, with the sample's fields. The informant
 * the import made from a document's header is reused for the first document of that label, so
 * the import's own linking is kept; informants the sample does not use are removed.
 */
function assignInformants(
  initial: ProjectState,
  spec: SampleSpec,
  documentIdByFile: Map<string, string>,
  fail: (problem: string) => never,
  now: string,
): ProjectState {
  let state = initial;
  const run = (kind: ActionKind, build: (s: ProjectState) => Changeset): void => {
    state = commitAll(state, [action(kind, build)], now);
  };
  const fromImport = new Set(Object.keys(state.informants));
  const idByLabel = new Map<string, string>();
  const claimed = new Set<string>();
  for (const doc of spec.documents) {
    const document = state.documents[documentIdByFile.get(doc.file) ?? ''];
    if (!document) continue;
    let informantId: string | null = null;
    if (doc.informant) {
      if (!spec.informants.some((i) => i.label === doc.informant)) fail(`document "${doc.file}" names unknown informant "${doc.informant}"`);
      informantId = idByLabel.get(doc.informant) ?? null;
      if (!informantId && document.informantId && !claimed.has(document.informantId)) informantId = document.informantId;
      if (!informantId) {
        let addedId = '';
        run('addInformant', (s) => {
          const added = addInformant(s, { label: doc.informant });
          addedId = added.informantId;
          return added.changeset;
        });
        informantId = addedId;
      }
      idByLabel.set(doc.informant, informantId);
      claimed.add(informantId);
    }
    const linked = informantId;
    if (document.informantId !== linked) run('updateDocument', (s) => updateDocument(s, document.id, { informantId: linked }));
  }
  spec.informants.forEach((informant, order) => {
    const id = idByLabel.get(informant.label) ?? fail(`informant ${informant.label} has no document`);
    run('updateInformant', (s) => updateInformant(s, id, { ...informant, order }));
  });
  for (const id of fromImport) if (!claimed.has(id)) run('deleteInformant', (s) => deleteInformant(s, id));
  return state;
}

/** A code of the given framework whose Indonesian or English label matches, at any depth. */
function findFrameworkCode(codes: Code[], frameworkId: string, label: string): Code | undefined {
  const wanted = label.toLocaleLowerCase('id');
  return codes.find(
    (c) => c.frameworkId === frameworkId && (c.label.id.toLocaleLowerCase('id') === wanted || c.label.en.toLocaleLowerCase('id') === wanted),
  );
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Bytes of a base64 text (shared/ has neither Buffer nor atob). */
function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/[^A-Za-z0-9+/]/g, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const char of clean) {
    value = (value << 6) | BASE64.indexOf(char);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 255;
    }
  }
  return out.subarray(0, at);
}
