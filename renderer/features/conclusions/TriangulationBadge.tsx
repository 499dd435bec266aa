import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TriangulationStatus } from '../../../shared/conclusions';

const COLOR = { sama: 'teal', berbeda: 'orange', spesifik: 'grape' } as const;

/**
 * How the sources agree on a code: an indicator's verdict from the triangulation table (or,
 * until the student judges it, "not judged" with the suggestion), a dimension's or
 * framework's tally of the verdicts the student gave its indicators.
 */
export function TriangulationBadge({ codeId, status }: { codeId: string; status: TriangulationStatus | undefined }) {
  const { t } = useTranslation('conclusions');
  const testId = `triangulation-badge-${codeId}`;
  if (!status) return null;
  if (status.kind === 'group') {
    return (
      <Tooltip label={t('triangulation.title')}>
        <Badge variant="outline" color="gray" data-testid={testId} style={{ textTransform: 'none' }}>
          {t('triangulation.group', status.counts)}
        </Badge>
      </Tooltip>
    );
  }
  // Only the student's verdict is a verdict; a suggestion is shown as one, beside "not judged".
  const label = status.verdict
    ? t(`triangulation.${status.verdict}`)
    : status.sources.length === 0
      ? t('triangulation.none')
      : status.suggested
        ? t('triangulation.suggested', { verdict: t(`triangulation.${status.suggested}`).toLowerCase() })
        : t('triangulation.open');
  const detail = status.sources.length ? t('triangulation.sources', { sources: status.sources.join(', ') }) : t('triangulation.none');
  return (
    <Tooltip label={[t('triangulation.title'), detail, status.note].filter(Boolean).join(' — ')} multiline maw={360}>
      <Badge
        variant={status.verdict ? 'filled' : 'light'}
        color={status.verdict ? COLOR[status.verdict] : 'gray'}
        data-testid={testId}
        data-verdict={status.verdict ?? ''}
        style={{ textTransform: 'none' }}
      >
        {label}
      </Badge>
    </Tooltip>
  );
}
