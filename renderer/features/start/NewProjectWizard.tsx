import { Button, Group, Modal, Stack, Stepper, Text, TextInput } from '@mantine/core';
import { UndoableTextarea } from '../../components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameworkId } from '../../../shared/model/types';
import { createProject } from '../../../shared/project';
import { useAppStore } from '../../store';
import { FrameworkCards } from './FrameworkCards';
import { useStartUi } from './start-ui';

const EMPTY = { title: '', focus: '', researcher: '', institution: '' };

/** "Proyek baru": the project's particulars, then its frameworks, then create and open it. */
export function NewProjectWizard() {
  const { t } = useTranslation('start');
  const opened = useStartUi((s) => s.wizardOpen);
  const setOpened = useStartUi((s) => s.setWizardOpen);
  const [step, setStep] = useState(0);
  const [fields, setFields] = useState(EMPTY);
  const [frameworks, setFrameworks] = useState<FrameworkId[]>([]);
  const [creating, setCreating] = useState(false);
  const [titleMissing, setTitleMissing] = useState(false);

  const close = () => {
    setOpened(false);
    setStep(0);
    setFields(EMPTY);
    setFrameworks([]);
    setTitleMissing(false);
  };
  const next = () => {
    if (!fields.title.trim()) {
      setTitleMissing(true);
      return;
    }
    setStep(1);
  };
  const create = async () => {
    if (!fields.title.trim()) {
      setStep(0);
      setTitleMissing(true);
      return;
    }
    setCreating(true);
    try {
      const { closeProject, current, addProject } = useAppStore.getState();
      if (current) closeProject();
      await addProject(createProject({ ...fields, title: fields.title.trim(), frameworks }));
      close();
    } catch {
      // addProject has put the reason in the error banner; the wizard stays open to retry.
    } finally {
      setCreating(false);
    }
  };
  const set = (key: keyof typeof EMPTY) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setFields((f) => ({ ...f, [key]: value }));
    if (key === 'title') setTitleMissing(false);
  };

  return (
    <Modal opened={opened} onClose={close} title={t('wizardTitle')} size="xl" centered>
      <Stepper active={step} onStepClick={(s) => (s === 0 ? setStep(0) : next())} size="sm">
        <Stepper.Step label={t('stepProject')} description={t('stepProjectHint')}>
          <Stack gap="sm" mt="md">
            <TextInput
              label={t('fieldTitle')}
              placeholder={t('fieldTitlePlaceholder')}
              value={fields.title}
              onChange={set('title')}
              error={titleMissing ? t('titleRequired') : undefined}
              required
              data-autofocus
              data-testid="wizard-title"
              onKeyDown={(e) => e.key === 'Enter' && next()}
            />
            <UndoableTextarea label={t('fieldFocus')} placeholder={t('fieldFocusPlaceholder')} autosize minRows={2} value={fields.focus} onChange={set('focus')} data-testid="wizard-focus" />
            <Group grow>
              <TextInput label={t('fieldResearcher')} value={fields.researcher} onChange={set('researcher')} data-testid="wizard-researcher" />
              <TextInput label={t('fieldInstitution')} value={fields.institution} onChange={set('institution')} data-testid="wizard-institution" />
            </Group>
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={t('stepFrameworks')} description={t('stepFrameworksHint')}>
          <Text size="sm" c="dimmed" mt="md" mb="sm">
            {t('frameworksIntro')}
          </Text>
          <FrameworkCards selected={frameworks} onChange={setFrameworks} />
        </Stepper.Step>
      </Stepper>
      <Group justify="space-between" mt="xl">
        <Button variant="default" onClick={step === 0 ? close : () => setStep(0)}>
          {step === 0 ? t('common:cancel') : t('back')}
        </Button>
        {step === 0 ? (
          <Button onClick={next} data-testid="wizard-next">
            {t('next')}
          </Button>
        ) : (
          <Button onClick={() => void create()} loading={creating} data-testid="wizard-create">
            {t('create')}
          </Button>
        )}
      </Group>
    </Modal>
  );
}
