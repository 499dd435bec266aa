import { Checkbox, ColorSwatch, Group, Kbd, Modal, ScrollArea, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code } from '../../../../shared/model/types';
import { codeLabel } from '../../../../shared/project';
import { useAppStore } from '../../../store';
import { CodeName } from '../CodeName';
import { treeRows } from '../codebook/tree-rows';
import { filterCodes } from './filter-codes';

export interface CodePickerProps {
  opened: boolean;
  onClose(): void;
  /** Called with the chosen codes (one or several). */
  onApply(codeIds: string[]): void;
  /** Codes already on the target, shown ticked and not applied again. */
  present?: readonly string[];
  title: string;
}

const NO_CODES: readonly string[] = [];

/**
 * The searchable code picker (Ctrl+K): type to filter by label in either language, ↑/↓ to
 * move, Enter to apply; Shift+Enter (or Space while the box is empty, or a click on the
 * box) marks several codes, and Enter then applies all marked codes at once.
 */
export function CodePicker({ opened, onClose, onApply, present = NO_CODES, title }: CodePickerProps) {
  const { t } = useTranslation('coding');
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg" data-testid="code-picker">
      {opened && <PickerBody onClose={onClose} onApply={onApply} present={present} hint={t('pickerHint')} />}
    </Modal>
  );
}

function PickerBody({ onClose, onApply, present, hint }: { onClose(): void; onApply(ids: string[]): void; present: readonly string[]; hint: string }) {
  const { t } = useTranslation('coding');
  const current = useAppStore((s) => s.current);
  const locale = useAppStore((s) => s.locale);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [marked, setMarked] = useState<string[]>([]);
  const ordered = useMemo(() => treeRows(Object.values(current?.codes ?? {}), new Set()).map((r) => r.code), [current?.codes]);
  const options = useMemo(() => filterCodes(ordered, query), [ordered, query]);
  const activeIndex = Math.min(active, Math.max(0, options.length - 1));

  const toggle = (code: Code) => {
    if (present.includes(code.id)) return;
    setMarked((m) => (m.includes(code.id) ? m.filter((id) => id !== code.id) : [...m, code.id]));
  };
  const apply = (ids: string[]) => {
    const fresh = ids.filter((id) => !present.includes(id));
    if (fresh.length) onApply(fresh);
    onClose();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const code = options[activeIndex];
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive(Math.max(0, Math.min(options.length - 1, activeIndex + step)));
    } else if (e.key === 'Enter' && e.shiftKey) {
      e.preventDefault();
      if (code) toggle(code);
    } else if (e.key === ' ' && query === '') {
      e.preventDefault();
      if (code) toggle(code);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (marked.length) apply(marked);
      else if (code) apply([code.id]);
    }
  };

  return (
    <div>
      <TextInput
        data-autofocus
        data-testid="code-picker-input"
        placeholder={t('pickerPlaceholder')}
        aria-label={t('pickerPlaceholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        role="combobox"
        aria-expanded
        aria-controls="code-picker-list"
        aria-activedescendant={options[activeIndex] ? `code-option-${options[activeIndex].id}` : undefined}
      />
      <Text size="xs" c="dimmed" mt={4}>
        {hint}
      </Text>
      <ScrollArea.Autosize mah={360} mt="xs">
        <div id="code-picker-list" role="listbox" aria-multiselectable>
          {options.length === 0 && (
            <Text c="dimmed" size="sm" p="sm">
              {t('pickerNoMatch')}
            </Text>
          )}
          {options.map((code, i) => {
            const isPresent = present.includes(code.id);
            const isMarked = marked.includes(code.id);
            return (
              <UnstyledButton
                key={code.id}
                id={`code-option-${code.id}`}
                role="option"
                aria-selected={i === activeIndex}
                // Marked (or already on the segment) is the option's own state: no control nested in it.
                aria-checked={isPresent || isMarked}
                data-testid={`code-picker-option-${code.id}`}
                onMouseEnter={() => setActive(i)}
                onClick={() => (marked.length ? toggle(code) : apply([code.id]))}
                style={{
                  display: 'block',
                  width: '100%',
                  padding: '4px 8px',
                  borderRadius: 4,
                  background: i === activeIndex ? 'var(--mantine-color-blue-light)' : undefined,
                }}
              >
                <Group gap="xs" wrap="nowrap">
                  <span
                    title={t('markCode', { code: codeLabel(code, locale) })}
                    onClick={(e) => {
                      e.stopPropagation();
                      if (!isPresent) toggle(code);
                    }}
                    style={{ display: 'inline-flex' }}
                  >
                    <Checkbox.Indicator size="xs" checked={isPresent || isMarked} disabled={isPresent} />
                  </span>
                  <ColorSwatch color={code.color} size={14} />
                  <CodeName code={code} labelProps={{ size: 'sm' }} />
                </Group>
              </UnstyledButton>
            );
          })}
        </div>
      </ScrollArea.Autosize>
      {marked.length > 0 && (
        <Group justify="space-between" mt="xs">
          <Text size="sm">{t('markedCount', { count: marked.length })}</Text>
          <Group gap={4}>
            <Kbd size="xs">{t('enterKey')}</Kbd>
            <UnstyledButton onClick={() => apply(marked)} data-testid="code-picker-apply">
              <Text size="sm" c="blue">
                {t('applyMarked')}
              </Text>
            </UnstyledButton>
          </Group>
        </Group>
      )}
    </div>
  );
}
