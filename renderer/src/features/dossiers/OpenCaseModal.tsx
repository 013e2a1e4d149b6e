import {
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  ScrollArea,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { useDebtorEvidence } from '../../data/dossierHooks';
import { casesRepo } from '../../data/repositories/cases';
import { formatDateFr, todayIso } from '../../domain/dates';
import type { Invoice } from '../../domain/model';
import { formatEuros, sumCents } from '../../domain/money';

const isOpenInvoice = (i: Invoice) =>
  i.kind === 'invoice' && i.openCents > 0 && (i.status === 'open' || i.status === 'disputed');

/**
 * Opens a dossier contentieux for a debtor with the invoices to claim (overdue and undisputed
 * ones ticked), at the mise en demeure stage: nothing is filed until the user says so.
 */
export function OpenCaseModal({
  debtorId,
  opened,
  onClose,
}: {
  debtorId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const evidence = useDebtorEvidence(debtorId);
  const navigate = useNavigate();
  const today = todayIso();
  const invoices = useMemo(
    () =>
      (evidence?.invoices ?? [])
        .filter(isOpenInvoice)
        .sort((a, b) => a.dueDate.localeCompare(b.dueDate)),
    [evidence],
  );
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (opened)
      setChosen(
        new Set(invoices.filter((i) => i.dueDate < today && i.status === 'open').map((i) => i.id)),
      );
  }, [opened, invoices, today]);

  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const total = sumCents(invoices.filter((i) => chosen.has(i.id)).map((i) => i.openCents));

  const open = async () => {
    setSaving(true);
    try {
      const record = await casesRepo.open({
        debtorId,
        invoiceIds: [...chosen],
        step: 'mise-en-demeure',
        date: today,
      });
      onClose();
      navigate(paths.case(record.id));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} size="lg" title="Ouvrir un dossier contentieux">
      <Stack>
        <Text size="sm">Factures à réclamer :</Text>
        <ScrollArea.Autosize mah="50vh">
          <Table verticalSpacing={4}>
            <Table.Tbody>
              {invoices.map((invoice) => (
                <Table.Tr key={invoice.id}>
                  <Table.Td w={36}>
                    <Checkbox
                      aria-label={`Réclamer ${invoice.number}`}
                      checked={chosen.has(invoice.id)}
                      onChange={() => toggle(invoice.id)}
                    />
                  </Table.Td>
                  <Table.Td>{invoice.number}</Table.Td>
                  <Table.Td>éch. {formatDateFr(invoice.dueDate)}</Table.Td>
                  <Table.Td ta="right">{formatEuros(invoice.openCents)}</Table.Td>
                  <Table.Td w={80}>
                    {invoice.status === 'disputed' ? (
                      <Badge color="orange" variant="light" size="sm">
                        Litige
                      </Badge>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
        <Group justify="space-between">
          <Text size="sm">
            {chosen.size} facture{chosen.size > 1 ? 's' : ''} — {formatEuros(total)}
          </Text>
          <Group>
            <Button variant="default" onClick={onClose}>
              Annuler
            </Button>
            <Button onClick={() => void open()} disabled={chosen.size === 0} loading={saving}>
              Ouvrir le dossier
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
