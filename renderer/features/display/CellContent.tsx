import { useTranslation } from 'react-i18next';
import type { DisplayCell } from '../../../shared/display';
import type { CellMode } from './display-settings';

const dimmed = { color: 'var(--mantine-color-dimmed)', fontStyle: 'italic' } as const;
const clamp = { display: '-webkit-box', WebkitLineClamp: 4, WebkitBoxOrient: 'vertical', overflow: 'hidden' } as const;

/**
 * What a matrix cell shows in the chosen mode: quotes, reduced statements, the summary or the
 * count. `own` is the part of the cell coded with the row's code itself (a dimension's words,
 * not its indicators', which have rows of their own); the count is always the whole cell's.
 */
export function CellContent({ cell, own = cell, mode }: { cell: DisplayCell; own?: DisplayCell; mode: CellMode }) {
  const { t } = useTranslation('displayScreen');
  if (mode === 'counts') {
    return cell.count > 0 ? (
      <span>
        <strong>{cell.count}</strong>{' '}
        <span style={{ color: 'var(--mantine-color-dimmed)' }}>({t('coverage', { percent: (cell.coverage * 100).toFixed(1) })})</span>
      </span>
    ) : (
      <span style={dimmed}>0</span>
    );
  }
  if (mode === 'summaries') {
    if (cell.summary) return <div style={{ whiteSpace: 'pre-wrap' }}>{cell.summary}</div>;
    return <span style={dimmed}>{cell.count > 0 ? t('noSummary') : t('noData')}</span>;
  }
  const items = mode === 'quotes' ? own.quotes.map((quote) => `“${quote}”`) : own.reduced;
  if (items.length === 0) return <span style={dimmed}>{cell.count > 0 ? t('segments', { count: cell.count }) : t('noData')}</span>;
  return (
    <ul style={{ margin: 0, paddingLeft: 14 }}>
      {items.map((item, i) => (
        <li key={i} style={clamp}>
          {item}
        </li>
      ))}
    </ul>
  );
}
