import { describe, expect, it } from 'vitest';
import type { ActivityDetails } from './activityDetails';
import { isoDate } from './dates';
import { actionKey, evaluateLadder, type LadderInputs, type LadderState } from './escalation';
import { DEFAULT_LADDER, type Ladder } from './ladder';
import type { Activity, Debtor, Invoice, IsoDate, LadderOverrides, PaymentPromise } from './model';
import { addCents, cents } from './money';
import { evaluatePromise } from './promiseStatus';

const TODAY = '2026-11-23';

function invoice(
  number: string,
  dueDate: string,
  openCents = 100_000,
  extra: Partial<Invoice> = {},
): Invoice {
  return {
    id: number,
    debtorId: 'd1',
    number,
    kind: 'invoice',
    dueDate: isoDate(dueDate),
    amountCents: cents(openCents),
    openCents: cents(openCents),
    currency: 'EUR',
    status: 'open',
    ...extra,
  };
}

function activity(
  at: string,
  details: ActivityDetails,
  type: Activity['type'] = 'action',
): Activity {
  return {
    id: `${at}-${details.kind}`,
    debtorId: 'd1',
    type,
    at: `${at}T10:00:00.000Z`,
    by: 'Camille',
    text: '',
    details,
  };
}

function decision(
  at: string,
  stepId: string,
  anchor: string,
  channel: string,
  kind: 'done' | 'skipped' = 'done',
): Activity {
  const key = `d1|${stepId}|${anchor}|${channel}`;
  return activity(at, {
    kind: 'queue-decision',
    actionKey: key,
    decision: kind === 'done' ? { kind } : { kind, reason: 'déjà fait par le commercial' },
  });
}

interface Case {
  items: Invoice[];
  overrides?: LadderOverrides;
  activities?: Activity[];
  letters?: { template: string; date: IsoDate }[];
  promises?: PaymentPromise[];
  status?: Debtor['status'];
  courtCase?: boolean;
  ladder?: Ladder;
  today?: string;
  /** Date of the latest balance or payment check (today by default). */
  evidenceDate?: string;
}

function run(c: Case): LadderState {
  const today = c.today ?? TODAY;
  const itemsById = new Map(c.items.map((i) => [i.id, i]));
  const inputs: LadderInputs = {
    debtor: {
      id: 'd1',
      status: c.status ?? 'active',
      ...(c.overrides ? { ladderOverrides: c.overrides } : {}),
    },
    items: c.items,
    activities: c.activities ?? [],
    letters: c.letters ?? [],
    cases: c.courtCase
      ? [
          {
            openedAt: '2026-10-01T09:00:00.000Z',
            stage: 'procedure',
            procedure: 'injonction-de-payer',
          },
        ]
      : [],
    promises: (c.promises ?? []).map((promise) => {
      let open = cents(0);
      for (const id of promise.invoiceIds)
        open = addCents(open, itemsById.get(id)?.openCents ?? cents(0));
      return {
        promise,
        evaluation: evaluatePromise(promise, {
          openCents: open,
          evidenceDate: isoDate(c.evidenceDate ?? today),
          today: isoDate(today),
          graceDays: 3,
        }),
      };
    }),
  };
  return evaluateLadder(c.ladder ?? DEFAULT_LADDER, inputs, isoDate(today));
}

function promise(
  date: string,
  invoiceIds: string[],
  amount: number,
  status: PaymentPromise['status'] = 'active',
): PaymentPromise {
  return {
    id: 'p1',
    debtorId: 'd1',
    kind: 'promise',
    invoiceIds,
    createdAt: '2026-11-10T09:00:00.000Z',
    installments: [{ date: isoDate(date), cents: cents(amount), status: 'pending' }],
    status,
  };
}

const summary = (s: LadderState) =>
  s.status === 'step' || s.status === 'below-minimum'
    ? {
        status: s.status,
        step: s.step.id,
        dueOn: s.dueOn,
        pending: s.pending.join('+'),
        items: s.items
          .list()
          .map((i) => i.number)
          .join(','),
      }
    : { status: s.status };

