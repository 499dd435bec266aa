/**
 * The parenthesised source after a quote, in the two styles theses use: by interview
 * ("(Wawancara dengan Ibu Sri, Kepala Bidang, 15 November 2023)") or by transcript line
 * ("(I2, baris 12)"), which points into the line-numbered transcripts of the appendix.
 * A quote from a PDF also says its page ("(Dokumen, Laporan Kinerja 2023, hlm. 12)").
 */
import type { Document, Informant, PageRange, Segment } from '../model/types';
import { lineStartsOf } from '../project/line-cache';
import { lineOfOffset } from '../text/lines';
import type { AppendixContext } from './context';
import { formatDate } from './context';
import type { CitationStyle } from './format';

export interface CitedSegment {
  segment: Segment;
  document: Document;
  informant: Informant | null;
}

const HONORIFIC_KEYS = ['sapaan', 'honorific', 'salutation', 'panggilan'];
const GENDER_KEYS = ['jenis kelamin', 'gender', 'sex', 'jk', 'kelamin'];
const MALE = new Set(['l', 'lk', 'laki-laki', 'laki laki', 'pria', 'm', 'male', 'man']);
const FEMALE = new Set(['p', 'pr', 'perempuan', 'wanita', 'f', 'female', 'woman', 'w']);
// A name the student already wrote with its form of address.
const ADDRESSED = /^(bapak|ibu|pak|bu|bpk\.?|sdr\.?|sdri\.?|saudara|saudari|mr\.?|mrs\.?|ms\.?|miss)\s/i;

/** The first non-empty attribute whose name (any case) is one of `keys`, or "". */
export function attribute(informant: Informant, keys: readonly string[]): string {
  for (const [key, value] of Object.entries(informant.attributes)) {
    if (keys.includes(key.trim().toLowerCase()) && value.trim()) return value.trim();
  }
  return '';
}

/** "Bapak"/"Ibu" (Mr/Ms) from the informant's "Sapaan" or "Jenis kelamin", or "" when unknown. */
export function honorificOf(ctx: AppendixContext, informant: Informant): string {
  if (ADDRESSED.test(informant.name.trim())) return '';
  const written = attribute(informant, HONORIFIC_KEYS);
  if (written) return written;
  const gender = attribute(informant, GENDER_KEYS).toLowerCase();
  if (MALE.has(gender)) return ctx.t('honorificMale');
  if (FEMALE.has(gender)) return ctx.t('honorificFemale');
  return '';
}

/** What a line citation calls a document: the informant's label, or the document's title. */
export function sourceLabel(ctx: AppendixContext, document: Document, informant: Informant | null): string {
  if (!informant) return document.title;
  const label = informant.label.trim() || informant.name.trim();
  // An informant interviewed twice has two transcripts: the title says which one.
  const documents = Object.values(ctx.state.documents).filter((d) => d.informantId === informant.id).length;
  return documents > 1 ? `${label}, ${document.title}` : label;
}

/** The page holding a text offset: the page it falls in, else (between pages) the next page with text. */
function pageAt(pages: readonly PageRange[], offset: number): PageRange | undefined {
  return pages.find((p) => p.start <= offset && offset < p.end) ?? pages.find((p) => p.start >= offset && p.end > p.start) ?? pages.findLast((p) => p.end > p.start);
}

/**
 * The printed pages a range of a PDF document spans: the page holding its first character
 * and the page holding its last. Null for documents without pages (typed transcripts).
 */
export function pageSpan(document: Pick<Document, 'pages'>, start: number, end: number): { from: number; to: number } | null {
  const pages = document.pages;
  if (!pages || pages.length === 0) return null;
  const first = pageAt(pages, start);
  const last = pageAt(pages, Math.max(start, end - 1));
  if (!first || !last) return null;
  return { from: first.number, to: Math.max(first.number, last.number) };
}

/** "hlm. 3" or "hlm. 3–4" for a range of a PDF; '' for a document without pages. */
function pagesOf(ctx: AppendixContext, document: Document, segment: Segment): string {
  const span = pageSpan(document, segment.start, segment.end);
  if (!span) return '';
  return span.from === span.to ? ctx.t('citePage', { page: span.from }) : ctx.t('citePages', { from: span.from, to: span.to });
}

/** The citation of a coded segment in the given style, parentheses included. */
export function citeSegment(ctx: AppendixContext, cited: CitedSegment, style: CitationStyle = ctx.format.citationStyle): string {
  const { segment, document, informant } = cited;
  const page = pagesOf(ctx, document, segment);
  if (style === 'line') {
    const starts = lineStartsOf(document);
    const from = lineOfOffset(starts, segment.start);
    const to = lineOfOffset(starts, Math.max(segment.start, segment.end - 1));
    // A PDF's page comes before the line: "(Laporan Kinerja, hlm. 2, baris 40)".
    const source = [sourceLabel(ctx, document, informant), page].filter(Boolean).join(', ');
    return `(${from === to ? ctx.t('citeLine', { source, line: from }) : ctx.t('citeLines', { source, from, to })})`;
  }
  if (document.kind === 'interview' && informant) {
    const who = [honorificOf(ctx, informant), informant.name.trim() || informant.label.trim()].filter(Boolean).join(' ');
    const parts = [ctx.t('citeInterview', { who }), informant.position.trim(), formatDate(ctx, informant.interviewDate), page];
    return `(${parts.filter(Boolean).join(', ')})`;
  }
  return `(${[ctx.t(`kind_${document.kind}`), document.title, page].filter(Boolean).join(', ')})`;
}
