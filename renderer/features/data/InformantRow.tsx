import { ActionIcon, Button, Popover, Select, Table, Tooltip } from '@mantine/core';
import { NotebookPen } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Informant } from '../../../shared/model/types';
import { CommitTextInput, CommitTextarea, DeleteIconButton } from '../../components';
import { useAppStore } from '../../store';
import { AttributesEditor } from './AttributesEditor';

interface Props {
  informant: Informant;
  categories: string[];
  groups: string[];
  onChange(patch: Partial<Informant>): void;
  onDelete(): void;
}

/** Options for a select: the project's list, plus the informant's own value if it is not in it. */
function options(list: string[], value: string): string[] {
  return value && !list.includes(value) ? [...list, value] : list;
}

/** One editable informant: each field is saved (as one undoable edit) when the user leaves it. */
export function InformantRow({ informant, categories, groups, onChange, onDelete }: Props) {
  const { t } = useTranslation('data');
  const locale = useAppStore((s) => s.locale);
  const props = (key: 'label' | 'name' | 'position' | 'interviewDate' | 'place') => ({
    size: 'xs' as const,
    variant: 'unstyled' as const,
    value: informant[key],
    onCommit: (value: string) => onChange({ [key]: value }),
    'aria-label': t(`informant.${key}`),
    placeholder: t(`informant.${key}`),
    'data-testid': `informant-${key}`,
  });
  // Names, positions and places wrap onto more lines rather than being cut off in a narrow column.
  const field = (key: 'name' | 'position' | 'place') => (
    <Table.Td>
      <CommitTextarea {...props(key)} singleLine autosize minRows={1} title={informant[key] || undefined} />
    </Table.Td>
  );
  // Stored as ISO (YYYY-MM-DD), picked with the browser's calendar in the student's language; a
  // date typed freely in an older project stays readable as text until the student picks one.
  const isoOrEmpty = informant.interviewDate === '' || /^\d{4}-\d{2}-\d{2}$/.test(informant.interviewDate);
  const date = (
    <Table.Td>
      {isoOrEmpty ? (
        <CommitTextInput {...props('interviewDate')} type="date" lang={locale} max="9999-12-31" />
      ) : (
        <CommitTextInput {...props('interviewDate')} title={informant.interviewDate} />
      )}
    </Table.Td>
  );
  const choice = (key: 'category' | 'group', list: string[]) => (
    <Table.Td>
      <Select
        size="xs"
        variant="unstyled"
        data={options(list, informant[key])}
        value={informant[key] || null}
        title={informant[key] || undefined}
        onChange={(value) => onChange({ [key]: value ?? '' })}
        aria-label={t(`informant.${key}`)}
        placeholder={t(`informant.${key}`)}
        clearable
        data-testid={`informant-${key}`}
      />
    </Table.Td>
  );
  const attributeCount = Object.keys(informant.attributes).length;
  return (
    <Table.Tr data-testid="informant-row">
      <Table.Td>
        <CommitTextInput {...props('label')} />
      </Table.Td>
      {field('name')}
      {field('position')}
      {choice('category', categories)}
      {choice('group', groups)}
      {date}
      {field('place')}
      <Table.Td>
        <Popover position="bottom-end" withArrow shadow="md" trapFocus>
          <Popover.Target>
            <Button size="compact-xs" variant="subtle" data-testid="informant-attributes">
              {t('attributesCount', { count: attributeCount })}
            </Button>
          </Popover.Target>
          <Popover.Dropdown>
            <AttributesEditor attributes={informant.attributes} onChange={(attributes) => onChange({ attributes })} />
          </Popover.Dropdown>
        </Popover>
      </Table.Td>
      <Table.Td>
        <Popover position="bottom-end" withArrow shadow="md" trapFocus>
          <Popover.Target>
            <Tooltip label={informant.memo || t('memoEmpty')} multiline w={260}>
              <ActionIcon variant="subtle" color={informant.memo ? 'indigo' : 'gray'} aria-label={t('informant.memo')} data-testid="informant-memo">
                <NotebookPen size={16} />
              </ActionIcon>
            </Tooltip>
          </Popover.Target>
          <Popover.Dropdown>
            <CommitTextarea
              w={320}
              autosize
              minRows={4}
              label={t('informant.memo')}
              value={informant.memo}
              onCommit={(memo) => onChange({ memo })}
            />
          </Popover.Dropdown>
        </Popover>
      </Table.Td>
      <Table.Td>
        <DeleteIconButton label={t('deleteInformant')} onClick={onDelete} data-testid="informant-delete" />
      </Table.Td>
    </Table.Tr>
  );
}

