import { Alert, Button, Group, Stack } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { casesRepo } from '../../data/repositories/cases';
import { CASE_STEPS } from '../../domain/caseStages';
import { isIsoDate, isoDate, todayIso } from '../../domain/dates';
import type { Case } from '../../domain/model';
import { CaseStepFields, type StepDraft } from './CaseStepFields';

function notifyError(error: unknown) {
  notifications.show({
    color: 'red',
    title: 'Enregistrement impossible',
    message: error instanceof Error ? error.message : String(error),
  });
}

function JudicialNote({ draft }: { draft: StepDraft }) {
  return CASE_STEPS[draft.step].judicial ? (
    <Alert variant="light" color="blue">
      Une demande en justice ou un acte d’exécution interrompt la prescription des pièces du dossier
      à cette date ; l’échelle de relance amiable est suspendue pour ce débiteur.
    </Alert>
  ) : null;
}

function StageForm({ current, onDone }: { current: Case; onDone: () => void }) {
  const [draft, setDraft] = useState<StepDraft>({
    step: 'injonction-de-payer',
    date: todayIso(),
    note: '',
  });
  return (
    <Stack gap="sm">
      <CaseStepFields value={draft} onChange={setDraft} />
      <JudicialNote draft={draft} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Annuler
        </Button>
        <Button
          disabled={!isIsoDate(draft.date)}
          onClick={async () => {
            try {
              await casesRepo.changeStage(current, draft.step, isoDate(draft.date), draft.note);
              notifications.show({
                color: 'teal',
                message: `Dossier passé à l’étape « ${CASE_STEPS[draft.step].label} ».`,
              });
              onDone();
            } catch (error) {
              notifyError(error);
            }
          }}
        >
          Enregistrer l’étape
        </Button>
      </Group>
    </Stack>
  );
}

export function openStageDialog(current: Case) {
  const id = modals.open({
    title: 'Changer d’étape',
    children: <StageForm current={current} onDone={() => modals.close(id)} />,
  });
}
