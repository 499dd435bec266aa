import { Alert, Button, Group, Modal, ScrollArea, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allowedPlaceholders, CHAPTER_TEMPLATE_KEYS, defaultTemplate, templateProblem, templateText, withTemplate, type ChapterTemplates } from '../../../shared/chapter';
import { updateProject } from '../../../shared/project';
import { act, useAppStore } from '../../store';

/**
 * The Bab IV draft's fixed sentences in a small editor, for the language the draft is written
 * in: each sentence with its placeholders and default; a sentence with an unknown placeholder is
 * refused with a sentence saying which ones it may use, and nothing is saved until all are valid.
 */
export function ChapterTemplatesModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation('conclusions');
  const state = useAppStore((s) => s.current);
  const locale = useAppStore((s) => s.locale);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [wasOpen, setWasOpen] = useState(false);
  // Start from the stored sentences each time the editor opens.
  if (opened !== wasOpen) {
    setWasOpen(opened);
    if (opened && state) {
      const stored = state.project.settings.chapterTemplates;
      setTexts(Object.fromEntries(CHAPTER_TEMPLATE_KEYS.map((key) => [key, templateText(stored, locale, key)])));
    }
  }
  if (!state) return null;
  const problems = Object.fromEntries(CHAPTER_TEMPLATE_KEYS.map((key) => [key, templateProblem(locale, key, texts[key] ?? '')]));
  const invalid = Object.values(problems).some((problem) => problem !== null);

  const save = async () => {
    if (invalid) return;
    let templates: ChapterTemplates | undefined = state.project.settings.chapterTemplates;
    for (const key of CHAPTER_TEMPLATE_KEYS) templates = withTemplate(templates, locale, key, texts[key] ?? null);
    const chapterTemplates = templates && Object.keys(templates).length ? templates : undefined;
    const saved = await act('updateSettings', (current) => updateProject(current, { settings: { ...current.project.settings, chapterTemplates } }));
    if (saved) onClose();
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('templatesTitle')} size="xl">
      <Stack gap="sm" data-testid="chapter-templates">
        <Text size="sm" c="dimmed">
          {t('templatesHint')}
        </Text>
        <ScrollArea.Autosize mah="60vh">
          <Stack gap="md" pr="sm">
            {CHAPTER_TEMPLATE_KEYS.map((key) => {
              const allowed = allowedPlaceholders(locale, key);
              return (
                <Stack key={key} gap={4}>
                  <Textarea
                    autosize
                    minRows={1}
                    label={defaultTemplate(locale, key)}
                    description={allowed.length ? t('templatesAllowed', { allowed: allowed.map((name) => `{${name}}`).join(', ') }) : t('templatesNoPlaceholders')}
                    value={texts[key] ?? ''}
                    error={problems[key]}
                    onChange={(e) => {
                      const value = e.currentTarget.value;
                      setTexts((all) => ({ ...all, [key]: value }));
                    }}
                    data-testid={`chapter-template-${key}`}
                  />
                  {texts[key] !== defaultTemplate(locale, key) ? (
                    <Group justify="flex-end">
                      <Button size="compact-xs" variant="subtle" onClick={() => setTexts((all) => ({ ...all, [key]: defaultTemplate(locale, key) }))}>
                        {t('templatesReset')}
                      </Button>
                    </Group>
                  ) : null}
                </Stack>
              );
            })}
          </Stack>
        </ScrollArea.Autosize>
        {invalid ? (
          <Alert color="red" data-testid="chapter-templates-invalid">
            {Object.values(problems).find((problem) => problem !== null)}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('templatesCancel')}
          </Button>
          <Button onClick={() => void save()} disabled={invalid} data-testid="chapter-templates-save">
            {t('templatesSave')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
