import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { MessageSquare, Wand2 } from 'lucide-react';
import { useAppStore } from '../../store';
import { draftSummary, saveSummary } from './reduction-actions';
import { SummaryField } from './SummaryField';
import { useWorkLocked } from '../review';

/** One statement of a cell: the segment's reduced statement, or its quote when it has none. */
export interface CellStatement {
  segmentId: string;
  text: string;
  reduced: boolean;
  line: number;
}

interface Props {
  codeId: string;
  /** null for the column of documents attached to no informant (no summary there). */
  informantId: string | null;
  statements: CellStatement[];
  summary: string;
  /** "Ringkasan Sosialisasi — I1": what the summary field is called for screen readers. */
  label: string;
  /** The cell a comment (or another screen) pointed at: outlined so the eye finds it. */
  revealed?: boolean;
}

const iconButton: React.CSSProperties = {
  display: 'inline-flex',
  alignItems: 'center',
  gap: 4,
  border: 'none',
  background: 'none',
  padding: 2,
  cursor: 'pointer',
  color: 'var(--mantine-color-blue-text)',
  fontSize: 12,
};

/**
 * A reduction cell: its reduced statements (each opens the transcript at its segment),
 * the student's summary and the actions on it. Memoised: editing one cell re-renders one cell.
 */
export const ReductionCell = memo(function ReductionCell({ codeId, informantId, statements, summary, label, revealed = false }: Props) {
  const { t } = useTranslation('reduction');
  const revealSegment = useAppStore((s) => s.revealSegment);
  const openComments = useAppStore((s) => s.openComments);
  const testId = `${codeId}-${informantId ?? 'none'}`;
  const noData = statements.length === 0;
  // A supervisor reviews: they read and comment; the summaries stay the student's.
  const locked = useWorkLocked();
  const draftable = !locked && !summary && statements.some((statement) => statement.reduced);

  return (
    <td
      data-testid={`reduction-cell-${testId}`}
      data-empty={noData ? 'true' : undefined}
      data-revealed={revealed ? 'true' : undefined}
      style={{
        outline: revealed ? '2px solid var(--mantine-color-indigo-6)' : undefined,
        outlineOffset: -2,
        verticalAlign: 'top',
        padding: 6,
        overflowWrap: 'anywhere',
        border: '1px solid var(--mantine-color-gray-3)',
        background: noData ? 'var(--mantine-color-gray-1)' : 'var(--mantine-color-white)',
      }}
    >
      {noData ? (
        <div style={{ fontSize: 12, fontStyle: 'italic', color: 'var(--mantine-color-dimmed)' }} data-testid={`reduction-nodata-${testId}`}>
          {t('noData')}
        </div>
      ) : (
        <ul style={{ margin: 0, paddingLeft: 16, fontSize: 12, lineHeight: 1.4 }}>
          {statements.map((statement) => (
            <li key={statement.segmentId}>
              <button
                type="button"
                onClick={() => revealSegment(statement.segmentId)}
                title={t('openSegment', { line: statement.line })}
                data-testid={`reduction-statement-${statement.segmentId}`}
                style={{
                  display: 'block',
                  border: 'none',
                  background: 'none',
                  padding: 0,
                  textAlign: 'left',
                  font: 'inherit',
                  cursor: 'pointer',
                  color: statement.reduced ? 'inherit' : 'var(--mantine-color-dimmed)',
                  fontStyle: statement.reduced ? 'normal' : 'italic',
                }}
              >
                {statement.reduced ? statement.text : t('withoutStatement', { quote: statement.text })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {informantId && (!noData || summary) ? (
        <div style={{ marginTop: 6 }}>
          <SummaryField
            value={summary}
            label={label}
            testId={`reduction-summary-${testId}`}
            readOnly={locked}
            onCommit={(text) => void saveSummary({ codeId, informantId }, text)}
          />
        </div>
      ) : null}
      {informantId && !noData ? (
        <div style={{ display: 'flex', justifyContent: 'space-between', marginTop: 2 }}>
          {draftable ? (
            <button
              type="button"
              style={iconButton}
              title={t('draftCell')}
              onClick={() => void draftSummary({ codeId, informantId })}
              data-testid={`reduction-draft-${testId}`}
            >
              <Wand2 size={12} aria-hidden />
              {t('draftCellShort')}
            </button>
          ) : (
            <span />
          )}
          <button
            type="button"
            style={iconButton}
            aria-label={t('comment')}
            title={t('comment')}
            onClick={() => openComments({ kind: 'cell', codeId, informantId })}
            data-testid={`reduction-comment-${testId}`}
          >
            <MessageSquare size={12} aria-hidden />
          </button>
        </div>
      ) : null}
    </td>
  );
});
