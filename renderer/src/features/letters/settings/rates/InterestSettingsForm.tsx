import {
  Alert,
  Button,
  Group,
  NumberInput,
  Radio,
  Select,
  Stack,
  Switch,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { letterSettingsRepo } from '../../../../data/repositories/letterSettings';
import { todayIso } from '../../../../domain/dates';
import type { InterestSettings, RateBasis } from '../../../../domain/interestSettings';
import { RECOVERY_INDEMNITY_CENTS } from '../../../../domain/interestSettings';
import { contractualFloorNotice } from '../../../../domain/ratePeriods';
import type { RateBook } from '../../../../domain/rates';
import { semesterOf } from '../../../../domain/semesters';

type BasisKind = RateBasis['kind'];

/**
 * How interest is computed: basis (L441-10, contractual, taux légal), day count, indemnity.
 * Keyed by the saved value in its parent, so a save elsewhere resets it.
 */
export function InterestSettingsForm({
  initial,
  rates,
}: {
  initial: InterestSettings;
  rates: RateBook;
}) {
  const [settings, setSettings] = useState(initial);
  const [contractualRate, setContractualRate] = useState<number | ''>(
    initial.basis.kind === 'contractual' ? initial.basis.ratePercent : '',
  );

  const basis: RateBasis =
    settings.basis.kind === 'contractual'
      ? { kind: 'contractual', ratePercent: contractualRate === '' ? 0 : contractualRate }
      : settings.basis;
  const floorNotice =
    basis.kind === 'contractual'
      ? contractualFloorNotice(basis.ratePercent, semesterOf(todayIso()), rates)
      : null;

  const setKind = (kind: BasisKind) =>
    setSettings((s) => ({
      ...s,
      basis:
        kind === 'contractual'
          ? { kind, ratePercent: contractualRate === '' ? 0 : contractualRate }
          : kind === 'taux-legal'
            ? { kind, creditor: 'autres' }
            : { kind },
    }));

  const save = async () => {
    await letterSettingsRepo.saveInterest({ ...settings, basis });
    notifications.show({ color: 'teal', message: 'Calcul des intérêts enregistré.' });
  };

  return (
    <Stack gap="sm" maw={640}>
      <Radio.Group
        label="Taux des pénalités de retard"
        value={settings.basis.kind}
        onChange={(v) => setKind(v as BasisKind)}
      >
        <Stack gap={6} mt={6}>
          <Radio
            value="l441-10"
            label="Taux BCE majoré de 10 points (C. com. L441-10) — à défaut de stipulation"
          />
          <Radio value="contractual" label="Taux fixé par vos conditions générales de vente" />
          <Radio value="taux-legal" label="Taux de l’intérêt légal" />
        </Stack>
      </Radio.Group>
      {settings.basis.kind === 'contractual' ? (
        <NumberInput
          label="Taux contractuel annuel (%)"
          decimalSeparator=","
          decimalScale={3}
          min={0}
          max={100}
          value={contractualRate}
          onChange={(value) => setContractualRate(value === '' ? '' : Number(value))}
        />
      ) : null}
      <Switch
        label="Compter 366 jours pour les jours d’une année bissextile"
        checked={settings.dayCount === 'actual/actual'}
        onChange={(e) => {
          const checked = e.currentTarget.checked;
          setSettings((s) => ({ ...s, dayCount: checked ? 'actual/actual' : 'actual/365' }));
        }}
      />
      <Switch
        label="Réclamer l’indemnité forfaitaire de 40 € par facture payée en retard (C. com. D441-5)"
        checked={settings.indemnityCents > 0}
        onChange={(e) => {
          const checked = e.currentTarget.checked;
          setSettings((s) => ({ ...s, indemnityCents: checked ? RECOVERY_INDEMNITY_CENTS : 0 }));
        }}
      />
      <Select
        label="Imputation des règlements partiels"
        data={[
          {
            value: 'interest-first',
            label: 'D’abord sur les intérêts, puis sur le principal (C. civ. 1343-1)',
          },
          {
            value: 'principal-first',
            label: 'Sur le principal de la facture désignée par le payeur',
          },
        ]}
        value={settings.imputation}
        allowDeselect={false}
        onChange={(v) =>
          v && setSettings((s) => ({ ...s, imputation: v as InterestSettings['imputation'] }))
        }
      />
      {floorNotice ? (
        <Alert color="yellow" variant="light" title="Minimum légal">
          <Text size="sm">{floorNotice}</Text>
        </Alert>
      ) : null}
      <Group>
        <Button onClick={() => void save()}>Enregistrer</Button>
      </Group>
    </Stack>
  );
}
