import { Button, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { letterSettingsRepo } from '../../../../data/repositories/letterSettings';
import { confirmRate, L441_10_MARGIN_MILLI } from '../../../../domain/rateConfirmation';
import { formatRateFr, type RateTableId, toMilliPercent } from '../../../../domain/rates';
import { semesterLabelFr } from '../../../../domain/semesters';
import { DateField } from '../../../../shared/ui/DateField';

interface Fields {
  rate: number | '';
  /** L441-10: date of the ECB decision. Taux légal: date of the arrêté. */
  decisionDate: string;
  journalDate: string;
  journalNumber: string;
}

const EMPTY: Fields = { rate: '', decisionDate: '', journalDate: '', journalNumber: '' };

/**
 * Confirms (or adds) one semester of a table from the published text: the value and its
 * reference, which the table then shows. Keyed by table and semester in its parent, so choosing
 * another row starts from empty fields: a provisional value is never confirmed by accident.
 */
export function RateConfirmForm({
  table,
  semester: initialSemester,
}: {
  table: RateTableId;
  semester: string;
}) {
  const [semester, setSemester] = useState(initialSemester);
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [errors, setErrors] = useState<string[]>([]);
  const set = (patch: Partial<Fields>) => setFields((f) => ({ ...f, ...patch }));
  const isEcb = table === 'l441-10';
  const rate = fields.rate === '' ? null : fields.rate;

  const submit = async () => {
    const result = confirmRate(
      isEcb
        ? { table, semester, ecbRatePercent: rate, decisionDate: fields.decisionDate }
        : {
            table,
            semester,
            ratePercent: rate,
            arreteDate: fields.decisionDate,
            journalDate: fields.journalDate,
            journalNumber: fields.journalNumber,
          },
    );
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    await letterSettingsRepo.saveUserRate(result.rate);
    setErrors([]);
    setFields(EMPTY);
    setSemester('');
    notifications.show({
      color: 'teal',
      message: `Taux du ${semesterLabelFr(result.rate.semester)} confirmé.`,
    });
  };

  return (
    <Stack gap="xs" role="group" aria-label="Confirmer un taux">
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label="Semestre"
          placeholder="2026-S2"
          value={semester}
          onChange={(e) => setSemester(e.currentTarget.value)}
          w={110}
        />
        <NumberInput
          label={isEcb ? 'Taux BCE (refinancement, %)' : 'Taux publié (%)'}
          decimalSeparator=","
          decimalScale={3}
          min={0}
          value={fields.rate}
          onChange={(v) => set({ rate: v === '' ? '' : Number(v) })}
          w={isEcb ? 200 : 140}
        />
        <DateField
          label={isEcb ? 'Décision du Conseil des gouverneurs du' : 'Arrêté du'}
          value={fields.decisionDate}
          onChange={(picked) => set({ decisionDate: picked })}
        />
        {isEcb ? null : (
          <>
            <DateField
              label="Journal officiel du"
              value={fields.journalDate}
              onChange={(picked) => set({ journalDate: picked })}
            />
            <TextInput
              label="Texte n° (facultatif)"
              value={fields.journalNumber}
              onChange={(e) => set({ journalNumber: e.currentTarget.value })}
              w={140}
            />
          </>
        )}
        <Button onClick={() => void submit()}>Confirmer le taux</Button>
      </Group>
      {isEcb && rate !== null ? (
        <Text size="sm" c="dimmed">
          Taux L441-10 : {formatRateFr(toMilliPercent(rate) + L441_10_MARGIN_MILLI)} (taux BCE en
          vigueur au 1ᵉʳ janvier ou au 1ᵉʳ juillet, majoré de 10 points).
        </Text>
      ) : null}
      {errors.length > 0 ? (
        <Text c="red" size="sm" role="alert">
          {errors.join(' ')}
        </Text>
      ) : null}
    </Stack>
  );
}
