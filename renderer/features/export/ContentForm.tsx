import { Checkbox, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppendixFormat, EvidenceText, UnjudgedVerdicts } from '../../../shared/appendix';

const UNJUDGED: readonly UnjudgedVerdicts[] = ['notJudged', 'suggestion'];
const EVIDENCE: readonly EvidenceText[] = ['quote', 'reduced'];

/**
 * What the tables say where the format leaves a choice: unjudged triangulation rows (never
 * printed as verdicts), the evidence of conclusions, the codebook's colour column. Kept in the
 * format, the one place of the appendix settings, so a format profile can carry them later.
 */
export function ContentForm({ format, onChange }: { format: AppendixFormat; onChange(format: AppendixFormat): void }) {
  const { t } = useTranslation('exporting');
  const set = (patch: Partial<AppendixFormat>) => onChange({ ...format, ...patch });
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h5" mb={4}>
        {t('contentTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('contentHint')}
      </Text>
      <Stack gap="sm" data-testid="export-content">
        <Radio.Group label={t('unjudgedVerdicts')} value={format.unjudgedVerdicts} onChange={(value) => set({ unjudgedVerdicts: value as UnjudgedVerdicts })}>
          <Stack gap={6} mt={4}>
            {UNJUDGED.map((value) => (
              <Radio key={value} value={value} label={t(`unjudgedVerdicts.${value}`)} data-testid={`export-unjudged-${value}`} />
            ))}
          </Stack>
        </Radio.Group>
        <Radio.Group label={t('evidenceText')} value={format.evidenceText} onChange={(value) => set({ evidenceText: value as EvidenceText })}>
          <Stack gap={6} mt={4}>
            {EVIDENCE.map((value) => (
              <Radio key={value} value={value} label={t(`evidenceText.${value}`)} data-testid={`export-evidence-${value}`} />
            ))}
          </Stack>
        </Radio.Group>
        <Checkbox
          label={t('codebookColour')}
          checked={format.codebookColour}
          onChange={(e) => set({ codebookColour: e.currentTarget.checked })}
          data-testid="export-codebook-colour"
        />
      </Stack>
    </Paper>
  );
}
