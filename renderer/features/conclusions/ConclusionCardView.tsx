import { Badge, Divider, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConclusionCard, TriangulationStatus } from '../../../shared/conclusions';
import type { Conclusion } from '../../../shared/model/types';
import { ConclusionFields } from './ConclusionFields';
import { TriangulationBadge } from './TriangulationBadge';
import type { ConclusionTarget } from './conclusion-actions';

interface Props {
  card: ConclusionCard;
  codeName: string;
  color: string;
  conclusions: Conclusion[];
  status: TriangulationStatus | undefined;
  highlighted: boolean;
  onPickEvidence(target: ConclusionTarget): void;
  onEditScale(): void;
  /** Shown under the conclusions (the Bab IV preview). */
  footer?: ReactNode;
}

const LEVEL_COLOR = { framework: 'indigo', dimension: 'cyan', indicator: 'gray' } as const;

/** A framework's, dimension's or indicator's card: its conclusion(s) and triangulation status. */
export function ConclusionCardView({ card, codeName, color, conclusions, status, highlighted, onPickEvidence, onEditScale, footer }: Props) {
  const { t } = useTranslation('conclusions');
  const shown: (Conclusion | undefined)[] = conclusions.length ? conclusions : [undefined];
  return (
    <Paper
      withBorder
      p="sm"
      ml={card.depth * 24}
      id={`conclusion-card-${card.codeId}`}
      data-testid={`conclusion-card-${card.codeId}`}
      data-level={card.level}
      style={{
        borderLeft: `4px solid ${color}`,
        boxShadow: highlighted ? '0 0 0 3px var(--mantine-color-yellow-4)' : undefined,
        transition: 'box-shadow 300ms',
      }}
    >
      {/* Narrow (a laptop with the comments panel open): the triangulation status goes to its own line rather than squeezing the level badge to nothing. */}
      <Group justify="space-between" mb="xs" wrap="wrap" gap="xs" align="flex-start">
        <Group gap="xs" wrap="nowrap">
          <Badge size="sm" variant="light" color={LEVEL_COLOR[card.level]} style={{ flexShrink: 0 }}>
            {t(`level.${card.level}`)}
          </Badge>
          <Text fw={card.level === 'indicator' ? 500 : 700} size={card.level === 'framework' ? 'lg' : 'md'}>
            {codeName}
          </Text>
        </Group>
        <TriangulationBadge codeId={card.codeId} status={status} />
      </Group>
      <Stack gap="sm">
        {shown.map((conclusion, i) => (
          <Stack key={i} gap="xs">
            {i > 0 ? <Divider label={t('extraConclusion')} labelPosition="left" /> : null}
            <ConclusionFields
              codeId={card.codeId}
              codeName={codeName}
              conclusion={conclusion}
              index={i}
              onPickEvidence={onPickEvidence}
              onEditScale={onEditScale}
            />
          </Stack>
        ))}
        {footer}
      </Stack>
    </Paper>
  );
}
