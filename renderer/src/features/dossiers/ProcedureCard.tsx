import {
  Alert,
  Badge,
  Group,
  List,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconScale } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import {
  COURT_LABELS,
  type CourtKind,
  JUDICIAL_PROCEDURES,
  PROCEDURE_LABELS,
  type ProcedureAdvice,
} from '../../domain/dossier';
import type { Procedure } from '../../domain/model';

const OPTIONS = JUDICIAL_PROCEDURES.map((p) => ({ value: p, label: PROCEDURE_LABELS[p] }));

export interface ProcedureCardProps {
  advice: ProcedureAdvice;
  procedure: Procedure;
  onProcedure: (procedure: Procedure) => void;
  courtKind: CourtKind;
  court: string;
  /** Where the court name came from, shown under the field. */
  courtSource: 'case' | 'remembered' | 'suggested';
  onCourt: (court: string) => void;
}

const SOURCE_HINTS = {
  case: 'Juridiction enregistrée pour ce dossier.',
  remembered: 'Juridiction retenue la dernière fois pour cette ville.',
  suggested:
    'Proposition à vérifier : la juridiction du domicile du débiteur n’a pas toujours son siège dans sa ville.',
};

/** What Recouvra suggests and why; the user picks the procedure and names the court. */
export function ProcedureCard(props: ProcedureCardProps) {
  const { advice, procedure, onProcedure, courtKind, court, courtSource, onCourt } = props;
  const [courtText, setCourtText] = useState(court);
  useEffect(() => setCourtText(court), [court]);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <IconScale size={18} /> Procédure
        </Title>
        <Alert
          color="blue"
          variant="light"
          title={`Suggestion : ${PROCEDURE_LABELS[advice.procedure]}`}
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
        <Group grow align="flex-start">
          <Select
            label="Procédure retenue"
            data={OPTIONS}
            value={procedure}
            allowDeselect={false}
            onChange={(value) => value && onProcedure(value as Procedure)}
          />
          <TextInput
            label={
              <Group gap={6}>
                Juridiction{' '}
                <Badge size="xs" variant="light">
                  {COURT_LABELS[courtKind]}
                </Badge>
              </Group>
            }
            value={courtText}
            onChange={(event) => setCourtText(event.currentTarget.value)}
            onBlur={() => courtText !== court && onCourt(courtText)}
            description={SOURCE_HINTS[courtSource]}
          />
        </Group>
      </Stack>
    </Paper>
  );
}
