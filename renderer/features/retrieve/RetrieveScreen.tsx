import { Badge, ColorSwatch, Group, MultiSelect, Paper, Select, Stack, Switch, Text, Title, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentKind } from '../../../shared/model/types';
import { codeLabel, codePath, segmentsByCode } from '../../../shared/project';
import { useAppStore } from '../../store';
import { treeRows } from '../coding/codebook/tree-rows';
import { filterRetrieved, NO_INFORMANT, quoteInContext, retrievalCounts, type RetrievalFilter } from './retrieval-filter';

const KINDS: readonly DocumentKind[] = ['interview', 'observation', 'document'];

/**
 * Retrieval: every segment of a code (and, if asked, its sub-codes) across all
 * transcripts, filterable by informant, group and document type; a click opens the
 * transcript at that place.
 */
export function RetrieveScreen() {
  const { t } = useTranslation('retrieve');
  const current = useAppStore((s) => s.current);
  const locale = useAppStore((s) => s.locale);
  const codeId = useAppStore((s) => s.selectedCodeId);
  const selectCode = useAppStore((s) => s.selectCode);
  const revealSegment = useAppStore((s) => s.revealSegment);
  const [withSubcodes, setWithSubcodes] = useState(true);
  const [filter, setFilter] = useState<RetrievalFilter>({ informantIds: [], groups: [], kinds: [] });
  const scrollRef = useRef<HTMLDivElement>(null);

  const codeOptions = useMemo(
    () =>
      current
        ? treeRows(Object.values(current.codes), new Set()).map((r) => ({ value: r.code.id, label: codePath(current, r.code.id, locale) }))
        : [],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [current?.codes, locale],
  );
  const all = useMemo(
    () => (current && codeId && current.codes[codeId] ? segmentsByCode(current, codeId, { includeDescendants: withSubcodes }) : []),
    [current, codeId, withSubcodes],
  );
  const rows = useMemo(() => filterRetrieved(all, filter), [all, filter]);
  const counts = retrievalCounts(rows);

  const informantOptions = useMemo(
    () =>
      Object.values(current?.informants ?? {})
        .sort((a, b) => a.order - b.order)
        .map((i) => ({ value: i.id, label: i.name ? `${i.label} · ${i.name}` : i.label })),
    [current?.informants],
  );
  const groupOptions = useMemo(() => {
    const groups = new Set([...(current?.project.settings.informantGroups ?? []), ...Object.values(current?.informants ?? {}).map((i) => i.group)]);
    return [...groups].filter(Boolean);
  }, [current?.project.settings.informantGroups, current?.informants]);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 120,
    overscan: 6,
  });

  if (!current) return null;
  const code = codeId ? current.codes[codeId] : undefined;
  const quoteBackground = `${code?.color ?? '#999999'}26`;

  return (
    <Stack gap="sm" style={{ height: 'calc(100dvh - var(--app-shell-header-height, 0px) - 2 * var(--mantine-spacing-lg))', minHeight: 0 }} data-testid="retrieve-screen">
      <Title order={1} size="h3">{t('title')}</Title>
      <Group align="flex-end" gap="sm">
        <Select
          label={t('code')}
          placeholder={t('chooseCode')}
          data={codeOptions}
          value={code ? code.id : null}
          onChange={(v) => selectCode(v)}
          searchable
          nothingFoundMessage={t('noCodeMatch')}
          style={{ minWidth: 320, flex: 1 }}
          data-testid="retrieve-code"
          leftSection={code ? <ColorSwatch color={code.color} size={12} /> : undefined}
        />
        <Switch label={t('includeSubcodes')} checked={withSubcodes} onChange={(e) => setWithSubcodes(e.currentTarget.checked)} data-testid="retrieve-subcodes" />
      </Group>
      <Group gap="sm" align="flex-end">
        <MultiSelect
          label={t('informants')}
          placeholder={t('all')}
          data={[...informantOptions, { value: NO_INFORMANT, label: t('noInformant') }]}
          value={[...filter.informantIds]}
          onChange={(informantIds) => setFilter((f) => ({ ...f, informantIds }))}
          clearable
          style={{ minWidth: 220 }}
          data-testid="retrieve-filter-informant"
        />
        <MultiSelect
          label={t('groups')}
          placeholder={t('all')}
          data={groupOptions}
          value={[...filter.groups]}
          onChange={(groups) => setFilter((f) => ({ ...f, groups }))}
          clearable
          style={{ minWidth: 180 }}
          data-testid="retrieve-filter-group"
        />
        <MultiSelect
          label={t('kinds')}
          placeholder={t('all')}
          data={KINDS.map((k) => ({ value: k, label: t(`kind_${k}`) }))}
          value={[...filter.kinds]}
          onChange={(kinds) => setFilter((f) => ({ ...f, kinds: kinds as DocumentKind[] }))}
          clearable
          style={{ minWidth: 200 }}
          data-testid="retrieve-filter-kind"
        />
      </Group>
      {code && (
        <Text size="sm" data-testid="retrieve-count">
          {t('counts', { segments: counts.segments, total: all.length, informants: counts.informants, documents: counts.documents })}
        </Text>
      )}
      <div ref={scrollRef} style={{ flex: 1, overflow: 'auto', minHeight: 0 }} data-testid="retrieve-list">
        {!code && (
          <Text c="dimmed" p="md">
            {t('pickCodeFirst')}
          </Text>
        )}
        {code && rows.length === 0 && (
          <Text c="dimmed" p="md">
            {all.length === 0 ? t('noSegments') : t('noSegmentsFiltered')}
          </Text>
        )}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const r = rows[item.index]!;
            const context = quoteInContext(r.document.text, r.segment.start, r.segment.end);
            return (
              <div
                key={r.segment.id}
                ref={virtualizer.measureElement}
                data-index={item.index}
                style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)`, paddingBottom: 8 }}
              >
                <UnstyledButton w="100%" onClick={() => revealSegment(r.segment.id)} data-testid={`retrieve-row-${r.segment.id}`}>
                  <Paper withBorder p="sm" radius="sm">
                    <Group gap="xs" mb={4} wrap="wrap">
                      <Text size="sm" fw={700}>
                        {r.informant ? (r.informant.name ? `${r.informant.label} · ${r.informant.name}` : r.informant.label) : t('noInformant')}
                      </Text>
                      {r.informant?.group && (
                        <Badge size="xs" variant="light" style={{ textTransform: 'none' }}>
                          {r.informant.group}
                        </Badge>
                      )}
                      <Text size="xs" c="dimmed">
                        {t('place', { document: r.document.title, kind: t(`kind_${r.document.kind}`), line: r.line })}
                      </Text>
                      {r.segment.codeIds.map((id) =>
                        current.codes[id] ? (
                          <Badge key={id} size="xs" variant="dot" color={current.codes[id].color} style={{ textTransform: 'none' }}>
                            {codeLabel(current.codes[id], locale)}
                          </Badge>
                        ) : null,
                      )}
                    </Group>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      <Text span c="dimmed" inherit>
                        {context.before}
                      </Text>
                      <Text span fw={500} inherit style={{ background: quoteBackground }}>
                        {context.quote}
                      </Text>
                      <Text span c="dimmed" inherit>
                        {context.after}
                      </Text>
                    </Text>
                    {r.segment.reduced && (
                      <Text size="sm" mt={6} fs="italic" data-testid="retrieve-reduced">
                        {t('reduced', { text: r.segment.reduced })}
                      </Text>
                    )}
                  </Paper>
                </UnstyledButton>
              </div>
            );
          })}
        </div>
      </div>
    </Stack>
  );
}
