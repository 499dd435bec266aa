/**
 * What a matrix cell says in the appendix and the spreadsheet: the student's summary when
 * there is one, else the reduced statement of each segment (its quote when it has none),
 * else that there is no data. Written as plain text lines so both writers share it.
 */
import { codedWith } from '../display/counting';
import type { DisplayCell } from '../display/types';
import { summaryKey } from '../display/types';
import type { Segment } from '../model/types';
import type { AppendixContext } from './context';

/** Each segment's reduced statement, or its quote in quotation marks when it has none. */
export function statementsOf(ctx: AppendixContext, segmentIds: readonly string[]): string[] {
  const out: string[] = [];
  for (const id of segmentIds) {
    const segment = ctx.state.segments[id];
    const document = segment && ctx.state.documents[segment.documentId];
    if (!segment || !document) continue;
    out.push(segment.reduced.trim() || `“${document.text.slice(segment.start, segment.end).trim()}”`);
  }
  return out;
}

/** Lines as one text: a single line as it is, several as a bulleted list. */
export function bulleted(lines: readonly string[]): string {
  return lines.length === 1 ? lines[0]! : lines.map((line) => `• ${line}`).join('\n');
}

/**
 * The segments of a cell a row of text prints: those coded with the row's code itself. A
 * dimension's cell counts its indicators' segments too, but their words stand in the
 * indicators' own rows (see display/counting.ts).
 */
export function ownSegmentIds(ctx: AppendixContext, codeId: string, cell: DisplayCell): string[] {
  return cell.segmentIds.filter((id) => codedWith(ctx.state, id, codeId));
}

/** The text of a reduction cell of row `codeId`, or '' when the row has nothing of its own there. */
export function reductionText(ctx: AppendixContext, codeId: string, cell: DisplayCell): string {
  if (cell.summary?.trim()) return cell.summary.trim();
  return bulleted(statementsOf(ctx, ownSegmentIds(ctx, codeId, cell)));
}

/**
 * A cell pooling several informants (a group column): per informant in the order of the
 * segments, "I1: <summary>" when the student summarised that informant's cell, else their
 * statements. Segments of documents with no informant are labelled by the document's title.
 * Only segments coded with the row's code itself are printed (see ownSegmentIds).
 */
export function pooledText(ctx: AppendixContext, codeId: string, cell: DisplayCell, summaries: Record<string, string>): string {
  const bySource = new Map<string, { label: string; informantId: string | null; segments: Segment[] }>();
  for (const id of ownSegmentIds(ctx, codeId, cell)) {
    const segment = ctx.state.segments[id];
    const document = segment && ctx.state.documents[segment.documentId];
    if (!segment || !document) continue;
    const informant = document.informantId ? ctx.state.informants[document.informantId] : undefined;
    const key = informant ? informant.id : `document:${document.id}`;
    let entry = bySource.get(key);
    if (!entry) {
      const label = informant ? informant.label.trim() || informant.name.trim() : document.title;
      bySource.set(key, (entry = { label, informantId: informant?.id ?? null, segments: [] }));
    }
    entry.segments.push(segment);
  }
  const lines: string[] = [];
  for (const { label, informantId, segments } of bySource.values()) {
    const summary = informantId ? summaries[summaryKey(codeId, informantId)]?.trim() : undefined;
    const statements = summary ? [summary] : statementsOf(ctx, segments.map((segment) => segment.id));
    lines.push(`${label}: ${statements.join(' ')}`);
  }
  return bulleted(lines);
}
