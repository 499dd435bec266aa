import { Alert, Button, ColorSwatch, Group, Modal, Select, SimpleGrid, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { codeLabel, codeUsage, colorName, deleteCode, mergeCodes, moveCode, PALETTE, updateCode } from '../../../../shared/project';
import { act, useAppStore } from '../../../store';
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
              await act('recolorCode', (s) => updateCode(s, codeId, { color: color.hex }, locale));
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
  return (
    <TargetChoice
      codeId={codeId}
      onDone={onDone}
      label={t('moveTarget')}
      confirmLabel={t('move')}
      topLevelLabel={t('topLevel')}
      testIds={{ target: 'move-target', confirm: 'move-confirm' }}
      onConfirm={(target) => act('moveCode', (s) => moveCode(s, codeId, target === TOP_LEVEL ? null : target))}
    />
  );
}

function MergeChoice({ codeId, onDone }: { codeId: string; onDone(): void }) {
  const { t } = useTranslation('codebook');
  const segments = useAppStore((s) => (s.current ? codeUsage(s.current, codeId).segments : 0));
  return (
    <TargetChoice
      codeId={codeId}
      onDone={onDone}
      intro={<Text size="sm">{t('mergeExplain', { segments })}</Text>}
      label={t('mergeTarget')}
      confirmLabel={t('merge')}
      testIds={{ target: 'merge-target', confirm: 'merge-confirm' }}
      onConfirm={(target) => act('mergeCodes', (s) => mergeCodes(s, codeId, target))}
    />
  );
}

interface TargetChoiceProps {
  codeId: string;
  onDone(): void;
  /** Shown above the select. */
  intro?: ReactNode;
  label: string;
  confirmLabel: string;
  /** When given, the first option, with the value TOP_LEVEL. */
  topLevelLabel?: string;
  testIds: { target: string; confirm: string };
  /** Performs the action; the dialog closes when it resolves true. */
  onConfirm(target: string): Promise<boolean>;
}

/** Another code to act on (never the code itself or one of its sub-codes) and the button that acts. */
function TargetChoice({ codeId, onDone, intro, label, confirmLabel, topLevelLabel, testIds, onConfirm }: TargetChoiceProps) {
  const { t } = useTranslation('codebook');
  const current = useAppStore((s) => s.current);
  const locale = useAppStore((s) => s.locale);
  const [target, setTarget] = useState<string | null>(null);
  if (!current) return null;
  const codes = codeOptions(current, locale, codeId, true);
  return (
    <Stack>
      {intro}
      <Select
        label={label}
        data={topLevelLabel === undefined ? codes : [{ value: TOP_LEVEL, label: topLevelLabel }, ...codes]}
        value={target}
        onChange={setTarget}
        searchable
        data-autofocus
        data-testid={testIds.target}
        comboboxProps={{ withinPortal: true }}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('cancel')}
        </Button>
        <Button
          disabled={!target}
          data-testid={testIds.confirm}
          onClick={async () => {
            if (target && (await onConfirm(target))) onDone();
          }}
        >
          {confirmLabel}
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
    if (await act('deleteCode', (s) => deleteCode(s, codeId))) {
      if (useAppStore.getState().selectedCodeId === codeId) selectCode(null);
      onDone();
    }
  };
  const merge = async () => {
    if (target && (await act('mergeCodes', (s) => mergeCodes(s, codeId, target)))) {
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