describe('evaluateLadder — which step is next', () => {
  it.each<[string, Case, ReturnType<typeof summary>]>([
    ['nothing overdue', { items: [invoice('F-1', '2026-11-30')] }, { status: 'clear' }],
    ['due today is not yet overdue', { items: [invoice('F-1', TODAY)] }, { status: 'clear' }],
    [
      '3 days late: relance 1 waits for J+5',
      { items: [invoice('F-1', '2026-11-20')] },
      {
        status: 'step',
        step: 'relance-1',
        dueOn: isoDate('2026-11-25'),
        pending: 'telephone+email',
        items: 'F-1',
      },
    ],
    [
      '17 days late, nothing done: relance 1 due since J+5',
      { items: [invoice('F-1023', '2026-11-06')] },
      {
        status: 'step',
        step: 'relance-1',
        dueOn: isoDate('2026-11-11'),
        pending: 'telephone+email',
        items: 'F-1023',
      },
    ],
    [
      'one reminder groups every overdue item, oldest first',
      {
        items: [
          invoice('F-2', '2026-11-10'),
          invoice('F-1', '2026-11-01'),
          invoice('F-3', '2026-12-10'),
        ],
      },
      {
        status: 'step',
        step: 'relance-1',
        dueOn: isoDate('2026-11-06'),
        pending: 'telephone+email',
        items: 'F-1,F-2',
      },
    ],
    [
      'relance 1 sent as a letter and called: relance 2 at J+15',
      {
        items: [invoice('F-1', '2026-11-01')],
        letters: [{ template: 'relance-1', date: isoDate('2026-11-06') }],
        activities: [decision('2026-11-06', 'relance-1', '2026-11-01', 'telephone')],
      },
      {
        status: 'step',
        step: 'relance-2',
        dueOn: isoDate('2026-11-16'),
        pending: 'courrier-simple+telephone',
        items: 'F-1',
      },
    ],
    [
      'only one channel of a multi-channel step done: the other stays pending',
      {
        items: [invoice('F-1', '2026-11-01')],
        letters: [{ template: 'relance-1', date: isoDate('2026-11-06') }],
      },
      {
        status: 'step',
        step: 'relance-1',
        dueOn: isoDate('2026-11-06'),
        pending: 'telephone',
        items: 'F-1',
      },
    ],
    [
      'a call that reached the debtor settles the whole step',
      {
        items: [invoice('F-1', '2026-11-01')],
        activities: [activity('2026-11-07', { kind: 'call', outcome: 'refus' }, 'call')],
      },
      {
        status: 'step',
        step: 'relance-2',
        dueOn: isoDate('2026-11-16'),
        pending: 'courrier-simple+telephone',
        items: 'F-1',
      },
    ],
    [
      'a call answering a callback settles the step due like any call',
      {
        items: [invoice('F-1', '2026-11-01')],
        activities: [
          activity(
            '2026-11-07',
            { kind: 'call', outcome: 'refus', actionKey: 'd1|_rappel|a-note|telephone' },
            'call',
          ),
        ],
      },
      {
        status: 'step',
        step: 'relance-2',
        dueOn: isoDate('2026-11-16'),
        pending: 'courrier-simple+telephone',
        items: 'F-1',
      },
    ],
    [
      'a call without answer does not',
      {
        items: [invoice('F-1', '2026-11-01')],
        activities: [activity('2026-11-07', { kind: 'call', outcome: 'pas-de-reponse' }, 'call')],
      },
      {
        status: 'step',
        step: 'relance-1',
        dueOn: isoDate('2026-11-06'),
        pending: 'telephone+email',
        items: 'F-1',
      },
    ],
    [
      'catching up: never two steps closer than the minimum gap',
      {
        items: [invoice('F-1', '2026-09-01')],
        activities: [
          decision('2026-11-20', 'relance-1', '2026-09-01', 'telephone'),
          decision('2026-11-20', 'relance-1', '2026-09-01', 'email'),
        ],
      },
      {
        status: 'step',
        step: 'relance-2',
        dueOn: isoDate('2026-11-27'),
        pending: 'courrier-simple+telephone',
        items: 'F-1',
      },
    ],
    [
      'a later step done by hand passes over the earlier ones',
      {
        items: [invoice('F-1', '2026-09-01')],
        letters: [{ template: 'mise-en-demeure', date: isoDate('2026-10-05') }],
      },
      {
        status: 'step',
        step: 'derniere-chance',
        dueOn: isoDate('2026-10-16'),
        pending: 'telephone+courrier-simple',
        items: 'F-1',
      },
    ],
    [
      'skipping a step counts as done',
      {
        items: [invoice('F-1', '2026-11-01')],
        activities: [
          decision('2026-11-06', 'relance-1', '2026-11-01', 'telephone', 'skipped'),
          decision('2026-11-06', 'relance-1', '2026-11-01', 'email', 'skipped'),
        ],
      },
      {
        status: 'step',
        step: 'relance-2',
        dueOn: isoDate('2026-11-16'),
        pending: 'courrier-simple+telephone',
        items: 'F-1',
      },
    ],
    [
      'a step done before a dispute moved the anchor still counts',
      {
        items: [
          invoice('F-1', '2026-09-01', 100_000, { status: 'disputed' }),
          invoice('F-2', '2026-09-20'),
        ],
        activities: [
          activity(
            '2026-10-01',
            { kind: 'call', outcome: 'refus', actionKey: 'd1|relance-1|2026-09-01|telephone' },
            'call',
          ),
        ],
      },
      {
        status: 'step',
        step: 'relance-2',
        dueOn: isoDate('2026-10-08'),
        pending: 'courrier-simple+telephone',
        items: 'F-2',
      },
    ],
    [
      'letters of an earlier episode do not count once its items are paid',
      {
        items: [invoice('F-9', '2026-11-10'), invoice('F-1', '2026-09-01', 0, { status: 'paid' })],
        letters: [{ template: 'relance-1', date: isoDate('2026-09-06') }],
      },
      {
        status: 'step',
        step: 'relance-1',
        dueOn: isoDate('2026-11-15'),
        pending: 'telephone+email',
        items: 'F-9',
      },
    ],
    [
      'below the minimum amount the ladder stops before the mise en demeure',
      {
        items: [invoice('F-1', '2026-10-01', 4_500)],
        letters: [
          { template: 'relance-1', date: isoDate('2026-10-06') },
          { template: 'relance-2', date: isoDate('2026-10-16') },
        ],
        activities: [
          decision('2026-10-06', 'relance-1', '2026-10-01', 'telephone'),
          decision('2026-10-16', 'relance-2', '2026-10-01', 'telephone'),
        ],
      },
      {
        status: 'below-minimum',
        step: 'mise-en-demeure',
        dueOn: isoDate('2026-10-31'),
        pending: 'lrar',
        items: 'F-1',
      },
    ],
  ])('%s', (_name, c, expected) => {
    expect(summary(run(c))).toEqual(expected);
  });
});

