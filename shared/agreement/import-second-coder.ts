/**
 * Bringing a second coder's project file into this project: their codings become the
 * segments of a new Coder, placed on this project's transcripts and codes. Transcripts are
 * matched by their text (a copy of the same transcript has the same text, whatever its
 * title), codes by id (GUID) and then by name; what cannot be placed is reported, never
 * guessed.
 */
import type { Changeset, ProjectState } from '../model/changeset';
import type { Code, Coder, CoderRole, Document, ProjectSnapshot, Segment } from '../model/types';
import { ancestorsAndSelf, codeLabel } from '../project/code-tree';
import { stateFromSnapshot } from '../model/changeset';
import { codingCoder, type CoderId } from './coders';
import { readingOrder } from './coding-sets';
import { AgreementError } from './errors';

export interface SecondCoderReport {
  /** Their transcripts placed on ours. */
  matchedDocuments: { documentId: string; title: string; theirTitle: string }[];
  /** Titles of their coded transcripts whose text no transcript here has. */
  unmatchedDocuments: string[];
  /** Names of their codes (used in the codings taken) that no code here has. */
  unmatchedCodes: string[];
  segmentsImported: number;
  /** Codings left out: on an unmatched transcript, with only unmatched codes, or outside the text. */
  segmentsSkipped: number;
  /**
   * Codings that are this project's own, copied along with the file (same id, or, in a copy
   * opened with new ids, the same range made at the same instant): not the second coder's.
   */
  segmentsAlreadyHere: number;
}

export interface SecondCoderImport {
  changeset: Changeset;
  /** The new coder's id: compare it with the owner (null) in agreementReport. */
  coderId: string;
  report: SecondCoderReport;
}

export interface SecondCoderOptions {
  /**
   * Whose codings in the other file to take. Default: the other file's owner when they coded
   * anything, else its only coder with codings (see codingCoder); the owner when several did.
   */
  fromCoderId?: CoderId;
  role?: CoderRole;
}

/** The text a transcript is matched on: trailing whitespace does not change any offset inside it. */
const matchKey = (text: string) => text.trimEnd();

function sourceCoder(other: ProjectState, wanted: CoderId | undefined): CoderId {
  if (wanted !== undefined) return wanted;
  return codingCoder(other)?.id ?? null;
}

function matchDocuments(state: ProjectState, theirs: Document[]): Map<string, Document> {
  const ours = new Map<string, Document[]>();
  for (const document of readingOrder(Object.values(state.documents))) {
    const key = matchKey(document.text);
    const list = ours.get(key);
    if (list) list.push(document);
    else ours.set(key, [document]);
  }
  const matched = new Map<string, Document>();
  for (const their of readingOrder(theirs)) {
    // Identical texts pair off one to one, in reading order.
    const candidate = ours.get(matchKey(their.text))?.shift();
    if (candidate) matched.set(their.id, candidate);
  }
  return matched;
}

const normalName = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

function codeMatcher(state: ProjectState, other: ProjectState): (theirCode: Code) => string | undefined {
  const byPath = new Map<string, string[]>();
  const byName = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, id: string) => {
    const list = map.get(key);
    if (!list) map.set(key, [id]);
    else if (!list.includes(id)) list.push(id);
  };
  const pathOf = (s: ProjectState, codeId: string, locale: 'id' | 'en') =>
    ancestorsAndSelf(s, codeId)
      .map((c) => normalName(codeLabel(c, locale)))
      .join('\u0000');
  for (const code of Object.values(state.codes)) {
    for (const locale of ['id', 'en'] as const) {
      add(byPath, pathOf(state, code.id, locale), code.id);
      add(byName, normalName(codeLabel(code, locale)), code.id);
    }
  }
  const unique = (list: string[] | undefined) => (list?.length === 1 ? list[0] : undefined);
  return (their) => {
    if (Object.hasOwn(state.codes, their.id)) return their.id;
    for (const locale of ['id', 'en'] as const) {
      const found = unique(byPath.get(pathOf(other, their.id, locale))) ?? unique(byName.get(normalName(codeLabel(their, locale))));
      if (found) return found;
    }
    return undefined;
  };
}

/**
 * Adds the codings of another project file as the segments of a new coder named `coder.name`.
 * @throws AgreementError 'empty-coder-name', 'no-shared-transcripts' (no transcript with the
 *   same text), or 'nothing-to-import' (no coding could be placed); nothing is changed then.
 */
export function importSecondCoder(
  state: ProjectState,
  other: ProjectSnapshot,
  coder: { name: string },
  now: string = new Date().toISOString(),
  options: SecondCoderOptions = {},
): SecondCoderImport {
  const name = coder.name.trim();
  if (!name) throw new AgreementError('empty-coder-name');
  const otherState = stateFromSnapshot(other);
  const from = sourceCoder(otherState, options.fromCoderId);
  const taken = other.segments.filter((s) => (s.coderId ?? null) === from);
  const documents = matchDocuments(state, other.documents);
  if (documents.size === 0) throw new AgreementError('no-shared-transcripts');
  const matchCode = codeMatcher(state, otherState);

  const newCoder: Coder = { id: crypto.randomUUID(), projectId: state.project.id, name, role: options.role ?? 'secondCoder', createdAt: now };
  const segments: Segment[] = [];
  const unmatchedDocuments = new Set<string>();
  const unmatchedCodes = new Set<string>();
  let skipped = 0;
  let alreadyHere = 0;
  const copyKey = (documentId: string, s: Segment) => `${documentId}\u0000${s.start}\u0000${s.end}\u0000${s.createdAt}`;
  const ours = new Set(Object.values(state.segments).map((s) => copyKey(s.documentId, s)));
  for (const their of taken) {
    const document = documents.get(their.documentId);
    if (Object.hasOwn(state.segments, their.id) || (document && ours.has(copyKey(document.id, their)))) {
      alreadyHere++;
      continue;
    }
    if (!document) {
      const theirDocument = otherState.documents[their.documentId];
      if (theirDocument) unmatchedDocuments.add(theirDocument.title);
      skipped++;
      continue;
    }
    const codeIds: string[] = [];
    for (const theirCodeId of their.codeIds) {
      const theirCode = otherState.codes[theirCodeId];
      const ours = theirCode ? matchCode(theirCode) : undefined;
      if (ours) {
        if (!codeIds.includes(ours)) codeIds.push(ours);
      } else if (theirCode) unmatchedCodes.add(codeLabel(theirCode, 'id'));
    }
    const start = Math.max(0, their.start);
    const end = Math.min(document.text.length, their.end);
    if (codeIds.length === 0 || end <= start) {
      skipped++;
      continue;
    }
    // Who marked the passage in their file names one of their coders, not one of ours.
    const { selectedBy: _theirs, ...copy } = their;
    segments.push({ ...copy, id: crypto.randomUUID(), projectId: state.project.id, documentId: document.id, start, end, codeIds, coderId: newCoder.id });
  }
  if (segments.length === 0) throw new AgreementError('nothing-to-import');

  return {
    changeset: { put: { coders: [newCoder], segments } },
    coderId: newCoder.id,
    report: {
      matchedDocuments: [...documents].map(([theirId, document]) => ({
        documentId: document.id,
        title: document.title,
        theirTitle: otherState.documents[theirId]!.title,
      })),
      unmatchedDocuments: [...unmatchedDocuments].sort(),
      unmatchedCodes: [...unmatchedCodes].sort(),
      segmentsImported: segments.length,
      segmentsSkipped: skipped,
      segmentsAlreadyHere: alreadyHere,
    },
  };
}
