import { Group, NumberInput } from '@mantine/core';
import { isIsoDate } from '../../../domain/dates';
import { centsFromNumber } from '../../../domain/money';
import { DateField } from '../../../shared/ui/DateField';
import type { LetterDraft } from './useLetterDraft';

/** Instalments (échéancier templates) or the promised payment (confirmation de promesse). */
export function PlanFields({ draft }: { draft: LetterDraft }) {
  const { options, update, template } = draft;
  if (!template) return null;
  const plan = template.body.includes('{{tableau_echeances}}');
  const promise = template.body.includes('promesse.');
  return (
    <>
      {plan ? (
        <Group grow align="flex-start">
          <NumberInput
            label="Nombre d’échéances"
            min={1}
            max={36}
            value={options.installmentCount}
            onChange={(value) =>
              update({ installmentCount: Math.max(1, Math.round(Number(value) || 1)) })
            }
          />
          <DateField
            label="Première échéance"
            value={options.firstInstallmentDate}
            onChange={(picked) => {
              if (isIsoDate(picked)) update({ firstInstallmentDate: picked });
            }}
          />
        </Group>
      ) : null}
      {promise ? (
        <Group grow align="flex-start">
          <NumberInput
            label="Montant promis (€)"
            decimalSeparator=","
            thousandSeparator=" "
            decimalScale={2}
            min={0}
            placeholder="Principal restant dû"
            value={options.promiseCents === null ? '' : options.promiseCents / 100}
            onChange={(value) =>
              update({ promiseCents: value === '' ? null : centsFromNumber(Number(value)) })
            }
          />
          <DateField
            label="Date promise"
            value={options.promiseDate}
            onChange={(picked) => {
              if (isIsoDate(picked)) update({ promiseDate: picked });
            }}
          />
        </Group>
      ) : null}
    </>
  );
}
