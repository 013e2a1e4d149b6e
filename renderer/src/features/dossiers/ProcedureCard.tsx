import { Alert, List, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconScale } from '@tabler/icons-react';
import { JUDICIAL_PROCEDURES, PROCEDURE_LABELS, type ProcedureAdvice } from '../../domain/dossier';
import type { Procedure } from '../../domain/model';
import { CourtPicker } from './CourtPicker';
import type { CaseCourt } from './useCaseCourt';

const OPTIONS = JUDICIAL_PROCEDURES.map((p) => ({ value: p, label: PROCEDURE_LABELS[p] }));

export interface ProcedureCardProps {
  advice: ProcedureAdvice;
  procedure: Procedure;
  onProcedure: (procedure: Procedure) => void;
  /** The court proposed for the debtor's département and the one confirmed. */
  court: CaseCourt;
}

/** What Recouvra suggests and why; the user picks the procedure and confirms the court. */
export function ProcedureCard(props: ProcedureCardProps) {
  const { advice, procedure, onProcedure, court } = props;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <IconScale size={18} /> Procédure
        </Title>
        <Alert
          color="blue"
          variant="light"
          title={`Suggestion : ${PROCEDURE_LABELS[advice.procedure]}`}
        >
          <Text size="sm">{advice.reason}</Text>
          {advice.alternatives.length > 0 ? (
            <List size="sm" mt="xs">
              {advice.alternatives.map((option) => (
                <List.Item key={option.procedure}>
                  <b>{PROCEDURE_LABELS[option.procedure]}</b> — {option.reason}
                </List.Item>
              ))}
            </List>
          ) : null}
        </Alert>
        {advice.warnings.length > 0 ? (
          <Alert color="orange" variant="light" title="Points d’attention">
            <List size="sm">
              {advice.warnings.map((warning) => (
                <List.Item key={warning}>{warning}</List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        <Select
          label="Procédure retenue"
          data={OPTIONS}
          value={procedure}
          allowDeselect={false}
          onChange={(value) => value && onProcedure(value as Procedure)}
          maw={420}
        />
        <CourtPicker key={`${court.kind}|${court.departement}`} court={court} />
      </Stack>
    </Paper>
  );
}
