import { Alert, Anchor, Grid, Group, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { parseGuidedCallQuery, paths } from '../../app/paths';
import { useCallContext } from '../../data/collectionHooks';
import type { CallContext } from '../../data/repositories/callContext';
import { announceCall } from '../../data/sync';
import { BRANCH_OUTCOMES, type ScriptBranchId } from '../../domain/callScripts';
import { todayIso } from '../../domain/dates';
import type { IsoDate } from '../../domain/model';
import { sumCents } from '../../domain/money';
import { PageHeader } from '../../shared/ui/PageHeader';
import { PageLoader } from '../../shared/ui/PageLoader';
import { nextQueuePath } from '../queue';
import { CallingBadge } from '../team';
import { CallTargetCard } from './CallTargetCard';
import { OutcomeCard } from './OutcomeCard';
import { OwedCard } from './OwedCard';
import { emptyDraft, type OutcomeDraft } from './outcomeDraft';
import { ScriptCard } from './ScriptCard';
import { callItems, scriptValues } from './scriptValues';

function GuidedCall({ context, today }: { context: CallContext; today: IsoDate }) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { debtor } = context.collection;
  const { action } = parseGuidedCallQuery(params);
  const items = useMemo(() => callItems(context, today), [context, today]);
  const [contactId, setContactId] = useState<string | null>(
    (debtor.contacts.find((c) => c.phone) ?? debtor.contacts[0])?.id ?? null,
  );
  const [branch, setBranch] = useState<ScriptBranchId | null>(null);
  const [draft, setDraft] = useState<OutcomeDraft>(() =>
    emptyDraft(
      today,
      items.overdue.map((i) => i.id),
      sumCents(items.overdue.map((i) => i.openCents)),
    ),
  );
  const contact = debtor.contacts.find((c) => c.id === contactId);
  const back = action ? paths.queue() : paths.debtor(debtor.id);

  // The focus starts on the page's title, not on the body, for the keyboard and screen readers.
  useEffect(() => {
    const title = document.querySelector<HTMLElement>('main h2');
    if (!title) return;
    title.tabIndex = -1;
    title.focus();
  }, []);

  // Colleagues see « en cours d'appel par … » on this debtor while the call is open.
  useEffect(() => {
    announceCall(debtor.id);
    return () => announceCall(null);
  }, [debtor.id]);

  return (
    <Stack gap="md">
      <Anchor component={Link} to={back} size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} /> {action ? 'File d’actions' : debtor.name}
        </Group>
      </Anchor>
      <PageHeader
        title={`Appel guidé — ${debtor.name}`}
        description={[
          action?.label,
          `Compte ${debtor.accountNo}`,
          debtor.assignee && `suivi par ${debtor.assignee}`,
        ]
          .filter(Boolean)
          .join(' · ')}
        actions={<CallingBadge debtorId={debtor.id} />}
      />
      {'reason' in context.collection.state && (
        <Alert variant="light" color="blue">
          {context.collection.state.reason}
        </Alert>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
            <CallTargetCard
              contacts={debtor.contacts}
              contactId={contactId}
              onChange={setContactId}
            />
            <OwedCard context={context} today={today} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            <ScriptCard
              script={context.script}
              values={scriptValues(context, contact, today)}
              branch={branch}
              onBranch={(next) => {
                setBranch(next);
                setDraft((d) => ({ ...d, outcome: BRANCH_OUTCOMES[next] }));
              }}
            />
            <OutcomeCard
              debtorId={debtor.id}
              {...(contact ? { contact } : {})}
              {...(action ? { action } : {})}
              items={items.all}
              today={today}
              draft={draft}
              onChange={setDraft}
              withNext={!!action}
              onSaved={(next) => navigate((next && nextQueuePath(debtor.id)) || back)}
            />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** Appel guidé: who to call, what is owed, the script, and the outcome recorded in one go. */
export function GuidedCallPage() {
  const { debtorId = '' } = useParams();
  const today = todayIso();
  const context = useCallContext(debtorId, today);
  if (context === undefined) return <PageLoader />;
  if (context === null) {
    return (
      <Alert color="red" title="Débiteur introuvable">
        Ce débiteur n’existe pas (ou plus) dans le registre.
      </Alert>
    );
  }
  return <GuidedCall key={debtorId} context={context} today={today} />;
}
