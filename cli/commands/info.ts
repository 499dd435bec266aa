/**
 * pilah info <project.qdpx> [--json]
 * Prints what a project holds; offsets are UTF-16 code units into each document's text.
 */
import { parseArgs } from 'node:util';
import { translate } from '../../shared/i18n';
import type { Locale, ProjectSnapshot } from '../../shared/model/types';
import { describeProjectFileWarning, type ProjectFileWarning } from '../../shared/refi';
import { cliLocale, UsageError } from '../errors';
import { openProjectFile } from '../files';

export async function runInfo(args: string[]): Promise<void> {
  const locale = cliLocale(args);
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, lang: { type: 'string' } } });
  } catch (err) {
    throw new UsageError(translate(locale, 'cli:badOptions', { detail: err instanceof Error ? err.message : String(err) }));
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0) throw new UsageError(translate(locale, 'cli:needOneProject'));
  const { snapshot, warnings } = await openProjectFile(file, locale);
  const info = projectInfo(snapshot, warnings, locale);
  if (parsed.values.json) process.stdout.write(JSON.stringify(info, null, 2) + '\n');
  else process.stdout.write(summary(info, locale) + '\n');
}

export interface ProjectInfo {
  title: string;
  codes: { id: string; name: string; parentId: string | null }[];
  informants: { id: string; label: string; name: string; group: string }[];
  documents: {
    id: string;
    title: string;
    /** interview, observation or document. */
    kind: string;
    /** text, pdf or picture. */
    medium: string;
    informantId: string | null;
    text: string;
    turns: { speaker: string; start: number; end: number }[];
    /** PDFs only: each page's range of `text`. */
    pages?: { number: number; start: number; end: number }[];
    /** Documentation sources with an issuer, date or number. */
    sourceInfo?: { issuer: string; date: string; number: string };
  }[];
  /** The fieldwork photos, in document order. */
  pictures: { id: string; title: string; caption: string }[];
  segments: { id: string; documentId: string; start: number; end: number; codeIds: string[]; memo: string }[];
  /** What the file held that could not be read (and is missing above): kind, what, how many, and the sentence. */
  warnings: { code: string; what: string; count: number; message: string }[];
}

export function projectInfo(s: ProjectSnapshot, warnings: readonly ProjectFileWarning[] = [], locale: Locale = 'en'): ProjectInfo {
  const byOrder = <T extends { order: number }>(rows: T[]) => [...rows].sort((a, b) => a.order - b.order);
  return {
    title: s.project.title,
    codes: byOrder(s.codes).map((c) => ({ id: c.id, name: c.label.id || c.label.en, parentId: c.parentId })),
    informants: byOrder(s.informants).map((i) => ({ id: i.id, label: i.label, name: i.name, group: i.group })),
    documents: byOrder(s.documents).map((d) => ({
      id: d.id,
      title: d.title,
      kind: d.kind,
      medium: d.medium ?? 'text',
      informantId: d.informantId,
      text: d.text,
      turns: d.turns.map((t) => ({ speaker: t.speaker, start: t.start, end: t.end })),
      ...(d.pages ? { pages: d.pages.map((p) => ({ number: p.number, start: p.start, end: p.end })) } : {}),
      ...(d.sourceInfo ? { sourceInfo: { ...d.sourceInfo } } : {}),
    })),
    pictures: byOrder(s.documents)
      .filter((d) => d.medium === 'picture')
      .map((d) => ({ id: d.id, title: d.title, caption: d.picture?.caption ?? d.text })),
    segments: [...s.segments]
      .sort((a, b) => a.documentId.localeCompare(b.documentId) || a.start - b.start)
      .map((g) => ({ id: g.id, documentId: g.documentId, start: g.start, end: g.end, codeIds: g.codeIds, memo: g.memo })),
    warnings: warnings.map((w) => ({ code: w.code, what: w.what, count: w.count, message: describeProjectFileWarning(w, locale) })),
  };
}

function summary(info: ProjectInfo, locale: Locale): string {
  const counts = translate(locale, 'cli:summary', {
    title: info.title,
    codes: info.codes.length,
    informants: info.informants.length,
    documents: info.documents.length,
    segments: info.segments.length,
  });
  if (info.warnings.length === 0) return counts;
  return [counts, translate(locale, 'cli:notRead'), ...info.warnings.map((w) => `- ${w.message}`)].join('\n');
}
