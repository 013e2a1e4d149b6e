import { Alert, Button, Group, Loader, Paper, Stack, Table, Tabs, Text } from '@mantine/core';
import { IconBuildingBank, IconDownload } from '@tabler/icons-react';
import { useDeferredValue, useEffect, useMemo } from 'react';
import { useBankCredits, useBankImports, useLedgerLabels } from '../../data/bankHooks';
import type { BankCreditRecord } from '../../domain/bank';
import { formatDateFr, formatInstantFr } from '../../domain/dates';
import { formatCount, plural, pluralForm } from '../../domain/numbers';
import { platform } from '../../platform';
import { FileDropzone } from '../../shared/ui/FileDropzone';
import { PageHeader } from '../../shared/ui/PageHeader';
import { keepBankWorkerReady } from '../../workers/bank/client';
import { MatchedList } from './MatchedList';
import { MatchReview } from './MatchReview';
import { matchesWorkbook } from './matchesWorkbook';
import {
  type StatementImportState,
  useCreditsAfterImport,
  useMatchProposals,
  useStatementImport,
} from './useBankJobs';

/** One empty list, so the memoised lists see the same props while nothing is loaded. */
const NO_CREDITS: readonly BankCreditRecord[] = [];

const STATEMENT_EXTENSIONS = ['xml', 'txt', 'cfonb', 'dat', 'ofx', 'qfx', 'sta'];

const FORMAT_NAMES = { 'camt.053': 'CAMT.053', cfonb120: 'CFONB 120', ofx: 'OFX' } as const;

const STEP_TEXT = {
  reading: 'Lecture du relevé…',
  saving: 'Enregistrement des virements…',
  loading: 'Lecture du registre…',
  matching: 'Recherche des factures…',
} as const;

