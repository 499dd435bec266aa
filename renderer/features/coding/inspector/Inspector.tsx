import { Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../../store';
import { CodeInspector } from './CodeInspector';
import { SegmentInspector } from './SegmentInspector';

/** The right pane: the selected segment, or the selected code; the most recent choice shows. */
export function Inspector() {
  const { t } = useTranslation('coding');
  const segment = useAppStore((s) => (s.selectedSegmentId ? s.current?.segments[s.selectedSegmentId] : undefined));
  const code = useAppStore((s) => (s.selectedCodeId ? s.current?.codes[s.selectedCodeId] : undefined));
  const [tab, setTab] = useState<'segment' | 'code'>('segment');
  // Selecting a segment or a code brings its tab forward.
  const [seen, setSeen] = useState({ segment: segment?.id, code: code?.id });
  if (seen.segment !== segment?.id || seen.code !== code?.id) {
    setSeen({ segment: segment?.id, code: code?.id });
    if (segment && segment.id !== seen.segment) setTab('segment');
    else if (code && code.id !== seen.code) setTab('code');
  }
  return (
    <div data-testid="inspector" style={{ height: '100%', display: 'flex', flexDirection: 'column', minHeight: 0 }}>
      <Tabs value={tab} onChange={(v) => setTab(v === 'code' ? 'code' : 'segment')} style={{ display: 'flex', flexDirection: 'column', minHeight: 0, flex: 1 }}>
        <Tabs.List>
          <Tabs.Tab value="segment" data-testid="inspector-tab-segment">
            {t('segmentTab')}
          </Tabs.Tab>
          <Tabs.Tab value="code" data-testid="inspector-tab-code">
            {t('codeTab')}
          </Tabs.Tab>
        </Tabs.List>
        <div style={{ overflow: 'auto', flex: 1, padding: 'var(--mantine-spacing-sm)' }}>
          {tab === 'segment' &&
            (segment ? (
              <SegmentInspector key={segment.id} segment={segment} />
            ) : (
              <Text c="dimmed" size="sm">
                {t('noSegmentSelected')}
              </Text>
            ))}
          {tab === 'code' &&
            (code ? (
              <CodeInspector key={code.id} code={code} />
            ) : (
              <Text c="dimmed" size="sm">
                {t('noCodeSelected')}
              </Text>
            ))}
        </div>
      </Tabs>
    </div>
  );
}
