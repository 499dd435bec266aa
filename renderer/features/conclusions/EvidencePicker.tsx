import { Button, Checkbox, Group, Modal, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { conclusionsOn } from '../../../shared/conclusions';
import { codeLabel, segmentsByCode } from '../../../shared/project';
import { useAppStore } from '../../store';
import { linkConclusionEvidence, type ConclusionTarget } from './conclusion-actions';

/** Rows drawn at once: a code with thousands of segments is narrowed with the filter. */
const SHOWN = 200;

/**
 * Picks the evidence of a conclusion from the segments of its code and sub-codes (a
 * dimension's conclusion rests on its indicators' quotes). Linked segments are shown but
 * cannot be picked twice.
 */
export function EvidencePicker({ target, onClose }: { target: ConclusionTarget | null; onClose(): void }) {
  const { t } = useTranslation('conclusions');
  const { t: tc } = useTranslation('common');
  const state = useAppStore((s) => s.current);
  const locale = useAppStore((s) => s.locale);
  const [filter, setFilter] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);

  const code = target && state ? state.codes[target.codeId] : undefined;
  const segments = useMemo(
    () => (state && code ? segmentsByCode(state, code.id, { includeDescendants: true }) : []),
    [state, code],
  );
  const linked = useMemo(() => {
    if (!state || !target) return new Set<string>();
    const conclusion = target.conclusionId ? state.conclusions[target.conclusionId] : conclusionsOn(state, target.codeId)[0];
    return new Set(conclusion?.evidenceSegmentIds ?? []);
  }, [state, target]);
  const needle = filter.trim().toLocaleLowerCase();
  const matching = needle
    ? segments.filter((r) => `${r.informant?.label ?? ''} ${r.informant?.name ?? ''} ${r.document.title} ${r.text}`.toLocaleLowerCase().includes(needle))
    : segments;

  const close = () => {
    setFilter('');
    setChosen([]);
    onClose();
  };
  const link = async () => {
    if (!target || chosen.length === 0) return;
    if (await linkConclusionEvidence(target, chosen)) close();
  };
  const toggle = (id: string, on: boolean) => setChosen((list) => (on ? [...list, id] : list.filter((x) => x !== id)));

  return (
    <Modal opened={target !== null} onClose={close} size="xl" title={code ? t('picker.title', { code: codeLabel(code, locale) }) : ''}>
      <Stack gap="sm" data-testid="evidence-picker">
        <Text size="sm" c="dimmed">
          {t('picker.hint')}
        </Text>
        <TextInput placeholder={t('picker.filter')} aria-label={t('picker.filter')} value={filter} onChange={(e) => setFilter(e.currentTarget.value)} data-testid="picker-filter" />
        <ScrollArea.Autosize mah="55vh">
          <Stack gap={6}>
            {segments.length === 0 ? <Text size="sm">{t('picker.empty')}</Text> : null}
            {segments.length > 0 && matching.length === 0 ? <Text size="sm">{t('picker.noMatch')}</Text> : null}
            {matching.slice(0, SHOWN).map((r) => {
              const isLinked = linked.has(r.segment.id);
              const source = r.informant?.label.trim() || r.document.title;
              return (
                <Checkbox
                  key={r.segment.id}
                  checked={isLinked || chosen.includes(r.segment.id)}
                  disabled={isLinked}
                  onChange={(e) => toggle(r.segment.id, e.currentTarget.checked)}
                  data-testid={`picker-segment-${r.segment.id}`}
                  label={
                    <Stack gap={0}>
                      <Text size="xs" c="dimmed">
                        {t('evidenceChip', { informant: source, line: r.line })}
                        {isLinked ? ` · ${t('picker.linked')}` : ''}
                      </Text>
                      <Text size="sm" lineClamp={3}>
                        {r.text}
                      </Text>
                    </Stack>
                  }
                />
              );
            })}
            {matching.length > SHOWN ? (
              <Text size="xs" c="dimmed">
                {t('picker.more', { shown: SHOWN, total: matching.length })}
              </Text>
            ) : null}
          </Stack>
        </ScrollArea.Autosize>
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {tc('cancel')}
          </Button>
          <Button disabled={chosen.length === 0} onClick={() => void link()} data-testid="picker-link">
            {t('picker.link', { count: chosen.length })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
