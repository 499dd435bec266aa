import { Select, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCoefficient, formatPercent, type AgreementReport, type Figures, type MeanFigures } from '../../../shared/agreement';
import { useAppStore } from '../../store';
import { FiguresTable, type FiguresRow } from './FiguresTable';
import { KappaBadge } from './KappaBadge';

export type Method = 'character' | 'segment' | 'alpha';

interface Props {
  report: AgreementReport;
  method: Method;
  onShowDifferences(codeId: string): void;
}

/** The per-code table, and for character and segment level the per-transcript table. */
export function MethodTables({ report, method, onShowDifferences }: Props) {
  return (
    <Stack gap="xl">
      <CodeTable report={report} method={method} onShowDifferences={onShowDifferences} />
      {method !== 'alpha' ? <DocumentTable report={report} method={method} /> : null}
    </Stack>
  );
}

function useFormat() {
  const locale = useAppStore((s) => s.locale);
  return { percent: (v: number | null) => formatPercent(locale, v), coefficient: (v: number | null) => formatCoefficient(locale, v) };
}

/** A coefficient, with the reason when it was set to 1 for want of variation. */
function Coefficient({ figures }: { figures: Figures | MeanFigures }) {
  const { t } = useTranslation('agreement');
  const { coefficient } = useFormat();
  const text = coefficient(figures.kappa);
  if (!('note' in figures) || !figures.note) return <span data-testid="agreement-kappa">{text}</span>;
  return (
    <Tooltip label={t('noVariation')}>
      <span data-testid="agreement-kappa">{text}*</span>
    </Tooltip>
  );
}

function CodeTable({ report, method, onShowDifferences }: Props) {
  const { t } = useTranslation('agreement');
  const { percent } = useFormat();
  const nameCell = (codeId: string) => {
    const code = report.codes.find((c) => c.id === codeId)!;
    return (
      <UnstyledButton onClick={() => onShowDifferences(codeId)} title={t('showDifferences')} style={{ borderLeft: `4px solid ${code.color}`, paddingLeft: 8, textAlign: 'left' }}>
        {code.parentPath ? (
          <Text size="xs" c="dimmed" lh={1.2}>
            {code.parentPath}
          </Text>
        ) : null}
        <Text size="sm" fw={500} c="blue.8" lh={1.3}>
          {code.name}
        </Text>
      </UnstyledButton>
    );
  };
  const figureCells = (figures: Figures | MeanFigures) => [
    <span key="p" data-testid="agreement-percent">
      {percent(figures.percentAgreement)}
    </span>,
    <Coefficient key="k" figures={figures} />,
    <KappaBadge key="b" value={figures.kappa} />,
  ];

  let columns: string[];
  let rows: FiguresRow[];
  let overall: MeanFigures;
  let blanks: number;
  let formulas: readonly string[];
  if (method === 'character') {
    columns = [t('colCode'), t('colBoth'), t('colCharsA'), t('colCharsB'), t('colPercent'), t('colKappa'), t('colBand')];
    rows = report.character.codes.map((row) => ({
      key: row.codeId,
      onOpen: () => onShowDifferences(row.codeId),
      cells: [nameCell(row.codeId), row.counts.both, row.counts.both + row.counts.onlyA, row.counts.both + row.counts.onlyB, ...figureCells(row.figures)],
    }));
    overall = report.character.overall;
    blanks = 3;
    formulas = report.formulas.character;
  } else if (method === 'segment') {
    columns = [t('colCode'), t('colSegmentsA'), t('colSegmentsB'), t('colMatched'), t('colOnlyA'), t('colOnlyB'), t('colPercent'), t('colKappaN'), t('colBand')];
    rows = report.segment.codes.map((row) => ({
      key: row.codeId,
      onOpen: () => onShowDifferences(row.codeId),
      cells: [nameCell(row.codeId), row.counts.segmentsA, row.counts.segmentsB, row.counts.a, row.counts.b, row.counts.c, ...figureCells(row.figures)],
    }));
    overall = report.segment.overall;
    blanks = 5;
    formulas = report.formulas.segment;
  } else {
    columns = [t('colCode'), t('colUnits'), t('colPercent'), t('colAlpha'), t('colBand')];
    rows = report.alpha.codes.map((row) => ({
      key: row.codeId,
      onOpen: () => onShowDifferences(row.codeId),
      cells: [nameCell(row.codeId), row.counts.units, ...figureCells(row.figures)],
    }));
    overall = report.alpha.overall;
    blanks = 1;
    formulas = report.formulas.alpha;
  }
  return (
    <FiguresTable
      title={t('byCode')}
      columns={columns}
      rows={rows}
      footer={[t('overall', { count: overall.codes }), ...Array.from({ length: blanks }, () => ''), ...figureCells(overall)]}
      formulas={formulas}
      testId={`agreement-codes-${method}`}
    />
  );
}

const ALL = '__all__';

function DocumentTable({ report, method }: { report: AgreementReport; method: 'character' | 'segment' }) {
  const { t } = useTranslation('agreement');
  const { percent } = useFormat();
  const [codeId, setCodeId] = useState(ALL);
  const result = method === 'character' ? report.character : report.segment;
  const codeRow = codeId === ALL ? undefined : result.codes.find((r) => r.codeId === codeId);
  const figuresAt = (i: number): Figures | MeanFigures | null => (codeRow ? codeRow.byDocument[i]!.figures : result.byDocument[i]!);
  const cells = (figures: Figures | MeanFigures | null) =>
    figures
      ? [
          <span key="p" data-testid="agreement-percent">
            {percent(figures.percentAgreement)}
          </span>,
          <Coefficient key="k" figures={figures} />,
          <KappaBadge key="b" value={figures.kappa} />,
        ]
      : ['–', '–', ''];
  const overall: Figures | MeanFigures = codeRow ? codeRow.figures : result.overall;
  return (
    <FiguresTable
      title={t('byDocument')}
      controls={
        <Select
          label={t('colCode')}
          data={[{ value: ALL, label: t('allCodes') }, ...report.codes.map((c) => ({ value: c.id, label: c.path }))]}
          value={codeId}
          onChange={(v) => setCodeId(v ?? ALL)}
          allowDeselect={false}
          w={360}
          data-testid={`agreement-document-code-${method}`}
        />
      }
      columns={[t('colDocument'), t('colInformant'), t('colPercent'), method === 'character' ? t('colKappa') : t('colKappaN'), t('colBand')]}
      rows={report.documents.map((d, i) => ({ key: d.id, cells: [d.title, d.informant, ...cells(figuresAt(i))] }))}
      footer={[codeRow ? t('pooled') : t('overall', { count: result.overall.codes }), '', ...cells(overall)]}
      formulas={method === 'character' ? report.formulas.character : report.formulas.segment}
      testId={`agreement-documents-${method}`}
    />
  );
}
