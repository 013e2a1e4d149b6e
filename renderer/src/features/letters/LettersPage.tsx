import { Tabs } from '@mantine/core';
import { IconHistory, IconMailForward, IconStack2 } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseLettersQuery } from '../../app/paths';
import { TEMPLATE_IDS, type TemplateId } from '../../domain/letters';
import { PageHeader } from '../../shared/ui/PageHeader';
import { LedgerGate } from '../onboarding';
import { BatchLetters } from './batch/BatchLetters';
import { ComposeLetter } from './compose/ComposeLetter';
import { initialDraft } from './compose/useLetterDraft';
import { SentLetters } from './history/SentLetters';

const TABS = ['nouveau', 'envoyes', 'lot'] as const;
type Tab = (typeof TABS)[number];

function templateParam(value: string | null): TemplateId | undefined {
  return TEMPLATE_IDS.find((id) => id === value);
}

/**
 * Courriers. Other screens link here with parameters: `?debiteur=<id>&modele=mise-en-demeure`
 * opens a letter for that debtor; `?onglet=lot&lot=<id>,<id>&modele=relance-2` prepares a batch
 * (the action queue's « Préparer tous les courriers du jour »).
 */
export function LettersPage() {
  const [params, setParams] = useSearchParams();
  const query = parseLettersQuery(params);
  const tab: Tab = TABS.find((t) => t === query.tab) ?? (query.batch.length ? 'lot' : 'nouveau');
  const template = templateParam(query.templateId ?? null);
  const debtorId = query.debtorId ?? null;
  const lot = query.batch.join(',');
  const preselected = useMemo(() => (lot ? lot.split(',') : []), [lot]);
  const draft = useMemo(
    // Never a mise en demeure by default: the debtor's next step (ComposeLetter), or relance 1.
    () => initialDraft(debtorId, template ?? 'relance-1'),
    [debtorId, template],
  );
  return (
    <>
      <PageHeader
        title="Courriers"
        description="Relances, mises en demeure et relevés de compte, conservés tels qu’envoyés."
      />
      <LedgerGate>
        <Tabs
          value={tab}
          keepMounted={false}
          onChange={(value) => {
            if (value) setParams((current) => ({ ...Object.fromEntries(current), onglet: value }));
          }}
        >
          <Tabs.List mb="md">
            <Tabs.Tab value="nouveau" leftSection={<IconMailForward size={16} />}>
              Nouveau courrier
            </Tabs.Tab>
            <Tabs.Tab value="envoyes" leftSection={<IconHistory size={16} />}>
              Courriers envoyés
            </Tabs.Tab>
            <Tabs.Tab value="lot" leftSection={<IconStack2 size={16} />}>
              Envoi groupé
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="nouveau">
            <ComposeLetter
              key={`${debtorId}-${template}`}
              initial={draft}
              followLadder={template === undefined}
            />
          </Tabs.Panel>
          <Tabs.Panel value="envoyes">
            <SentLetters />
          </Tabs.Panel>
          <Tabs.Panel value="lot">
            <BatchLetters
              preselected={preselected}
              {...(template ? { templateId: template } : {})}
            />
          </Tabs.Panel>
        </Tabs>
      </LedgerGate>
    </>
  );
}
