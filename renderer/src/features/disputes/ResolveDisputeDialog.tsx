import { Alert, Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { disputesRepo } from '../../data/repositories/disputes';
import type { DisputeResolution } from '../../domain/activityDetails';
import { DISPUTE_RESOLUTION_LABELS, type Dispute, RESOLUTION_EFFECTS } from '../../domain/disputes';

const RESOLUTIONS: readonly DisputeResolution[] = ['rejetee', 'avoir', 'payee'];

function ResolveForm({ dispute, onDone }: { dispute: Dispute; onDone: () => void }) {
  const [resolution, setResolution] = useState<DisputeResolution>('rejetee');
  const [note, setNote] = useState('');
  return (
    <Stack gap="sm">
      <Radio.Group
        value={resolution}
        onChange={(v) => setResolution(v as DisputeResolution)}
        label="Issue"
      >
        <Stack gap={6} mt={4}>
          {RESOLUTIONS.map((r) => (
            <Radio key={r} value={r} label={DISPUTE_RESOLUTION_LABELS[r]} />
          ))}
        </Stack>
      </Radio.Group>
      <Alert variant="light" color="blue">
        <Text size="sm">{RESOLUTION_EFFECTS[resolution]}</Text>
      </Alert>
      <Textarea
        label="Commentaire"
        placeholder="Numéro d’avoir, réponse adressée au client…"
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        autosize
        minRows={2}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Annuler
        </Button>
        <Button
          onClick={async () => {
            try {
              await disputesRepo.resolve(dispute, resolution, note);
              notifications.show({
                color: 'teal',
                message: `Litige résolu : ${DISPUTE_RESOLUTION_LABELS[resolution].toLowerCase()}.`,
              });
              onDone();
            } catch (error) {
              notifications.show({
                color: 'red',
                title: 'Résolution non enregistrée',
                message: String(error),
              });
            }
          }}
        >
          Clore le litige
        </Button>
      </Group>
    </Stack>
  );
}

export function openResolveDispute(dispute: Dispute) {
  const id = modals.open({
    title: 'Résoudre le litige',
    children: <ResolveForm dispute={dispute} onDone={() => modals.close(id)} />,
  });
}
