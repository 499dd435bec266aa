import { Button, Menu } from '@mantine/core';
import { ImageDown } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chapterFigures, chapterSentence } from '../../../shared/chapter';
import type { ProjectState } from '../../../shared/model/changeset';
import type { Locale } from '../../../shared/model/types';

/**
 * "Simpan gambar": each figure of the Bab IV draft (frequency chart, findings diagram per
 * framework) saved on its own as PNG or SVG, beside the draft's button.
 */
export function FigureSaveMenu({ state, locale, saving, onSave }: { state: ProjectState; locale: Locale; saving: boolean; onSave(name: string, kind: 'png' | 'svg'): void }) {
  const { t } = useTranslation('conclusions');
  const [open, setOpen] = useState(false);
  // Drawn only while the menu is open, not on every edit of the screen.
  const figures = useMemo(() => (open ? chapterFigures(state, locale, chapterSentence(locale, state.project.settings.chapterTemplates)) : []), [open, state, locale]);
  return (
    <Menu position="bottom-end" withinPortal opened={open} onChange={setOpen}>
      <Menu.Target>
        <Button variant="default" leftSection={<ImageDown size={16} />} loading={saving} data-testid="figures-save">
          {t('saveFigures')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {open && figures.length === 0 ? <Menu.Label>{t('noFigures')}</Menu.Label> : null}
        {figures.flatMap((figure) =>
          (['png', 'svg'] as const).map((kind) => (
            <Menu.Item key={`${figure.name}.${kind}`} onClick={() => onSave(figure.name, kind)} data-testid={`figure-save-${figure.name}-${kind}`}>
              {t('figureAs', { title: figure.title, format: kind.toUpperCase() })}
            </Menu.Item>
          )),
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
