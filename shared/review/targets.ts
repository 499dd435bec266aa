/**
 * What a comment is anchored to, in words a reader understands ("Segmen I2 baris 14",
 * "Sel Enabling × I3"), and whether it still exists. A target deleted after the comment
 * was written is named as deleted: the comment stays readable, nothing crashes.
 */
import type { ProjectState } from '../model/changeset';
import type { CommentTarget, Locale } from '../model/types';
import { translate } from '../i18n';
import { codeLabel } from '../project/code-tree';
import { lineStartsOf } from '../project/line-cache';
import { lineOfOffset } from '../text/lines';
import { ownRow } from './own-row';

export interface TargetLabel {
  text: string;
  /** The segment, code, cell or conclusion was deleted since. */
  missing: boolean;
}

/** True when everything the target names is in the project. */
export function targetExists(state: ProjectState, target: CommentTarget): boolean {
  switch (target.kind) {
    case 'segment':
      return ownRow(state.segments, target.segmentId) !== undefined;
    case 'code':
      return ownRow(state.codes, target.codeId) !== undefined;
    case 'cell':
      return ownRow(state.codes, target.codeId) !== undefined && ownRow(state.informants, target.informantId) !== undefined;
    case 'conclusion':
      return ownRow(state.conclusions, target.conclusionId) !== undefined;
    case 'project':
      return true;
  }
}

/** A readable label for a comment's target, in the given language. */
export function targetLabel(state: ProjectState, target: CommentTarget, locale: Locale): TargetLabel {
  const t = (key: string, values?: Record<string, string | number>) => translate(locale, `review:${key}`, values);
  const codeName = (codeId: string) => {
    const code = ownRow(state.codes, codeId);
    return code ? codeLabel(code, locale) : undefined;
  };
  const deleted = (key: string): TargetLabel => ({ text: t(key), missing: true });
  switch (target.kind) {
    case 'segment': {
      const segment = ownRow(state.segments, target.segmentId);
      const document = segment ? ownRow(state.documents, segment.documentId) : undefined;
      if (!segment || !document) return deleted('target.segmentDeleted');
      const informant = document.informantId === null ? undefined : ownRow(state.informants, document.informantId);
      const line = lineOfOffset(lineStartsOf(document), segment.start);
      return { text: t('target.segment', { source: informant?.label || document.title, line }), missing: false };
    }
    case 'code': {
      const code = codeName(target.codeId);
      return code === undefined ? deleted('target.codeDeleted') : { text: t('target.code', { code }), missing: false };
    }
    case 'cell': {
      const code = codeName(target.codeId);
      const informant = ownRow(state.informants, target.informantId);
      if (code === undefined || !informant) return deleted('target.cellDeleted');
      return { text: t('target.cell', { code, informant: informant.label }), missing: false };
    }
    case 'conclusion': {
      const conclusion = ownRow(state.conclusions, target.conclusionId);
      const code = conclusion ? codeName(conclusion.codeId) : undefined;
      if (!conclusion) return deleted('target.conclusionDeleted');
      return { text: t('target.conclusion', { code: code ?? t('target.codeGone') }), missing: false };
    }
    case 'project':
      return { text: t('target.project'), missing: false };
  }
}

/** Two targets name the same thing. */
export function sameTarget(a: CommentTarget, b: CommentTarget): boolean {
  const x = targetKey(a);
  const y = targetKey(b);
  return x.length === y.length && x.every((part, i) => part === y[i]);
}

function targetKey(target: CommentTarget): string[] {
  switch (target.kind) {
    case 'segment':
      return [target.kind, target.segmentId];
    case 'code':
      return [target.kind, target.codeId];
    case 'cell':
      return [target.kind, target.codeId, target.informantId];
    case 'conclusion':
      return [target.kind, target.conclusionId];
    case 'project':
      return [target.kind];
  }
}