describe('evaluateLadder — delays', () => {
  const ladder = (from: Ladder['steps'][number]['from'], delayDays: number): Ladder => ({
    ...DEFAULT_LADDER,
    steps: [
      {
        id: 'a',
        label: 'Étape A',
        delayDays: 5,
        from: 'due-date',
        channels: ['email'],
        minimumCents: 0,
      },
      { id: 'b', label: 'Étape B', delayDays, from, channels: ['lrar'], minimumCents: 0 },
    ],
  });
  const aDone = [decision('2026-10-20', 'a', '2026-10-10', 'email')];
  it.each<[string, Ladder['steps'][number]['from'], number, string]>([
    ['from the due date', 'due-date', 20, '2026-10-30'],
    ['from the end of the month of the due date', 'end-of-month', 10, '2026-11-10'],
    ['from the previous step', 'previous-step', 12, '2026-11-01'],
    ['never sooner than the minimum gap after the previous step', 'due-date', 6, '2026-10-27'],
  ])('%s', (_name, from, delay, dueOn) => {
    const state = run({
      items: [invoice('F-1', '2026-10-10')],
      activities: aDone,
      ladder: ladder(from, delay),
    });
    expect(state.status === 'step' && state.dueOn).toBe(dueOn);
  });

  it('applies a debtor’s custom delay instead of the ladder’s', () => {
    const state = run({
      items: [invoice('F-1', '2026-11-10')],
      overrides: { delays: { 'relance-1': 12 } },
    });
    expect(state.status === 'step' && state.dueOn).toBe('2026-11-22');
  });
});

