/**
 * The agreement report for the chosen coders, recomputed from the project whenever it
 * changes (an accepted side shows at once). A refusal (no shared transcript …) comes back
 * as a sentence instead of a report.
 */
import { useMemo } from 'react';
import { agreementReport, AgreementError, type AgreementReport, type CoderId } from '../../../shared/agreement';
import { translate } from '../../../shared/i18n';
import { useAppStore } from '../../store';

export type ReportOutcome = { report: AgreementReport; error: null } | { report: null; error: string };

export function useAgreementReport(coderA: CoderId, coderB: CoderId, threshold: number): ReportOutcome {
  const current = useAppStore((s) => s.current);
  const locale = useAppStore((s) => s.locale);
  return useMemo(() => {
    if (!current) return { report: null, error: '' };
    try {
      return { report: agreementReport(current, coderA, coderB, { threshold, locale }), error: null };
    } catch (err) {
      if (err instanceof AgreementError) return { report: null, error: translate(locale, err.messageKey) };
      throw err;
    }
  }, [current, coderA, coderB, threshold, locale]);
}
