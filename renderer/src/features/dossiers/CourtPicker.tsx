import { Alert, Badge, Button, Group, Radio, Select, Stack, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { searchCourts } from '../../domain/courts';
import { COURT_LABELS } from '../../domain/dossier';
import type { CaseCourt } from './useCaseCourt';

/**
 * The court, chosen from the shipped list: the courts of the debtor's département first, the
 * whole list searchable, then an explicit confirmation. Nothing is ever composed from a town.
 */
export function CourtPicker({ court }: { court: CaseCourt }) {
  const confirmedId = court.confirmed?.court.id;
  const initial =
    confirmedId ??
    court.rememberedId ??
    (court.proposals.length === 1 ? court.proposals[0]?.id : undefined);
  const [selected, setSelected] = useState<string | undefined>(initial);
  const [busy, setBusy] = useState(false);
  const all = useMemo(
    () => searchCourts(court.kind).map((c) => ({ value: c.id, label: c.name })),
    [court.kind],
  );
  const proposed = court.proposals.some((c) => c.id === selected);
  const chosen = searchCourts(court.kind).find((c) => c.id === selected);

  if (!court.required) {
    return (
      <Text size="sm" c="dimmed">
        {COURT_LABELS[court.kind]} : aucune juridiction à confirmer pour cette procédure.
      </Text>
    );
  }

  const confirm = async () => {
    if (!chosen) return;
    setBusy(true);
    try {
      await court.confirm(chosen);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs">
      <Group gap={6}>
        <Text fw={500} size="sm">
          Juridiction
        </Text>
        <Badge size="xs" variant="light">
          {COURT_LABELS[court.kind]}
        </Badge>
      </Group>
      {court.confirmed ? (
        <Alert color="green" variant="light" icon={<IconCheck size={16} />} p="xs">
          <Text size="sm">
            Juridiction confirmée : <b>{court.confirmed.name}</b>
          </Text>
          <Text size="xs" c="dimmed">
            {court.confirmed.address
              ? court.confirmed.address.join(', ')
              : 'Adresse non vérifiée dans la liste : seule la dénomination est imprimée.'}
          </Text>
        </Alert>
      ) : (
        <Alert color="orange" variant="light" p="xs">
          <Text size="sm">{court.blocker}</Text>
        </Alert>
      )}
      {court.departement ? (
        court.proposals.length > 0 ? (
          <Radio.Group
            label={`Juridictions proposées pour le département du débiteur (${court.departement})`}
            description="Le ressort d’un tribunal ne suit pas le nom des communes : vérifiez-le avant de confirmer."
            value={proposed ? selected : null}
            onChange={setSelected}
          >
            <Stack gap={6} mt={6}>
              {court.proposals.map((c) => (
                <Radio
                  key={c.id}
                  value={c.id}
                  label={c.name}
                  description={[
                    c.jurisdiction,
                    c.id === court.rememberedId ? 'dernière juridiction confirmée ici' : '',
                  ]
                    .filter(Boolean)
                    .join(' — ')}
                />
              ))}
            </Stack>
          </Radio.Group>
        ) : (
          <Text size="sm" c="dimmed">
            Aucune juridiction de ce type dans le département {court.departement} : cherchez-la dans
            la liste complète.
          </Text>
        )
      ) : (
        <Text size="sm" c="dimmed">
          Le débiteur n’a pas de code postal français : cherchez la juridiction dans la liste
          complète.
        </Text>
      )}
      <Select
        label="Chercher dans toute la liste"
        placeholder="Nom ou siège de la juridiction"
        searchable
        clearable
        data={all}
        value={proposed ? null : (selected ?? null)}
        onChange={(value) => setSelected(value ?? undefined)}
        nothingFoundMessage="Aucune juridiction de ce type ne correspond."
      />
      {chosen?.note ? (
        <Text size="xs" c="dimmed">
          {chosen.note}
        </Text>
      ) : null}
      <Group>
        <Button
          size="xs"
          onClick={() => void confirm()}
          loading={busy}
          disabled={!chosen || chosen.id === confirmedId}
        >
          Confirmer la juridiction
        </Button>
      </Group>
    </Stack>
  );
}
