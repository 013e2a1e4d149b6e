import { Alert, List } from '@mantine/core';
import { useMemo } from 'react';
import type { LetterCommons } from '../../../../data/repositories/letterSources';
import { addDays, todayIso } from '../../../../domain/dates';
import {
  buildLetter,
  defaultItemSelection,
  type LetterTemplate,
  splitInstallments,
} from '../../../../domain/letters';
import { cents } from '../../../../domain/money';
import { logoDataUri } from '../../../../pdf/base/Letterhead';
import { PreviewPane } from '../../compose/PreviewPane';
import { usePdfPreview } from '../../compose/usePdfPreview';
import { SAMPLE_DEBTOR, sampleItems } from './sampleLetter';

/** The template being edited, rendered for a fictitious debtor as the user types. */
export function TemplatePreview({
  template,
  commons,
}: {
  template: LetterTemplate;
  commons: LetterCommons;
}) {
  const date = todayIso();
  const result = useMemo(() => {
    const items = defaultItemSelection(sampleItems(date), template, date);
    return buildLetter({
      template,
      creditor: commons.creditor,
      debtor: SAMPLE_DEBTOR,
      items,
      date,
      sendMethod: template.sendMethod,
      payments: [],
      letters: [
        {
          id: 'exemple',
          template: 'relance-1',
          date: addDays(date, -20),
          templateName: 'Relance amiable',
          sendMethod: 'email',
        },
      ],
      policy: commons.policy,
      installments: splitInstallments(cents(300_000), 3, addDays(date, 15)),
      promise: { date: addDays(date, 10), cents: cents(150_000) },
    });
  }, [template, commons, date]);
  const logo = useMemo(
    () => (commons.logo ? logoDataUri(commons.logo.bytes, commons.logo.mime) : undefined),
    [commons.logo],
  );
  const preview = usePdfPreview(result.ok ? result.letter : null, logo);
  if (!result.ok) {
    return (
      <Alert color="red" title="Aperçu impossible">
        <List size="sm">
          {result.errors.map((e) => (
            <List.Item key={e}>{e}</List.Item>
          ))}
        </List>
      </Alert>
    );
  }
  return <PreviewPane preview={preview} />;
}
