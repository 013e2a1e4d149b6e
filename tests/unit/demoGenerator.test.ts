import { describe, expect, it } from 'vitest';
import { generateDemoPortfolio } from '../../renderer/src/demo';
import { luhnCheckDigit, siretFor } from '../../renderer/src/demo/identifiers';
import { BUCKET_KEYS, bucketForDays, daysPastDue } from '../../renderer/src/domain/aging';
import { daysBetween, isIsoDate, isoDate } from '../../renderer/src/domain/dates';
import {
  isLuhnValid,
  validateEmail,
  validateFrenchPostalCode,
  validatePhone,
  validateSiren,
  validateSiret,
  validateVatNumber,
} from '../../renderer/src/domain/identifiers';

const AS_OF = isoDate('2026-11-23');
const portfolio = generateDemoPortfolio({ seed: 7, debtors: 300, items: 5_000, asOfDate: AS_OF });

describe('demo identifiers', () => {
  it('appends the Luhn digit that makes a number valid', () => {
    expect(luhnCheckDigit('73282932')).toBe('0');
    expect(siretFor('732829320', 7)).toBe('73282932000074');
  });
});

describe('generateDemoPortfolio', () => {
  it('is deterministic: the same seed gives the same portfolio', () => {
    const again = generateDemoPortfolio({ seed: 7, debtors: 300, items: 5_000, asOfDate: AS_OF });
    expect(again).toEqual(portfolio);
  });

  it('gives a different portfolio for a different seed', () => {
    const other = generateDemoPortfolio({ seed: 8, debtors: 300, items: 5_000, asOfDate: AS_OF });
    expect(other.debtors.map((d) => d.name)).not.toEqual(portfolio.debtors.map((d) => d.name));
    expect(other.invoices.map((i) => i.amountCents)).not.toEqual(
      portfolio.invoices.map((i) => i.amountCents),
    );
  });

  it('has the requested counts and some promises', () => {
    expect(portfolio.debtors).toHaveLength(300);
    expect(portfolio.invoices.length).toBeGreaterThanOrEqual(4_500);
    expect(portfolio.invoices.length).toBeLessThanOrEqual(5_500);
    expect(portfolio.promises.length).toBeGreaterThan(0);
  });

  it('gives every debtor valid, unique identifiers', () => {
    const accountNos = new Set(portfolio.debtors.map((d) => d.accountNo));
    expect(accountNos.size).toBe(portfolio.debtors.length);
    expect(new Set(portfolio.debtors.map((d) => d.id)).size).toBe(portfolio.debtors.length);
    for (const debtor of portfolio.debtors) {
      const siren = debtor.siren ?? '';
      // Luhn written out here too, so the test does not only trust the validators it reuses.
      expect(isLuhnValid(siren), siren).toBe(true);
      expect(validateSiren(siren), siren).toBeNull();
      expect(validateSiret(debtor.siret ?? '', siren), debtor.siret).toBeNull();
      const key = (12 + 3 * (Number(siren) % 97)) % 97;
      expect(debtor.vatNumber).toBe(`FR${String(key).padStart(2, '0')}${siren}`);
      expect(validateVatNumber(debtor.vatNumber ?? '', siren)).toBeNull();
      expect(validateFrenchPostalCode(debtor.postalCode ?? '')).toBeNull();
      expect(debtor.contacts.length).toBeGreaterThanOrEqual(1);
      expect(debtor.contacts.length).toBeLessThanOrEqual(3);
      expect(debtor.contacts[0]?.role).toBe('comptabilite-fournisseurs');
      for (const contact of debtor.contacts) {
        expect(contact.phone).toMatch(/^0[1-7]( \d{2}){4}$/);
        expect(validatePhone(contact.phone ?? '')).toBeNull();
        expect(validateEmail(contact.email ?? ''), contact.email).toBeNull();
      }
    }
  });

  it('uses French legal forms and the expected tags', () => {
    const companies = portfolio.debtors.filter((d) => !d.tags.includes('public'));
    for (const debtor of companies) {
      expect(debtor.name).toMatch(/ (SAS|SARL|SASU|SA|EURL|SNC|SCOP|SCA|GIE)$/);
    }
    const tags = new Set(portfolio.debtors.flatMap((d) => d.tags));
    expect(tags).toContain('grand compte');
    expect(tags).toContain('public');
    expect(tags).toContain('export');
  });

  it('numbers items uniquely per debtor, in whole cents, with coherent dates', () => {
    const keys = new Set<string>();
    for (const item of portfolio.invoices) {
      keys.add(`${item.debtorId}|${item.number}`);
      expect(item.number).toMatch(/^(FA|AV|RG)-\d{4}-\d{6}$/);
      expect(Number.isInteger(item.amountCents)).toBe(true);
      expect(Number.isInteger(item.openCents)).toBe(true);
      expect(Math.abs(item.amountCents)).toBeGreaterThanOrEqual(15_000);
      expect(Math.abs(item.amountCents)).toBeLessThanOrEqual(8_000_000);
      expect(isIsoDate(item.dueDate)).toBe(true);
      expect(item.issueDate && item.issueDate <= AS_OF).toBe(true);
    }
    expect(keys.size).toBe(portfolio.invoices.length);
  });

  it('dates invoices 30, 45, 50 or 60 days before their due date', () => {
    for (const item of portfolio.invoices.filter((i) => i.kind === 'invoice')) {
      expect([30, 45, 50, 60]).toContain(daysBetween(isoDate(item.issueDate ?? ''), item.dueDate));
    }
  });

  it('spreads items over every aging bucket, most of them recent', () => {
    const perBucket = new Map(BUCKET_KEYS.map((key) => [key, 0]));
    for (const item of portfolio.invoices) {
      const bucket = bucketForDays(daysPastDue(item.dueDate, AS_OF));
      perBucket.set(bucket, (perBucket.get(bucket) ?? 0) + 1);
    }
    for (const key of BUCKET_KEYS) expect(perBucket.get(key), key).toBeGreaterThan(0);
    const recent = (perBucket.get('notDue') ?? 0) + (perBucket.get('d1_30') ?? 0);
    expect(recent).toBeGreaterThan(portfolio.invoices.length / 2);
    expect(perBucket.get('over180')).toBeLessThan(portfolio.invoices.length / 10);
  });

  it('has negative credit notes and unapplied payments, and disputes with a reason', () => {
    const creditNotes = portfolio.invoices.filter((i) => i.kind === 'credit-note');
    const payments = portfolio.invoices.filter((i) => i.kind === 'unapplied-payment');
    expect(creditNotes.length).toBeGreaterThan(0);
    expect(payments.length).toBeGreaterThan(0);
    for (const item of [...creditNotes, ...payments]) {
      expect(item.amountCents).toBeLessThan(0);
      expect(item.openCents).toBeLessThan(0);
    }
    const disputed = portfolio.invoices.filter((i) => i.status === 'disputed');
    expect(disputed.length).toBeGreaterThan(0);
    for (const item of disputed) expect(item.disputeReason).toBeTruthy();
  });

  it('ties promises to invoices late when promised, instalments adding up to what was owed', () => {
    const byId = new Map(portfolio.invoices.map((i) => [i.id, i]));
    for (const { promise, createdOn, payments } of portfolio.promises) {
      const covered = promise.invoiceIds.map((id) => byId.get(id));
      for (const item of covered) {
        expect(item?.debtorId).toBe(promise.debtorId);
        expect(item && item.dueDate < createdOn).toBe(true);
      }
      const scheduled = promise.installments.reduce((sum, i) => sum + i.cents, 0);
      expect(scheduled).toBe(promise.startOpenCents);
      // What is still open is what was owed less what was paid on it.
      const open = covered.reduce((sum, i) => sum + (i?.openCents ?? 0), 0);
      const paid = payments.reduce((sum, p) => sum + p.cents, 0);
      expect(open).toBe(scheduled - paid);
    }
  });

  it('gives promises every fate: running, kept (items paid) and broken', () => {
    const fates = new Set(portfolio.promises.map((p) => p.fate));
    expect(fates).toEqual(
      new Set(['running-promise', 'running-plan', 'kept-promise', 'broken-promise', 'broken-plan']),
    );
    for (const p of portfolio.promises) {
      const today = AS_OF;
      if (p.promise.status === 'kept') {
        expect(
          p.promise.invoiceIds.every(
            (id) => portfolio.invoices.find((i) => i.id === id)?.status === 'paid',
          ),
        ).toBe(true);
      }
      if (p.promise.status === 'broken') expect(p.brokenOn && p.brokenOn < today).toBe(true);
      if (p.promise.status === 'active') {
        const unpaid = p.promise.installments.slice(p.payments.length);
        expect(unpaid.every((i) => i.date > today)).toBe(true);
      }
      for (const payment of p.payments) expect(payment.date < today).toBe(true);
    }
  });

  it('takes two debtors to court whose whole balance is long overdue', () => {
    expect(portfolio.courtCases).toHaveLength(2);
    for (const courtCase of portfolio.courtCases) {
      const debtor = portfolio.debtors.find((d) => d.id === courtCase.debtorId);
      expect(debtor?.status).toBe('litigation');
      const items = portfolio.invoices.filter((i) => i.debtorId === courtCase.debtorId);
      expect(items.length).toBeGreaterThanOrEqual(2);
      for (const item of items) {
        expect(item.kind).toBe('invoice');
        expect(item.status).toBe('open');
        expect(item.dueDate < courtCase.startOn).toBe(true);
      }
      expect(portfolio.promises.some((p) => p.promise.debtorId === courtCase.debtorId)).toBe(false);
    }
    const inCourt = new Set(portfolio.courtCases.map((c) => c.debtorId));
    for (const debtor of portfolio.debtors.filter((d) => !inCourt.has(d.id))) {
      expect(debtor.status).not.toBe('litigation');
    }
  });

  it('rejects nonsensical options with a French message', () => {
    // No typed caller can build this date; an untyped one (a hand-edited setting) still could.
    const impossible = JSON.parse('"2026-02-30"');
    expect(() => generateDemoPortfolio({ asOfDate: impossible })).toThrow(/Date d'arrêté/);
    expect(() => generateDemoPortfolio({ debtors: 0, asOfDate: AS_OF })).toThrow(/débiteurs/);
  });
});