describe('evaluateLadder — overrides, promises, disputes', () => {
  it.each<[string, Case, string, RegExp]>([
    [
      'excluded debtor',
      {
        items: [invoice('F-1', '2026-10-01')],
        overrides: { exclude: true, excludeReason: 'Client en sauvegarde' },
      },
      'excluded',
      /Client en sauvegarde/,
    ],
    [
      'closed account',
      { items: [invoice('F-1', '2026-10-01')], status: 'closed' },
      'excluded',
      /Compte clos/,
    ],
    [
      'open case before a court',
      { items: [invoice('F-1', '2026-10-01')], courtCase: true },
      'excluded',
      /Dossier contentieux/,
    ],
    [
      'a running promise pauses the ladder',
      {
        items: [invoice('F-1', '2026-10-01')],
        promises: [promise('2026-11-30', ['F-1'], 100_000)],
      },
      'paused',
      /Promesse de paiement en cours\s: 1\u202f000,00\s€ attendus le 30\/11/,
    ],
    [
      'a promise past its date and grace, no balance since: paused until checked',
      {
        items: [invoice('F-1', '2026-10-01')],
        promises: [promise('2026-11-18', ['F-1'], 100_000)],
        evidenceDate: isoDate('2026-11-15'),
      },
      'paused',
      /règlement du 18\/11 à vérifier/,
    ],
    [
      'a newer balance shows it unpaid: broken, the ladder resumes',
      {
        items: [invoice('F-1', '2026-10-01')],
        promises: [promise('2026-11-18', ['F-1'], 100_000)],
        evidenceDate: isoDate('2026-11-22'),
      },
      'step',
      /promesse du 18\/11 non tenue/,
    ],
    [
      'within the grace period the promise still holds',
      {
        items: [invoice('F-1', '2026-10-01')],
        promises: [promise('2026-11-20', ['F-1'], 100_000)],
      },
      'paused',
      /Promesse de paiement en cours/,
    ],
    [
      'disputed items leave the ladder',
      { items: [invoice('F-1', '2026-10-01', 100_000, { status: 'disputed' })] },
      'paused',
      /en litige/,
    ],
  ])('%s', (_name, c, status, reason) => {
    const state = run(c);
    expect(state.status).toBe(status);
    expect('reason' in state ? state.reason : '').toMatch(reason);
  });

  it('resumes after a broken promise, with the items it covered', () => {
    const state = run({
      items: [invoice('F-1', '2026-10-01'), invoice('F-2', '2026-11-01')],
      promises: [promise('2026-11-10', ['F-1'], 100_000, 'broken')],
    });
    expect(summary(state)).toMatchObject({ status: 'step', items: 'F-1,F-2' });
  });

  it('leaves a disputed item out and reminds the others', () => {
    const state = run({
      items: [
        invoice('F-1', '2026-10-01', 100_000, { status: 'disputed' }),
        invoice('F-2', '2026-11-01'),
      ],
    });
    expect(summary(state)).toMatchObject({
      status: 'step',
      items: 'F-2',
      dueOn: isoDate('2026-11-06'),
    });
  });

  it('calls a strategic account before any letter', () => {
    const state = run({
      items: [invoice('F-1', '2026-10-01')],
      overrides: { strategic: true },
      letters: [{ template: 'relance-1', date: isoDate('2026-10-06') }],
      activities: [decision('2026-10-06', 'relance-1', '2026-10-01', 'telephone')],
    });
    expect(summary(state)).toMatchObject({ step: 'relance-2', pending: 'telephone' });
  });
});

describe('evaluateLadder — reasons in French', () => {
  it.each<[string, Case, string]>([
    [
      'first reminder',
      { items: [invoice('F-1023', '2026-11-06')] },
      'Facture F-1023 échue depuis 17 jours, aucune relance faite',
    ],
    [
      'after a reminder without answer',
      {
        items: [invoice('F-1023', '2026-11-06')],
        letters: [{ template: 'relance-1', date: isoDate('2026-11-11') }],
        activities: [decision('2026-11-11', 'relance-1', '2026-11-06', 'telephone')],
        today: '2026-11-23',
      },
      'Facture F-1023 échue depuis 17 jours, relance 1 envoyée le 11/11 sans réponse',
    ],
    [
      'several items',
      { items: [invoice('F-1', '2026-10-01', 50_000), invoice('F-2', '2026-11-01', 25_000)] },
      '2 factures échues (750,00 €), la plus ancienne, F-1, depuis 53 jours, aucune relance faite',
    ],
  ])('%s', (_name, c, reason) => {
    const state = run(c);
    expect('reason' in state ? state.reason.replace(/\u202f|\u00a0/g, ' ') : '').toBe(reason);
  });
});

describe('actionKey', () => {
  it('names debtor, step, episode and channel', () => {
    expect(actionKey('d1', 'relance-2', isoDate('2026-11-01'), 'lrar')).toBe(
      'd1|relance-2|2026-11-01|lrar',
    );
  });
});
