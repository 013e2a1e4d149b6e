/**
 * The letter being composed: the user's choices, the ledger data they apply to, and the letter
 * the domain builds from them (rebuilt on every change: building is pure and takes milliseconds).
 */
import { useCallback, useMemo, useState } from 'react';
import { useDebtorLetterSources, useLetterCommons } from '../../../data/letterHooks';
import type { DebtorLetterSources, LetterCommons } from '../../../data/repositories/letterSources';
import { addDays, todayIso } from '../../../domain/dates';
import {
  buildLetter,
  defaultItemSelection,
  type LetterInput,
  type LetterResult,
  type LetterTemplate,
  type PlannedInstallment,
  splitInstallments,
  type TemplateId,
} from '../../../domain/letters';
import type { Cents, Invoice, IsoDate, SendMethod } from '../../../domain/model';
import { addCents } from '../../../domain/money';

export interface DraftOptions {
  debtorId: string | null;
  templateId: TemplateId;
  date: IsoDate;
  /** null: the template's own send method. */
  sendMethod: SendMethod | null;
  trackingNumber: string;
  /** null: the template's default selection (overdue, undisputed…). */
  selectedIds: string[] | null;
  installmentCount: number;
  firstInstallmentDate: IsoDate;
  promiseDate: IsoDate;
  /** null: the whole principal still due. */
  promiseCents: Cents | null;
}

export function initialDraft(debtorId: string | null, templateId: TemplateId): DraftOptions {
  const date = todayIso();
  return {
    debtorId,
    templateId,
    date,
    sendMethod: null,
    trackingNumber: '',
    selectedIds: null,
    installmentCount: 3,
    firstInstallmentDate: addDays(date, 15),
    promiseDate: addDays(date, 15),
    promiseCents: null,
  };
}

function usesBlock(body: string, name: string): boolean {
  return body.includes(`{{${name}}}`);
}

/**
 * The letter a draft gives: the one path from a template and the ledger to a letter, for the
 * letters composed here and for the live preview of a template being edited (Paramètres ›
 * Modèles), so the preview shows what the letter will print.
 */
export function draftLetter({
  commons,
  sources,
  template,
  selection,
  options,
}: {
  commons: LetterCommons;
  sources: DebtorLetterSources;
  template: LetterTemplate;
  selection: readonly Invoice[];
  options: DraftOptions;
}): LetterResult {
  const sendMethod = options.sendMethod ?? template.sendMethod;
  const base: LetterInput = {
    template,
    creditor: commons.creditor,
    debtor: sources.debtor,
    items: selection,
    date: options.date,
    sendMethod,
    ...(options.trackingNumber.trim() ? { trackingNumber: options.trackingNumber.trim() } : {}),
    payments: sources.payments,
    letters: sources.letters,
    policy: commons.policy,
  };
  const plain = buildLetter(base);
  if (!plain.ok) return plain;
  const total = plain.letter.amounts.totalCents;
  const plan: PlannedInstallment[] = usesBlock(template.body, 'tableau_echeances')
    ? splitInstallments(total, options.installmentCount, options.firstInstallmentDate)
    : [];
  const wantsPromise = template.body.includes('promesse.');
  if (plan.length === 0 && !wantsPromise) return plain;
  const principal = addCents(
    plain.letter.amounts.principalCents,
    plain.letter.amounts.creditsCents,
  );
  return buildLetter({
    ...base,
    installments: plan,
    promise: { date: options.promiseDate, cents: options.promiseCents ?? principal },
  });
}

export function useLetterDraft(initial: DraftOptions) {
  const [options, setOptions] = useState(initial);
  const commons = useLetterCommons();
  const sources = useDebtorLetterSources(options.debtorId);
  const template = commons?.templates.find((t) => t.id === options.templateId);

  const update = useCallback((changes: Partial<DraftOptions>) => {
    setOptions((current) => {
      const next = { ...current, ...changes };
      // A new debtor or template starts from that template's defaults.
      if (changes.debtorId !== undefined && changes.debtorId !== current.debtorId) {
        Object.assign(next, { selectedIds: null, trackingNumber: '', promiseCents: null });
      }
      if (changes.templateId !== undefined && changes.templateId !== current.templateId) {
        Object.assign(next, { selectedIds: null, sendMethod: null });
      }
      return next;
    });
  }, []);

  const items: Invoice[] = useMemo(() => sources?.items ?? [], [sources]);
  const selection = useMemo(() => {
    if (!template) return [];
    if (options.selectedIds === null) return defaultItemSelection(items, template, options.date);
    const chosen = new Set(options.selectedIds);
    return items.filter((item) => chosen.has(item.id));
  }, [items, template, options.selectedIds, options.date]);

  const built: LetterResult | null = useMemo(
    () =>
      commons && sources && template
        ? draftLetter({ commons, sources, template, selection, options })
        : null,
    [commons, sources, template, selection, options],
  );

  // A ledger change elsewhere (a letter recorded…) re-reads the sources; when the letter comes
  // out the same, keep the same object so the preview is not rendered again for nothing.
  const key = JSON.stringify(built);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for `built`'s content
  const result = useMemo(() => built, [key]);

  return { options, update, commons, sources, template, items, selection, result };
}

export type LetterDraft = ReturnType<typeof useLetterDraft>;
