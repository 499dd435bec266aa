/**
 * Transcripts with line numbers: per document, the interview's details (Informan, Jabatan,
 * Hari/Tanggal, Waktu, Tempat, Pewawancara) unless the transcript opens with them itself, then
 * every line of the text in a two-column table No. baris | Teks with the speaker labels in
 * bold. Observation notes and documents get their kind and title, no interview details. The numbers are the ones line citations ("I1, baris 12")
 * and the app use, so a reader can find every quote.
 */
import { Paragraph, TextRun } from 'docx';
import type { Document, Informant, Turn } from '../model/types';
import { extractHeader } from '../text/header';
import { lineStartsOf } from '../project/line-cache';
import { lineOfOffset } from '../text/lines';
import type { Block, Cell } from './blocks';
import { caption, dataTable, heading, note, STYLE } from './blocks';
import { attribute, sourceLabel } from './citation';
import type { AppendixContext } from './context';
import { formatDate } from './context';
import type { Orientation } from './format';
import { informantName } from './informant-table';

function field(label: string, value: string): Paragraph {
  return new Paragraph({ style: STYLE.field, text: `${label}\t: ${value}` });
}

const TIME_KEYS = ['waktu', 'waktu wawancara', 'pukul', 'jam', 'jam wawancara', 'time', 'interview time'];

/** The project's documents in the order the student arranged them. */
export function orderedDocuments(ctx: AppendixContext): Document[] {
  // Photos are placed in their own lampiran (Dokumentasi penelitian), not as text.
  return Object.values(ctx.state.documents).filter((d) => d.medium !== 'picture').sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, 'id', { numeric: true }));
}

/** The text cell of a line: a speaker label ("P:", "[00:01:10] Bu Sri:") in bold, then the words. */
function lineCell(line: string, turn: Turn | undefined): Cell {
  if (!turn) return line;
  // Look for the label after the timestamp, so "I" is never found inside "[00:04:10]".
  const from = turn.timestamp ? line.indexOf(turn.timestamp) + turn.timestamp.length : 0;
  const at = line.indexOf(turn.speaker, Math.max(0, from));
  const colon = at < 0 ? -1 : line.indexOf(':', at + turn.speaker.length);
  if (colon < 0) return line;
  const runs = [new TextRun({ text: line.slice(at, colon + 1), bold: true }), new TextRun({ text: line.slice(colon + 1) })];
  if (at > 0) runs.unshift(new TextRun({ text: line.slice(0, at) }));
  return { runs };
}

function transcriptRows(document: Document): Cell[][] {
  const lines = document.text.split('\n');
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  const starts = lineStartsOf(document);
  const turnAt = new Map<number, Turn>();
  for (const turn of document.turns) turnAt.set(lineOfOffset(starts, turn.start) - 1, turn);
  return lines.map((line, i) => [String(i + 1), lineCell(line, turnAt.get(i))]);
}

/**
 * Whether the text opens with its own identity block ("Nama informan : …", "Jabatan : …",
 * "Hari/Tanggal : …" before the first turn), printed as its first numbered lines: then
 * Pilah does not print the same block again above it.
 */
function carriesIdentity(document: Document): boolean {
  const header = extractHeader(document.text);
  return Boolean(header.name && (header.position || header.date));
}

/** The interview's details above its transcript, as the pedoman show them. */
function identityBlock(ctx: AppendixContext, informant: Informant): Paragraph[] {
  const or = (value: string): string => value.trim() || ctx.t('emptyCell');
  const fields = [
    field(ctx.t('field_informant'), informantName(informant)),
    field(ctx.t('field_position'), or(informant.position)),
    field(ctx.t('field_date'), or(formatDate(ctx, informant.interviewDate, true))),
  ];
  // Optional fields the pedoman mention, printed only when the project has them.
  const time = attribute(informant, TIME_KEYS);
  if (time) fields.push(field(ctx.t('field_time'), time));
  fields.push(field(ctx.t('field_place'), or(informant.place)));
  const researcher = ctx.state.project.researcher.trim();
  if (researcher) fields.push(field(ctx.t('field_interviewer'), researcher));
  return fields;
}

/** "Wawancara I1", or for an observation note or a document its kind and title. */
function documentName(ctx: AppendixContext, document: Document, informant: Informant | null): string {
  const kind = ctx.t(`kind_${document.kind}`);
  return document.kind === 'interview' && informant ? `${kind} ${sourceLabel(ctx, document, informant)}` : `${kind}: ${document.title}`;
}

function documentBlocks(ctx: AppendixContext, document: Document, orientation: Orientation): Block[] {
  const informant = document.informantId ? (ctx.state.informants[document.informantId] ?? null) : null;
  const name = documentName(ctx, document, informant);
  const blocks: Block[] = [heading(2, name)];
  // Only an interview has an interviewee: an observation note is the researcher's own record,
  // whoever it is filed under. A transcript that carries its identity block prints it once, as its first lines.
  if (document.kind === 'interview' && informant && !carriesIdentity(document)) blocks.push(...identityBlock(ctx, informant));
  const columns = [
    { header: ctx.t('col_line'), weight: 1.25, align: 'center' as const },
    { header: ctx.t('col_text'), weight: 8 },
  ];
  blocks.push(
    // "Transkrip Wawancara I1"; an observation note or a document is no transcript: its name says what it is.
    caption(ctx, document.kind === 'interview' ? ctx.t('caption_transcript', { document: name }) : name),
    // No "Sumber: data diolah" here: a transcript is the raw data, not a table the student made from it.
    dataTable(ctx, columns, transcriptRows(document), orientation),
  );
  return blocks;
}

export function transcripts(ctx: AppendixContext, orientation: Orientation = 'portrait'): Block[] {
  const documents = orderedDocuments(ctx);
  if (documents.length === 0) return [note(ctx.t('empty'))];
  return documents.flatMap((document) => documentBlocks(ctx, document, orientation));
}
