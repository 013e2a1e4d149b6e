import { Alert, Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import {
  type Creditor,
  incompleteCreditorMessage,
  missingCreditorFields,
} from '../../domain/creditor';
import type { LetterTemplate } from '../../domain/letters';

/** Paramètres, on its « Créancier » tab (the tab follows the URL's `onglet`). */

/**
 * What the creditor's identity lacks for letters of this template: empty for an ordinary letter
 * (relances, relevé), which prints without the missing parts.
 */
export function missingForTemplate(
  template: Pick<LetterTemplate, 'legal'> | undefined,
  creditor: Creditor | undefined,
): string[] {
  if (!template?.legal || !creditor) return [];
  return missingCreditorFields(creditor, 'legal-letter');
}

/** Why a legal letter cannot be sent yet, and where to complete the creditor's identity. */
export function IncompleteCreditorAlert({ missing }: { missing: readonly string[] }) {
  if (missing.length === 0) return null;
  return (
    <Alert color="red" title="Identité du créancier incomplète" data-testid="creditor-incomplete">
      <Text size="sm">{incompleteCreditorMessage(missing, 'legal-letter')}</Text>
      <Anchor component={Link} to={paths.settings('creditor')} size="sm">
        Compléter dans Paramètres › Créancier
      </Anchor>
    </Alert>
  );
}
