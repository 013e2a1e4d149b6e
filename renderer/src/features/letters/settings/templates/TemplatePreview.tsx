import {
  Alert,
  Anchor,
  Group,
  List,
  Paper,
  ScrollArea,
  SegmentedControl,
  Select,
  Stack,
  Text,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../../app/paths';
import { useDebtorLetterSources, useExampleDebtors } from '../../../../data/letterHooks';
import type { LetterCommons } from '../../../../data/repositories/letterSources';
import {
  defaultItemSelection,
  type LetterContent,
  type LetterTemplate,
} from '../../../../domain/letters';
import { logoDataUri } from '../../../../pdf/base/Letterhead';
import { PreviewPane } from '../../compose/PreviewPane';
import { draftLetter, initialDraft } from '../../compose/useLetterDraft';
import { usePdfPreview } from '../../compose/usePdfPreview';

/** Quiet time after a keystroke before the letter is built again (the PDF waits a little more). */
const TYPING_DEBOUNCE_MS = 300;

const BLOCK_NAMES: Record<Exclude<LetterContent['blocks'][number]['kind'], 'paragraph'>, string> = {
  invoices: 'Tableau des factures',
  decompte: 'Tableau du décompte',
  statement: 'Tableau du relevé de compte',
  installments: 'Tableau des échéances',
  bank: 'Coordonnées bancaires',
};

/** The letter's text as it prints, without the layout: readable by a screen reader, and copied. */
function LetterText({ letter }: { letter: LetterContent }) {
  return (
    <ScrollArea h="70vh" type="auto" viewportProps={{ tabIndex: 0 }}>
      <Stack gap="xs" p="sm" data-testid="template-result-text">
        <Text size="sm" c="dimmed">
          Destinataire{'\u00a0'}: {letter.recipient.name}
        </Text>
        <Text fw={700} size="sm">
          Objet{'\u00a0'}: {letter.subject}
        </Text>
        {letter.blocks.map((block, i) =>
          block.kind === 'paragraph' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: blocks have no identity but their place
            <Text key={i} size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {block.runs.map((run, j) =>
                run.bold ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: runs have no identity but their place
                  <strong key={j}>{run.text}</strong>
                ) : (
                  run.text
                ),
              )}
            </Text>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: blocks have no identity but their place
            <Text key={i} size="sm" c="dimmed" fs="italic">
              [{BLOCK_NAMES[block.kind]}]
            </Text>
          ),
        )}
      </Stack>
    </ScrollArea>
  );
}

/**
 * The template being edited, built for a real debtor of the ledger as the user types: the same
 * path as a letter composed in Courriers (`draftLetter`, then the PDF of the preview worker).
 */
export function TemplatePreview({
  template,
  commons,
}: {
  template: LetterTemplate;
  commons: LetterCommons;
}) {
  const debtors = useExampleDebtors();
  const [chosen, setChosen] = useState<string | null>(null);
  const [view, setView] = useState<'page' | 'texte'>('page');
  const debtorId =
    chosen && debtors?.some((d) => d.id === chosen) ? chosen : (debtors?.[0]?.id ?? null);
  const sources = useDebtorLetterSources(debtorId);
  const [typed] = useDebouncedValue(template, TYPING_DEBOUNCE_MS);
  const result = useMemo(() => {
    if (!sources) return null;
    const options = initialDraft(sources.debtor.id, typed.id);
    const selection = defaultItemSelection(sources.items, typed, options.date);
    return draftLetter({ commons, sources, template: typed, selection, options });
  }, [typed, commons, sources]);
  const logo = useMemo(
    () => (commons.logo ? logoDataUri(commons.logo.bytes, commons.logo.mime) : undefined),
    [commons.logo],
  );
  const letter = result?.ok ? result.letter : null;
  const preview = usePdfPreview(letter, logo);

  if (debtors && debtors.length === 0) {
    return (
      <Alert color="blue" title="Aucun débiteur pour l’aperçu">
        Le résultat s’affiche avec un débiteur du registre qui a des pièces ouvertes. Le registre
        est vide{'\u00a0'}:{' '}
        <Anchor component={Link} to={paths.import()}>
          importez une balance âgée
        </Anchor>{' '}
        ou chargez les données de démonstration depuis l’accueil.
      </Alert>
    );
  }
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm" wrap="nowrap">
        <Select
          flex={1}
          label="Débiteur d’exemple"
          data={(debtors ?? []).map((d) => ({ value: d.id, label: `${d.name} — ${d.accountNo}` }))}
          value={debtorId}
          onChange={(v) => v && setChosen(v)}
          allowDeselect={false}
          searchable
          limit={50}
          nothingFoundMessage="Aucun débiteur de ce nom"
          disabled={!debtors}
        />
        <SegmentedControl
          aria-label="Affichage du résultat"
          value={view}
          onChange={(v) => setView(v === 'texte' ? 'texte' : 'page')}
          data={[
            { value: 'page', label: 'Page' },
            { value: 'texte', label: 'Texte' },
          ]}
        />
      </Group>
      {result && !result.ok ? (
        <Alert color="red" title="Aperçu impossible">
          <List size="sm">
            {result.errors.map((e) => (
              <List.Item key={e}>{e}</List.Item>
            ))}
          </List>
        </Alert>
      ) : view === 'texte' && letter ? (
        <Paper withBorder>
          <LetterText letter={letter} />
        </Paper>
      ) : (
        <PreviewPane preview={preview} />
      )}
    </Stack>
  );
}
