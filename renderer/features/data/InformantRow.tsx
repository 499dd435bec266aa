import { ActionIcon, Button, Popover, Select, Table, Tooltip } from '@mantine/core';
import { NotebookPen } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Informant } from '../../../shared/model/types';
import { CommitTextInput, CommitTextarea, DeleteIconButton } from '../../components';
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
  const field = (key: 'label' | 'name' | 'position' | 'interviewDate' | 'place', width?: number) => (
    <Table.Td>
      <CommitTextInput
        size="xs"
        variant="unstyled"
        value={informant[key]}
        onCommit={(value) => onChange({ [key]: value })}
        aria-label={t(`informant.${key}`)}
        placeholder={t(`informant.${key}`)}
        w={width}
        data-testid={`informant-${key}`}
      />
    </Table.Td>
  );
  const choice = (key: 'category' | 'group', list: string[]) => (
    <Table.Td>
      <Select
        size="xs"
        variant="unstyled"
        data={options(list, informant[key])}
        value={informant[key] || null}
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
      {field('label', 56)}
      {field('name')}
      {field('position')}
      {choice('category', categories)}
      {choice('group', groups)}
      {field('interviewDate', 110)}
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

