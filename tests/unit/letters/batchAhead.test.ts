/**
 * Envoi groupé builds a batch's letters ahead, while the user reads the list: the click then
 * finds them built. They are the letters a cold build gives, and are built again as soon as
 * anything was written or the batch's template, date or held items changed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { letterSourcesRepo } from '../../../renderer/src/data/repositories/letterSources';
import { generateDemoPortfolio } from '../../../renderer/src/demo';
import { isoDate } from '../../../renderer/src/domain/dates';
import type { LetterTemplate } from '../../../renderer/src/domain/letters';
import { cents } from '../../../renderer/src/domain/money';
import { prepareBatch, warmBatch } from '../../../renderer/src/features/letters/batch/prepareBatch';
import { useFreshDb } from '../testDb';

const DATE = isoDate('2026-11-23');

describe('a batch built ahead', () => {
  const getDb = useFreshDb();
  afterEach(() => {
    vi.restoreAllMocks();
  });

  async function seeded() {
    const { debtors, invoices } = generateDemoPortfolio({
      seed: 19,
      debtors: 12,
      items: 90,
      asOfDate: DATE,
    });
    await getDb().debtors.bulkPut(debtors);
    await getDb().invoices.bulkPut(invoices);
    const commons = await letterSourcesRepo.commons();
    const template = commons.templates.find((t) => t.id === 'relance-1') as LetterTemplate;
    return { ids: debtors.map((d) => d.id), commons, template, invoices };
  }

  it('is what a cold build gives, read once', async () => {
    const { ids, commons, template, invoices } = await seeded();
    await warmBatch(ids, template, DATE, commons, new Map(), new AbortController().signal);
    const reads = vi.spyOn(letterSourcesRepo, 'forDebtor');
    const ahead = await prepareBatch(ids, template, DATE, commons);
    expect(reads).not.toHaveBeenCalled();
    expect(ahead.letters.length).toBeGreaterThan(3);
    expect(ahead.letters.every((l) => l.date === DATE && l.templateId === 'relance-1')).toBe(true);

    // Any write (here the same rows again) and the next build reads every debtor: the same letters.
    await getDb().invoices.bulkPut(invoices);
    const cold = await prepareBatch(ids, template, DATE, commons);
    expect(reads).toHaveBeenCalledTimes(ids.length);
    expect(cold).toEqual(ahead);

    // Another date: nothing kept applies.
    reads.mockClear();
    const nextDay = isoDate('2026-11-24');
    const later = await prepareBatch(ids, template, nextDay, commons);
    expect(reads).toHaveBeenCalledTimes(ids.length);
    expect(later.letters.every((l) => l.date === nextDay)).toBe(true);
  });

  it('is built again after a write, and for a debtor whose held items changed', async () => {
    const { ids, commons, template, invoices } = await seeded();
    await warmBatch(ids, template, DATE, commons, new Map(), new AbortController().signal);
    const first = await prepareBatch(ids, template, DATE, commons);
    const letter = first.letters.find((l) => l.invoiceIds.length > 1);
    const item = invoices.find((i) => i.id === letter?.invoiceIds[0]);
    if (!letter || !item) throw new Error('no letter of several invoices');

    // The debtor's item paid down in the ledger: the letter claims what is owed now.
    await getDb().invoices.put({ ...item, openCents: cents(item.openCents - 100) });
    const reads = vi.spyOn(letterSourcesRepo, 'forDebtor');
    const after = await prepareBatch(ids, template, DATE, commons);
    expect(reads).toHaveBeenCalledTimes(ids.length);
    const changed = after.letters.find((l) => l.debtorId === letter.debtorId);
    expect(changed?.amounts.principalCents).toBe(letter.amounts.principalCents - 100);

    // Nothing written since: a promise now holding that item leaves it out of that letter only.
    reads.mockClear();
    const held = new Map([[letter.debtorId, [item.id]]]);
    const holding = await prepareBatch(ids, template, DATE, commons, held);
    expect(reads).toHaveBeenCalledTimes(1);
    expect(reads).toHaveBeenCalledWith(letter.debtorId);
    const without = holding.letters.find((l) => l.debtorId === letter.debtorId);
    expect(without?.invoiceIds).toEqual(letter.invoiceIds.slice(1));
  });

  it('stops when the user changes the selection', async () => {
    const { ids, commons, template } = await seeded();
    const abort = new AbortController();
    abort.abort();
    await warmBatch(ids, template, DATE, commons, new Map(), abort.signal);
    const reads = vi.spyOn(letterSourcesRepo, 'forDebtor');
    await prepareBatch(ids, template, DATE, commons);
    expect(reads).toHaveBeenCalledTimes(ids.length);
  });
});
