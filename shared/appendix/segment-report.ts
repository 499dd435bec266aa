/**
 * The coded-segment report: for every code, in codebook order, each coded segment as an
 * indented quote followed by its citation, then the reduced statement the student wrote for
 * it. Frameworks and dimensions appear as headings only when something below them is coded.
 */
import { Paragraph, TextRun } from 'docx';
import type { Code, Segment } from '../model/types';
import { isAnalysed } from '../project/analysis-scope';
import { childrenOf, codeLabel } from '../project/code-tree';
import { compareReadingOrder, retrieveSegment } from '../project/queries';
import type { Block } from './blocks';
import { heading, note, STYLE } from './blocks';
import { citeSegment } from './citation';
import type { AppendixContext } from './context';

function quoteParagraph(text: string, citation: string): Paragraph {
  const lines = text.trim().split('\n');
  const runs = lines.map((line, i) => {
    const open = i === 0 ? '“' : '';
    const close = i === lines.length - 1 ? '”' : '';
    return new TextRun({ text: `${open}${line}${close}`, break: i > 0 ? 1 : undefined });
  });
  return new Paragraph({ style: STYLE.quote, children: [...runs, new TextRun({ text: ` ${citation}`, italics: false })] });
}

function reducedParagraph(ctx: AppendixContext, reduced: string): Paragraph {
  return new Paragraph({
    style: STYLE.reduced,
    children: [new TextRun({ text: ctx.t('reduced'), bold: true }), new TextRun({ text: ` ${reduced.trim()}` })],
  });
}

export function segmentReport(ctx: AppendixContext): Block[] {
  const direct = new Map<string, number>();
  // Each code's segments, gathered in one pass (asking retrieval per code went through every
  // segment once per code: a quarter of a second in a 10,000-segment project).
  const byCode = new Map<string, Segment[]>();
  for (const segment of Object.values(ctx.state.segments)) {
    // Only segments retrieval can show: a segment whose document is gone has nothing to quote.
    if (!ctx.state.documents[segment.documentId] || !isAnalysed(ctx.state, segment)) continue;
    for (const id of segment.codeIds) direct.set(id, (direct.get(id) ?? 0) + 1);
    for (const id of new Set(segment.codeIds)) {
      const list = byCode.get(id);
      if (list) list.push(segment);
      else byCode.set(id, [segment]);
    }
  }
  const used = new Map<string, boolean>();
  const hasData = (code: Code): boolean => {
    let known = used.get(code.id);
    if (known === undefined) {
      known = (direct.get(code.id) ?? 0) > 0 || childrenOf(ctx.state, code.id).some(hasData);
      used.set(code.id, known);
    }
    return known;
  };

  const blocks: Block[] = [];
  const visit = (code: Code, depth: number): void => {
    if (!hasData(code)) return;
    blocks.push(heading(depth === 0 ? 2 : depth === 1 ? 3 : 4, codeLabel(code, ctx.locale)));
    const segments = (byCode.get(code.id) ?? []).flatMap((segment) => retrieveSegment(ctx.state, segment) ?? []).sort(compareReadingOrder);
    if (segments.length > 0) blocks.push(note(ctx.t('segmentCount', { count: segments.length })));
    for (const retrieved of segments) {
      blocks.push(quoteParagraph(retrieved.text, citeSegment(ctx, retrieved)));
      if (retrieved.segment.reduced.trim()) blocks.push(reducedParagraph(ctx, retrieved.segment.reduced));
    }
    for (const child of childrenOf(ctx.state, code.id)) visit(child, depth + 1);
  };
  for (const root of childrenOf(ctx.state, null)) visit(root, 0);
  return blocks.length > 0 ? blocks : [note(ctx.t('empty'))];
}
