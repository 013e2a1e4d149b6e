import { Button, Group, Textarea } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { promisesRepo } from '../../data/repositories/promises';
import type { EvaluatedPromise } from '../../domain/collectionView';
import { ZERO_CENTS } from '../../domain/money';
import { openPaymentEntry, recordNothingReceived } from './PaymentEntryDialog';

function CancelForm({ entry, onDone }: { entry: EvaluatedPromise; onDone: () => void }) {
  const [reason, setReason] = useState('');
  return (
    <>
      <Textarea
        label="Motif"
        placeholder="Remplacée par un échéancier, erreur de saisie…"
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        autosize
        minRows={2}
      />
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onDone}>
          Retour
        </Button>
        <Button
          color="red"
          disabled={!reason.trim()}
          onClick={async () => {
            await promisesRepo.cancel(entry.promise, reason);
            notifications.show({
              color: 'teal',
              message: 'Annulation enregistrée : l’échelle de relance reprend.',
            });
            onDone();
          }}
        >
          Annuler la promesse
        </Button>
      </Group>
    </>
  );
}

/** Check a running promise by hand (payment seen, nothing received) or cancel it. */
export function PromiseActions({
  entry,
  debtorName,
}: {
  entry: EvaluatedPromise;
  debtorName: string;
}) {
  const { promise, evaluation } = entry;
  if (evaluation.state !== 'active' && evaluation.state !== 'to-verify') return null;
  const target = {
    debtorId: promise.debtorId,
    debtorName,
    promise,
    expectedCents: evaluation.next?.cents ?? ZERO_CENTS,
  };
  return (
    <Group gap={4} justify="flex-end">
      <Button size="compact-xs" variant="light" onClick={() => openPaymentEntry(target)}>
        Règlement reçu…
      </Button>
      {evaluation.state === 'to-verify' && (
        <Button
          size="compact-xs"
          variant="light"
          color="orange"
          onClick={() => void recordNothingReceived(target)}
        >
          Rien reçu
        </Button>
      )}
      <Button
        size="compact-xs"
        variant="subtle"
        color="gray"
        onClick={() => {
          const id = modals.open({
            title: 'Annuler la promesse',
            children: <CancelForm entry={entry} onDone={() => modals.close(id)} />,
          });
        }}
      >
        Annuler…
      </Button>
    </Group>
  );
}