function ImportOutcome({ state, onCancel }: { state: StatementImportState; onCancel: () => void }) {
  if (state.phase === 'running') {
    return (
      <Group gap="sm">
        <Loader size="sm" />
        <Text size="sm">
          « {state.fileName} » : {STEP_TEXT[state.step]}
        </Text>
        <Button size="xs" variant="default" onClick={onCancel}>
          Annuler
        </Button>
      </Group>
    );
  }
  if (state.phase === 'failed') {
    return (
      <Alert
        color="red"
        title="Relevé refusé : rien n’a été enregistré"
        data-testid="bank-import-error"
      >
        {state.message}
      </Alert>
    );
  }
  if (state.phase !== 'done') return null;
  const { result } = state;
  return (
    <Alert
      color={result.warnings.length ? 'orange' : 'teal'}
      title={`« ${state.fileName} » (${FORMAT_NAMES[state.format]})`}
      data-testid="bank-import-result"
    >
      <Stack gap={4}>
        <Text size="sm">
          {result.added === 0
            ? `Ce relevé a déjà été importé : ${pluralForm(result.duplicates, 'son', 'ses')} ${plural(result.duplicates, 'virement')} ${result.duplicates > 1 ? 'sont' : 'est'} déjà dans le registre, rien n’a changé.`
            : `${plural(result.added, 'virement')} ${pluralForm(result.added, 'reçu')} ${pluralForm(result.added, 'enregistré')}${result.duplicates ? `, ${formatCount(result.duplicates)} déjà ${pluralForm(result.duplicates, 'importé')}` : ''} ; ${plural(result.debits, 'débit')} ${pluralForm(result.debits, 'ignoré')}.`}
        </Text>
        {result.warnings.map((warning) => (
          <Text size="sm" key={warning}>
            {warning}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}

export function BankPage() {
  // The statement dropped next starts in a worker already loaded, on a ledger already open.
  useEffect(() => keepBankWorkerReady(), []);
  const statementImport = useStatementImport();
  // Held while a statement is imported and matched (the worker needs the cores); the job answers
  // the credits waiting with their matches. Deferred: the lists of a statement of 20,000 credits
  // are drawn in a transition, in slices.
  const { state } = statementImport;
  const live = useBankCredits(state.phase === 'running');
  const credits = useDeferredValue(useCreditsAfterImport(live, state));
  const imports = useBankImports();
  const computed = useMemo(
    () =>
      state.phase === 'done' && state.matches
        ? { matches: state.matches, ...(state.labels ? { labels: state.labels } : {}) }
        : state.phase === 'running'
          ? ('coming' as const)
          : undefined,
    [state],
  );
  const proposals = useMatchProposals(credits?.unmatched, computed);
  const matched = credits?.matched ?? NO_CREDITS;
  const labels = useLedgerLabels(
    [...new Set(matched.flatMap((c) => (c.debtorId ? [c.debtorId] : [])))],
    matched.flatMap((c) => (c.allocations ?? []).map((a) => a.invoiceId)),
  );

  const exportMatches = async () => {
    if (!labels) return;
    await platform.saveFile({
      suggestedName: `rapprochements-bancaires-${new Date().toISOString().slice(0, 10)}.xlsx`,
      data: matchesWorkbook(matched, labels),
      filters: [{ name: 'Classeur Excel', extensions: ['xlsx'] }],
    });
  };

  return (
    <>
      <PageHeader
        title="Relevés bancaires"
        description="Importez le relevé du matin : chaque virement reçu est rapproché des factures ouvertes, avec sa date."
        actions={
          <Button
            variant="default"
            leftSection={<IconDownload size={16} />}
            disabled={matched.length === 0 || !labels}
            onClick={() => void exportMatches()}
          >
            Exporter pour le lettrage
          </Button>
        }
      />
      <Stack>
        <FileDropzone
          onFile={(file) => void statementImport.start(file)}
          disabled={state.phase === 'running'}
          icon={IconBuildingBank}
          title="Déposez ici le relevé bancaire du jour"
          hint="CAMT.053 (XML ISO 20022), CFONB 120 ou OFX. Seuls les virements reçus sont retenus ; un relevé déjà importé ne change rien."
          label="Déposer un relevé bancaire"
          filterName="Relevés bancaires (CAMT.053, CFONB 120, OFX)"
          extensions={STATEMENT_EXTENSIONS}
        />
        <ImportOutcome state={statementImport.state} onCancel={statementImport.cancel} />
        <Paper withBorder p="md">
          <Tabs defaultValue="unmatched" keepMounted={false}>
            <Tabs.List mb="md">
              <Tabs.Tab value="unmatched">
                À rapprocher ({formatCount(credits?.unmatched.length ?? 0)})
              </Tabs.Tab>
              <Tabs.Tab value="matched">Rapprochés ({formatCount(matched.length)})</Tabs.Tab>
              <Tabs.Tab value="ignored">
                Ignorés ({formatCount(credits?.ignored.length ?? 0)})
              </Tabs.Tab>
              <Tabs.Tab value="imports">
                Relevés importés ({formatCount(imports?.length ?? 0)})
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="unmatched">
              {credits ? (
                <MatchReview credits={credits.unmatched} proposals={proposals} />
              ) : (
                <Loader />
              )}
            </Tabs.Panel>
            <Tabs.Panel value="matched">
              <MatchedList credits={matched} labels={labels} kind="matched" />
            </Tabs.Panel>
            <Tabs.Panel value="ignored">
              <MatchedList credits={credits?.ignored ?? NO_CREDITS} kind="ignored" />
            </Tabs.Panel>
            <Tabs.Panel value="imports">
              {imports?.length ? (
                <Table fz="sm" aria-label="Relevés importés">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Fichier</Table.Th>
                      <Table.Th>Format</Table.Th>
                      <Table.Th>Importé le</Table.Th>
                      <Table.Th>Par</Table.Th>
                      <Table.Th ta="right">Virements</Table.Th>
                      <Table.Th>Solde final</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {imports.map((record) => (
                      <Table.Tr key={record.id}>
                        <Table.Td>{record.fileName}</Table.Td>
                        <Table.Td>{FORMAT_NAMES[record.format]}</Table.Td>
                        <Table.Td>{formatInstantFr(record.importedAt)}</Table.Td>
                        <Table.Td>{record.by}</Table.Td>
                        <Table.Td ta="right">{formatCount(record.counts.credits)}</Table.Td>
                        <Table.Td>
                          {record.accounts
                            .map((a) => (a.closing ? `au ${formatDateFr(a.closing.date)}` : ''))
                            .filter(Boolean)
                            .join(', ')}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              ) : (
                <Text c="dimmed" py="lg" ta="center">
                  Aucun relevé importé.
                </Text>
              )}
            </Tabs.Panel>
          </Tabs>
        </Paper>
      </Stack>
    </>
  );
}
