import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconUserShare } from '@tabler/icons-react';
import { useState } from 'react';
import type { PortfolioContext } from '../../data/repositories/teamPortfolios';
import { teamPortfoliosRepo } from '../../data/repositories/teamPortfolios';
import { addDays, formatDateFr, isIsoDate } from '../../domain/dates';
import { handoverProblem, handoverState } from '../../domain/teamPortfolios';
import { DateField } from '../../shared/ui/DateField';

interface HandoverFormProps {
  context: PortfolioContext;
  onClose: () => void;
}

function HandoverForm({ context, onClose }: HandoverFormProps) {
  const { controllers, user, today } = context;
  const [from, setFrom] = useState<string | null>(user && controllers.includes(user) ? user : null);
  const [to, setTo] = useState<string | null>(null);
  // Date fields hold what the user types; they become IsoDate once checked, on submit.
  const [start, setStart] = useState<string>(today);
  const [end, setEnd] = useState<string>(addDays(today, 6));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!isIsoDate(start) || !isIsoDate(end)) {
      setError('Indiquez le premier et le dernier jour de l’absence.');
      return;
    }
    const draft = { from: from ?? '', to: to ?? '', start, end };
    const problem = handoverProblem(draft, context.handovers, today);
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    try {
      await teamPortfoliosRepo.handOver(draft);
      notifications.show({
        color: 'teal',
        title: 'Portefeuille confié',
        message: `Les débiteurs de ${draft.from} apparaissent dans « Mes débiteurs » de ${draft.to} du ${formatDateFr(start)} au ${formatDateFr(end)}.`,
      });
      onClose();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Select
          label="Portefeuille de"
          placeholder="Qui s’absente ?"
          data={[...controllers]}
          value={from}
          onChange={setFrom}
          searchable
          data-autofocus
        />
        <Select
          label="Confié à"
          placeholder="Qui le reprend ?"
          data={controllers.filter((name) => name !== from)}
          value={to}
          onChange={setTo}
          searchable
        />
        <Group grow>
          <DateField label="Du" value={start} onChange={setStart} />
          <DateField label="Au" value={end} onChange={setEnd} />
        </Group>
        {error && (
          <Text c="red.7" size="sm" role="alert">
            {error}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Annuler
          </Button>
          <Button type="submit" loading={busy}>
            Confier le portefeuille
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * Hand-overs for an absence, as the File d'actions shows them: each one running or planned, what
 * it does and « Reprendre » (or « Annuler »). « Confier un portefeuille… » is HandoverControl,
 * beside the portfolio chosen.
 */
export function HandoverAlerts({ context }: { context: PortfolioContext }) {
  const current = context.handovers.filter((h) => handoverState(h, context.today) !== 'ended');

  async function resume(id: string, from: string) {
    try {
      await teamPortfoliosRepo.resume(id);
      notifications.show({
        color: 'teal',
        message: `Le portefeuille de ${from} lui est rendu.`,
      });
    } catch (caught) {
      notifications.show({
        color: 'red',
        title: 'Reprise impossible',
        message: caught instanceof Error ? caught.message : String(caught),
      });
    }
  }

  return current.map((h) => {
    const running = handoverState(h, context.today) === 'active';
    return (
      <Alert
        key={h.id}
        color={running ? 'violet' : 'gray'}
        variant="light"
        icon={<IconUserShare size={18} />}
        data-testid="handover"
        p="xs"
      >
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">
            {running ? 'Portefeuille de ' : 'Prévu : portefeuille de '}
            <b>{h.from}</b> confié à <b>{h.to}</b> du {formatDateFr(h.start)} au{' '}
            {formatDateFr(h.end)}.
          </Text>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconArrowBackUp size={14} />}
            onClick={() => resume(h.id, h.from)}
            aria-label={`Reprendre le portefeuille de ${h.from}`}
          >
            {running ? 'Reprendre' : 'Annuler'}
          </Button>
        </Group>
      </Alert>
    );
  });
}

/** « Confier un portefeuille… » and its form, beside the portfolio chosen. */
export function HandoverControl({ context }: { context: PortfolioContext }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title="Confier un portefeuille pendant une absence"
      >
        <HandoverForm context={context} onClose={() => setOpen(false)} />
      </Modal>
      <HandoverButton disabled={context.controllers.length < 2} onClick={() => setOpen(true)} />
    </>
  );
}

function HandoverButton({ disabled, onClick }: { disabled: boolean; onClick: () => void }) {
  return (
    <Group>
      <Button
        variant="subtle"
        size="xs"
        leftSection={<IconUserShare size={14} />}
        disabled={disabled}
        onClick={onClick}
        title={disabled ? 'Déclarez au moins deux gestionnaires dans Paramètres.' : undefined}
      >
        Confier un portefeuille…
      </Button>
    </Group>
  );
}
