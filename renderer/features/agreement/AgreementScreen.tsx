import { Alert, Slider, Stack, Tabs, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { coderChoices, DEFAULT_THRESHOLD, type CoderId } from '../../../shared/agreement';
import { ScreenHeader } from '../../components';
import { useAppStore } from '../../store';
import { CoderPickers } from './CoderPickers';
import { DisagreementView } from './DisagreementView';
import { ImportSecondCoder } from './ImportSecondCoder';
import { MethodTables, type Method } from './MethodTables';
import { useAgreementReport } from './use-agreement-report';

/** The coder B offered first: the first coder other than the owner who coded anything. */
function defaultCoderB(choices: ReturnType<typeof coderChoices>): CoderId | undefined {
  return (choices.find((c) => c.id !== null && c.segments > 0) ?? choices.find((c) => c.id !== null))?.id;
}

/**
 * Kesepakatan antarkoder: two coders of the project (or a second coder's file imported
 * first) compared per code and per transcript at character level, segment level and on
 * paragraphs, each table with its formulas; a code opens where the coders differ.
 */
export function AgreementScreen() {
  const { t } = useTranslation('agreement');
  const current = useAppStore((s) => s.current);
  const locale = useAppStore((s) => s.locale);
  const choices = useMemo(() => (current ? coderChoices(current, locale) : []), [current, locale]);
  const [chosen, setChosen] = useState<{ a: CoderId; b: CoderId | undefined }>({ a: null, b: undefined });
  const a = chosen.a;
  // Until the student picks, B follows the project (a coder imported or added later shows up).
  const b = chosen.b !== undefined && choices.some((c) => c.id === chosen.b) ? chosen.b : defaultCoderB(choices);
  const [method, setMethod] = useState<Method>('character');
  const [threshold, setThreshold] = useState(DEFAULT_THRESHOLD);
  const [sliding, setSliding] = useState(DEFAULT_THRESHOLD);
  const [differencesOf, setDifferencesOf] = useState<string | null>(null);

  if (!current) return null;
  return (
    <Stack gap="md" data-testid="agreement-screen">
      <ScreenHeader title={t('title')} hint={t('hint')} actions={<ImportSecondCoder onImported={(id) => setChosen({ a: null, b: id })} />} />
      {b === undefined ? (
        <Alert color="blue" data-testid="agreement-need-two">
          {t('needTwoCoders')}
        </Alert>
      ) : (
        <>
          <CoderPickers a={a} b={b} onChange={(na, nb) => setChosen({ a: na, b: nb })} />
          <Tabs value={method} onChange={(v) => v && setMethod(v as Method)} keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="character" data-testid="agreement-tab-character">
                {t('methodCharacter')}
              </Tabs.Tab>
              <Tabs.Tab value="segment" data-testid="agreement-tab-segment">
                {t('methodSegment')}
              </Tabs.Tab>
              <Tabs.Tab value="alpha" data-testid="agreement-tab-alpha">
                {t('methodAlpha')}
              </Tabs.Tab>
            </Tabs.List>
          </Tabs>
          {method === 'segment' ? (
            <Stack gap={4} maw={420}>
              <Text size="sm" id="agreement-threshold-label">
                {t('threshold', { t: sliding })}
              </Text>
              <Slider
                min={10}
                max={100}
                step={5}
                value={sliding}
                onChange={setSliding}
                onChangeEnd={setThreshold}
                label={(v) => `${v}%`}
                thumbProps={{ 'aria-labelledby': 'agreement-threshold-label' }}
                data-testid="agreement-threshold"
              />
            </Stack>
          ) : null}
          <AgreementBody a={a} b={b} threshold={threshold} method={method} differencesOf={differencesOf} setDifferencesOf={setDifferencesOf} />
        </>
      )}
    </Stack>
  );
}

function AgreementBody({
  a,
  b,
  threshold,
  method,
  differencesOf,
  setDifferencesOf,
}: {
  a: CoderId;
  b: CoderId;
  threshold: number;
  method: Method;
  differencesOf: string | null;
  setDifferencesOf(codeId: string | null): void;
}) {
  const { t } = useTranslation('agreement');
  const outcome = useAgreementReport(a, b, threshold);
  if (!outcome.report) {
    return (
      <Alert color="yellow" data-testid="agreement-refused">
        {outcome.error}
      </Alert>
    );
  }
  const { report } = outcome;
  return (
    <>
      {report.skippedDocuments.length ? (
        <Text size="sm" c="dimmed" data-testid="agreement-skipped">
          {t('skipped', { list: report.skippedDocuments.map((d) => d.title).join(', ') })}
        </Text>
      ) : null}
      <Text size="sm" c="dimmed">
        {t('compared', { count: report.documents.length, codes: report.codes.length })}
      </Text>
      <MethodTables report={report} method={method} onShowDifferences={setDifferencesOf} />
      <DisagreementView report={report} codeId={differencesOf && report.codes.some((c) => c.id === differencesOf) ? differencesOf : null} onClose={() => setDifferencesOf(null)} />
    </>
  );
}
