/**
 * The rows of a framework's conclusions, as both the Word appendix and the spreadsheet list
 * them: the framework itself first, then each dimension and indicator the student concluded
 * on (a dimension without a conclusion of its own heads its indicators'), each with its
 * verdict, its evidence (words and citation) and its triangulation status.
 */
import { frameworkRows } from '../display/code-rows';
import { triangulationTable } from '../display/triangulation';
import type { TriangulationRow } from '../display/types';
import { DEFAULT_VERDICT_SCALE } from '../model/defaults';
import type { ProjectState } from '../model/changeset';
import type { Conclusion, Document, Informant, Segment } from '../model/types';
import { codeLabel, descendantIds } from '../project/code-tree';
import { triangulationVerdictsFromState } from '../reduction/display-inputs';
import { citeSegment } from './citation';
import type { AppendixContext } from './context';
import type { MatrixGroup } from './matrix-groups';
import { rowNumbers } from './matrix-groups';
import { verdictText } from './verdict-text';

/** One piece of evidence as printed: the segment's words or reduced statement, and its citation. */
export interface EvidenceLine {
  segmentId: string;
  text: string;
  citation: string;
}

/** Evidence as one line of text: "“…” (Wawancara dengan …)". */
export function evidenceLineText(line: EvidenceLine): string {
  return `${line.text} ${line.citation}`;
}

export interface ConclusionRow {
  /** "1", "1.2" as in the codebook; "" for the framework itself. */
  number: string;
  label: string;
  /** -1 for the framework, 0 for a dimension, 1 and more for indicators. */
  depth: number;
  /** null when the row only heads the conclusions of a dimension's indicators. */
  conclusion: Conclusion | null;
  /** The verdict as printed, or '' when not judged yet. */
  verdict: string;
  /** Each evidence segment once, in the order linked, with its words (or reduced statement) and citation. */
  evidence: EvidenceLine[];
  /** The student's verdict on the indicator (or not judged), or a tally of its indicators' verdicts ("Sama: 2"); empty when there are none. */
  triangulation: string[];
  /** Whether an indicator's triangulation is not judged by the student yet. */
  triangulationUndecided: boolean;
}

/** The conclusions of the project by code id, oldest first; those of deleted codes left out. */
export function conclusionsByCode(ctx: AppendixContext): Map<string, Conclusion[]> {
  const byCode = new Map<string, Conclusion[]>();
  const ordered = Object.values(ctx.state.conclusions).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  for (const conclusion of ordered) {
    if (!ctx.state.codes[conclusion.codeId]) continue;
    byCode.set(conclusion.codeId, [...(byCode.get(conclusion.codeId) ?? []), conclusion]);
  }
  return byCode;
}

/** The verdict as written, in English when it is one of the default scale's words (the Bab IV draft prints it the same way). */
export function conclusionVerdict(ctx: AppendixContext, verdict: string): string {
  const at = DEFAULT_VERDICT_SCALE.indexOf(verdict.trim());
  if (at >= 0) return ctx.t('defaultVerdicts').split(',')[at] ?? verdict.trim();
  return verdict.trim();
}

/**
 * Each evidence segment once, in the order linked: its words in quotation marks (or, when the
 * student chose reduced statements, its reduced statement, the words where it has none), then
 * its citation — so two quotes from one informant never read alike.
 */
function evidenceLines(ctx: AppendixContext, conclusion: Conclusion): EvidenceLine[] {
  return evidenceOf(ctx.state, conclusion).map(({ segment, document, informant, words }) => {
    const reduced = ctx.format.evidenceText === 'reduced' ? segment.reduced.trim() : '';
    return { segmentId: segment.id, text: reduced || `“${words}”`, citation: citeSegment(ctx, { segment, document, informant }) };
  });
}

/** A conclusion's evidence as the appendix and the BAB IV draft print it. */
export interface Evidence {
  segment: Segment;
  document: Document;
  informant: Informant | null;
  /** The segment's words verbatim, its line breaks as spaces. */
  words: string;
}

/** Each evidence segment of a conclusion once, in the order linked; deleted ones are skipped. */
export function evidenceOf(state: ProjectState, conclusion: Conclusion): Evidence[] {
  const out: Evidence[] = [];
  const seen = new Set<string>();
  for (const id of conclusion.evidenceSegmentIds) {
    const segment = state.segments[id];
    const document = segment && state.documents[segment.documentId];
    if (!segment || !document || seen.has(id)) continue;
    seen.add(id);
    const informant = document.informantId ? (state.informants[document.informantId] ?? null) : null;
    out.push({ segment, document, informant, words: document.text.slice(segment.start, segment.end).replace(/\s*\n\s*/g, ' ').trim() });
  }
  return out;
}

function triangulationOf(ctx: AppendixContext, codeId: string, rows: Map<string, TriangulationRow>): { lines: string[]; undecided: boolean } {
  const own = rows.get(codeId);
  if (own) {
    const shown = verdictText(ctx, own);
    return { lines: [shown.text], undecided: !shown.judged };
  }
  // A dimension or framework tallies the verdicts the student gave its indicators; suggestions count as not judged.
  const verdicts = descendantIds(ctx.state, codeId).flatMap((id) => (rows.has(id) ? [rows.get(id)!.verdict] : []));
  const lines = (['sama', 'berbeda', 'spesifik', null] as const).flatMap((verdict) => {
    const count = verdicts.filter((v) => v === verdict).length;
    const name = verdict ? ctx.t(`verdict_${verdict}`) : ctx.t('verdictUndecided');
    return count > 0 ? [ctx.t('triangulationSummary', { verdict: name, count })] : [];
  });
  return { lines, undecided: false };
}

/** The rows of one framework (or the student's own codes); none when nothing in it is concluded. */
export function conclusionRows(ctx: AppendixContext, group: MatrixGroup, byCode: Map<string, Conclusion[]>): ConclusionRow[] {
  const verdicts = triangulationVerdictsFromState(ctx.state);
  const triangulation = new Map<string, TriangulationRow>();
  for (const rootCodeId of group.rootIds) {
    for (const row of triangulationTable(ctx.state, { rootCodeId, locale: ctx.locale, verdicts }).rows) triangulation.set(row.codeId, row);
  }
  const codes = group.rootIds.flatMap((id) => frameworkRows(ctx.state, id, ctx.locale));
  const numbers = rowNumbers(codes);
  const listed = [
    ...(group.rootId ? [{ codeId: group.rootId, depth: -1, number: '' }] : []),
    ...codes.map((row, i) => ({ codeId: row.codeId, depth: row.depth, number: numbers[i]! })),
  ];
  const rows: ConclusionRow[] = [];
  for (const { codeId, depth, number } of listed) {
    const label = codeLabel(ctx.state.codes[codeId]!, ctx.locale);
    const concluded = byCode.get(codeId) ?? [];
    if (concluded.length === 0) {
      const headsOthers = depth === 0 && descendantIds(ctx.state, codeId).some((id) => byCode.has(id));
      if (headsOthers) rows.push({ number, label, depth, conclusion: null, verdict: '', evidence: [], triangulation: [], triangulationUndecided: false });
      continue;
    }
    const status = triangulationOf(ctx, codeId, triangulation);
    for (const conclusion of concluded) {
      rows.push({
        number,
        label,
        depth,
        conclusion,
        verdict: conclusion.verdict.trim() ? conclusionVerdict(ctx, conclusion.verdict) : '',
        evidence: evidenceLines(ctx, conclusion),
        triangulation: status.lines,
        triangulationUndecided: status.undecided,
      });
    }
  }
  return rows;
}
