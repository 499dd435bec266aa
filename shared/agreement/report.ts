/**
 * One call that compares two coders by every method: the data the agreement screen, the
 * command line and the Word appendix print.
 */
import type { ProjectState } from '../model/changeset';
import type { Locale } from '../model/types';
import { codeLabel, ancestorsAndSelf } from '../project/code-tree';
import { alphaAgreement } from './alpha';
import { characterAgreement } from './character';
import { coderName, type CoderId } from './coders';
import { compareCodings, type CompareScope } from './coding-sets';
import { formulaTexts } from './formulas';
import { DEFAULT_THRESHOLD, segmentAgreement } from './segment';
import type { AgreementReport } from './types';
import { AgreementError } from './errors';

export interface AgreementOptions extends CompareScope {
  /** Segment overlap threshold in percent, 1–100 (default 90). */
  threshold?: number;
  /** Language of code names and formula texts (default Indonesian). */
  locale?: Locale;
}

/**
 * Compares coder A's and coder B's codings (null = the project's owner) at character level,
 * segment level and on paragraph units.
 * @throws AgreementError 'same-coder' when A and B are one coder, 'bad-threshold' outside 1–100,
 *   'no-shared-transcripts' when no transcript was coded by both.
 */
export function agreementReport(state: ProjectState, coderA: CoderId, coderB: CoderId, options: AgreementOptions = {}): AgreementReport {
  const locale = options.locale ?? 'id';
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  if (coderA === coderB) throw new AgreementError('same-coder');
  if (!Number.isFinite(threshold) || threshold < 1 || threshold > 100) throw new AgreementError('bad-threshold');
  const compared = compareCodings(state, coderA, coderB, options);
  if (compared.documents.length === 0) throw new AgreementError('no-shared-transcripts');

  const segment = segmentAgreement(compared, threshold);
  return {
    coderA: { id: coderA, name: coderName(state, coderA, locale) },
    coderB: { id: coderB, name: coderName(state, coderB, locale) },
    documents: compared.documents.map((d) => ({
      id: d.id,
      title: d.title,
      informant: (d.informantId && state.informants[d.informantId]?.label) || '',
      characters: d.text.length,
    })),
    skippedDocuments: compared.skippedDocuments.map(({ document, codedBy }) => ({ id: document.id, title: document.title, codedBy })),
    codes: compared.codeIds.map((id) => {
      const code = state.codes[id]!;
      const names = ancestorsAndSelf(state, id).map((c) => codeLabel(c, locale));
      return { id, name: codeLabel(code, locale), path: names.join(' › '), parentPath: names.slice(0, -1).join(' › '), color: code.color };
    }),
    character: characterAgreement(compared),
    segment,
    alpha: alphaAgreement(compared),
    formulas: formulaTexts(locale, threshold, segment.k),
  };
}
