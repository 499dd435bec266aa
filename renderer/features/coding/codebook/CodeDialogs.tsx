import { Alert, Button, ColorSwatch, Group, Modal, Select, SimpleGrid, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  codeLabel,
  codeUsage,
  colorName,
  COMMAND_LABELS,
  deleteCode,
  mergeCodes,
  moveCode,
  PALETTE,
  updateCode,
} from '../../../../shared/project';
import { useAppStore } from '../../../store';
import { runCommand } from '../run-command';
import type { CodeDialog } from './code-dialog-state';
import { codeOptions } from './code-options';

const TOP_LEVEL = '__top__';

/** The recolour, move, merge and delete dialogs of the codebook. */
export function CodeDialogs({ dialog, onClose }: { dialog: CodeDialog; onClose(): void }) {
  const { t } = useTranslation('codebook');
  const code = useAppStore((s) => (dialog ? s.current?.codes[dialog.codeId] : undefined));
  const locale = useAppStore((s) => s.locale);
  if (!dialog || !code) return null;
  const name = codeLabel(code, locale);
  const titles = {
    color: t('recolorTitle', { code: name }),
    move: t('moveTitle', { code: name }),
    merge: t('mergeTitle', { code: name }),
    delete: t('deleteTitle', { code: name }),
  };
  return (
    <Modal opened onClose={onClose} title={titles[dialog.kind]} data-testid={`code-dialog-${dialog.kind}`}>
      {dialog.kind === 'color' && <ColorChoice codeId={code.id} current={code.color} onDone={onClose} />}
      {dialog.kind === 'move' && <MoveChoice codeId={code.id} onDone={onClose} />}
      {dialog.kind === 'merge' && <MergeChoice codeId={code.id} onDone={onClose} />}
      {dialog.kind === 'delete' && <DeleteChoice codeId={code.id} onDone={onClose} />}
    </Modal>
  );
}

function ColorChoice({ codeId, current, onDone }: { codeId: string; current: string; onDone(): void }) {
  const { t } = useTranslation('codebook');
  const locale = useAppStore((s) => s.locale);
  return (
    <SimpleGrid cols={4} spacing="xs">
      {PALETTE.map((color) => (
        <Tooltip key={color.hex} label={color.name[locale]}>
          <UnstyledButton
            aria-label={t('chooseColor', { color: color.name[locale] })}
            data-testid={`color-${color.hex}`}
            onClick={async () => {
              await runCommand(COMMAND_LABELS.recolorCode, (s) => updateCode(s, codeId, { color: color.hex }, locale));
              onDone();
            }}
            style={{
              display: 'flex',
              alignItems: 'center',
              gap: 6,
              padding: 4,
              borderRadius: 4,
              outline: color.hex.toUpperCase() === current.toUpperCase() ? '2px solid var(--mantine-color-dark-3)' : undefined,
            }}
          >
            <ColorSwatch color={color.hex} size={20} />
            <Text size="xs">{color.name[locale]}</Text>
          </UnstyledButton>
        </Tooltip>
      ))}
      <Text size="xs" c="dimmed" style={{ gridColumn: '1 / -1' }}>
        {t('currentColor', { color: colorName(current, locale) })}
      </Text>
    </SimpleGrid>
  );
}

function MoveChoice({ codeId, onDone }: { codeId: string; onDone(): void }) {
  const { t } = useTranslation('codebook');
  const current = useAppStore((s) => s.current);
  const locale = useAppStore((s) => s.locale);
  const [target, setTarget] = useState<string | null>(null);
  if (!current) return null;
  const options = [{ value: TOP_LEVEL, label: t('topLevel') }, ...codeOptions(current, locale, codeId, true)];
  return (
    <Stack>
      <Select
        label={t('moveTarget')}
        data={options}
        value={target}
        onChange={setTarget}
        searchable
        data-autofocus
        data-testid="move-target"
        comboboxProps={{ withinPortal: true }}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('cancel')}
        </Button>
        <Button
          disabled={!target}
          data-testid="move-confirm"
          onClick={async () => {
            const parent = target === TOP_LEVEL ? null : target;
            if (await runCommand(COMMAND_LABELS.moveCode, (s) => moveCode(s, codeId, parent))) onDone();
          }}
        >
          {t('move')}
        </Button>
      </Group>
    </Stack>
  );
}

function MergeChoice({ codeId, onDone }: { codeId: string; onDone(): void }) {
  const { t } = useTranslation('codebook');
  const current = useAppStore((s) => s.current);
  const locale = useAppStore((s) => s.locale);
  const [target, setTarget] = useState<string | null>(null);
  if (!current) return null;
  const usage = codeUsage(current, codeId);
  return (
    <Stack>
      <Text size="sm">{t('mergeExplain', { segments: usage.segments })}</Text>
      <Select
        label={t('mergeTarget')}
        data={codeOptions(current, locale, codeId, true)}
        value={target}
        onChange={setTarget}
        searchable
        data-autofocus
        data-testid="merge-target"
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('cancel')}
        </Button>
        <Button
          disabled={!target}
          data-testid="merge-confirm"
          onClick={async () => {
            if (target && (await runCommand(COMMAND_LABELS.mergeCodes, (s) => mergeCodes(s, codeId, target)))) onDone();
          }}
        >
          {t('merge')}
        </Button>
      </Group>
    </Stack>
  );
}

function DeleteChoice({ codeId, onDone }: { codeId: string; onDone(): void }) {
  const { t } = useTranslation('codebook');
  const current = useAppStore((s) => s.current);
  const locale = useAppStore((s) => s.locale);
  const selectCode = useAppStore((s) => s.selectCode);
  const [target, setTarget] = useState<string | null>(null);
  if (!current) return null;
  const usage = codeUsage(current, codeId);
  const remove = async () => {
    if (await runCommand(COMMAND_LABELS.deleteCode, (s) => deleteCode(s, codeId))) {
      if (useAppStore.getState().selectedCodeId === codeId) selectCode(null);
      onDone();
    }
  };
  const merge = async () => {
    if (target && (await runCommand(COMMAND_LABELS.mergeCodes, (s) => mergeCodes(s, codeId, target)))) {
      selectCode(target);
      onDone();
    }
  };
  if (usage.segments === 0 && usage.descendants === 0) {
    return (
      <Stack>
        <Text size="sm">{t('deleteUnused')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('cancel')}
          </Button>
          <Button color="red" onClick={remove} data-testid="delete-confirm" data-autofocus>
            {t('delete')}
          </Button>
        </Group>
      </Stack>
    );
  }
  return (
    <Stack>
      <Alert color="orange" data-testid="delete-usage">
        {t('deleteUsage', { segments: usage.segments, descendants: usage.descendants })}
      </Alert>
      <Text size="sm" fw={600}>
        {t('deleteMergeInstead')}
      </Text>
      <Group align="flex-end" wrap="nowrap">
        <Select
          style={{ flex: 1 }}
          aria-label={t('mergeTarget')}
          placeholder={t('mergeTarget')}
          data={codeOptions(current, locale, codeId, true)}
          value={target}
          onChange={setTarget}
          searchable
          data-testid="delete-merge-target"
        />
        <Button disabled={!target} onClick={merge} data-testid="delete-merge-confirm">
          {t('merge')}
        </Button>
      </Group>
      <Group justify="space-between" mt="sm">
        <Button variant="default" onClick={onDone} data-autofocus>
          {t('cancel')}
        </Button>
        <Button color="red" variant="light" onClick={remove} data-testid="delete-confirm">
          {t('deleteAnyway')}
        </Button>
      </Group>
    </Stack>
  );
}
