import { Group, Select, Textarea } from '@mantine/core';
import { CASE_STEP_IDS, CASE_STEPS, type CaseStepId } from '../../domain/caseStages';
import { DateField } from '../../shared/ui/DateField';

export interface StepDraft {
  step: CaseStepId;
  date: string;
  note: string;
}

/** Stage, date of the act and a note: shared by « ouvrir » and « changer d'étape ». */
export function CaseStepFields({
  value,
  onChange,
}: {
  value: StepDraft;
  onChange: (draft: StepDraft) => void;
}) {
  return (
    <>
      <Group grow align="flex-start">
        <Select
          label="Étape"
          allowDeselect={false}
          data={CASE_STEP_IDS.map((id) => ({ value: id, label: CASE_STEPS[id].label }))}
          value={value.step}
          onChange={(step) => step && onChange({ ...value, step: step as CaseStepId })}
        />
        <DateField
          label="Date de l’acte"
          value={value.date}
          onChange={(picked) => onChange({ ...value, date: picked })}
        />
      </Group>
      <Textarea
        label="Note"
        placeholder="Juridiction saisie, numéro de rôle, commissaire de justice…"
        autosize
        minRows={2}
        value={value.note}
        onChange={(e) => onChange({ ...value, note: e.currentTarget.value })}
      />
    </>
  );
}
