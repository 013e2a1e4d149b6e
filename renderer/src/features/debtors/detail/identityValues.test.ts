import { describe, expect, it } from 'vitest';
import type { Debtor } from '../../../domain/model';
import { cents } from '../../../domain/money';
import { fromIdentityValues, toIdentityValues, validateIdentity } from './identityValues';

const debtor: Debtor = {
  id: 'd1',
  accountNo: '41100001',
  name: 'Transports Girard SAS',
  siren: '732829320',
  addressLines: ['12 rue des Lilas', 'ZI Nord'],
  postalCode: '69003',
  city: 'Lyon',
  country: 'France',
  contacts: [],
  paymentTermsDays: 45,
  creditLimitCents: cents(2_500_000),
  tags: ['grand compte'],
  status: 'active',
};

describe('identity form values', () => {
  it('round-trips a debtor', () => {
    const values = toIdentityValues(debtor);
    expect(values.creditLimit).toMatch(/^25\s000,00$/);
    expect(fromIdentityValues(values)).toMatchObject({
      name: debtor.name,
      siren: debtor.siren,
      addressLines: debtor.addressLines,
      paymentTermsDays: 45,
      creditLimitCents: 2_500_000,
      tags: ['grand compte'],
      notes: undefined,
    });
  });

  it.each<[string, Partial<ReturnType<typeof toIdentityValues>>, string[]]>([
    ['valid as is', {}, []],
    ['no name', { name: '  ' }, ['name']],
    ['bad SIREN', { siren: '732829321' }, ['siren']],
    ['SIRET of another company', { siret: '55208131766522' }, ['siret']],
    ['bad French postal code', { postalCode: '6900' }, ['postalCode']],
    ['foreign postal code is free', { postalCode: 'SW1A 1AA', country: 'Royaume-Uni' }, []],
    ['credit limit not an amount', { creditLimit: 'beaucoup' }, ['creditLimit']],
  ])('%s', (_label, change, fields) => {
    const errors = validateIdentity({ ...toIdentityValues(debtor), ...change });
    expect(Object.keys(errors).sort()).toEqual(fields.sort());
  });
});
