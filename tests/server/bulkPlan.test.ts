/**
 * The fast paths of the bulk import against what they replace: sameValue against canonical JSON
 * equality, the plan against the plain merge-and-compare plan, the request check against the
 * contract's zod schema.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bulkRequestSchema, type Mutation, TABLE_KEYS, TABLE_RULES } from '../../contracts/sync.ts';
import { parseBulkRequest, planBulk } from '../../server/src/bulk.ts';
import { canonicalJson, sameValue } from '../../server/src/canonical.ts';
import type { Row } from '../../server/src/rules.ts';

const canonicallyEqual = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/** The same value with its object keys in another order (and undefined fields added). */
function reordered(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((v, i) => reordered(v, seed + i));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([k, v], i) => [k, reordered(v, seed + i)] as const);
  if (seed % 2 === 1) entries.reverse();
  const out: Record<string, unknown> = Object.fromEntries(entries);
  if (seed % 3 === 0) out.absent = undefined;
  return out;
}

const json = fc.jsonValue({ maxDepth: 3 });
const small = fc.oneof(
  fc.constantFrom(null, undefined, 0, -0, 1, '1', '', true, false, [], {}, [null], { a: null }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, [undefined], { a: undefined }),
);

describe('sameValue', () => {
  it('says what canonical JSON equality says', () => {
    fc.assert(
      fc.property(json, json, fc.nat(), (a, b, seed) => {
        expect(sameValue(a, b)).toBe(canonicallyEqual(a, b));
        const c = reordered(a, seed);
        expect(sameValue(a, c)).toBe(canonicallyEqual(a, c));
        expect(sameValue(c, a)).toBe(true);
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(small, small, (a, b) => {
        expect(sameValue(a, b)).toBe(canonicallyEqual(a, b));
        expect(sameValue({ x: [a] }, { x: [b] })).toBe(canonicallyEqual({ x: [a] }, { x: [b] }));
        expect(sameValue({ x: a }, { x: b })).toBe(canonicallyEqual({ x: a }, { x: b }));
      }),
      { numRuns: 2000 },
    );
  });
});

/** The plan as it was written first: merge every put, compare whole rows. */
function referencePlan(mutations: Mutation[], current: Map<string, Row | null>) {
  const planned: { table: string; key: string; row: Row | null; prev: Row | null }[] = [];
  const overwritten: unknown[] = [];
  for (const m of mutations) {
    const id = `${m.table}\u0000${m.key}`;
    const prev = current.get(id) ?? null;
    const keyField = TABLE_KEYS[m.table];
    let row: Row | null;
    const over: { field: string; value: unknown }[] = [];
    if (m.op === 'delete') {
      if (TABLE_RULES[m.table] === 'append') return 'delete';
      if (prev === null) continue;
      row = null;
    } else if (TABLE_RULES[m.table] === 'append' && prev !== null) {
      if (sameValue({ ...prev, ...m.fields }, prev)) continue;
      return 'change';
    } else {
      row = { ...(prev ?? {}), ...m.fields, [keyField]: m.key };
      if (prev !== null && m.base) {
        for (const [field, value] of Object.entries(m.fields ?? {})) {
          if (
            Object.hasOwn(m.base, field) &&
            !sameValue(m.base[field], prev[field]) &&
            !sameValue(prev[field], value)
          ) {
            over.push({ field, value: prev[field] ?? null });
          }
        }
      }
      if (prev !== null && sameValue(row, prev)) continue;
    }
    planned.push({ table: m.table, key: m.key, row, prev });
    overwritten.push(over);
    current.set(id, row);
  }
  return { planned, overwritten };
}

const fieldValue = fc.oneof(fc.constantFrom(null, 'a', 'b', 1, 2), fc.constant(undefined));
const fieldsArb = fc.dictionary(fc.constantFrom('id', 'key', 'name', 'city', 'n'), fieldValue, {
  maxKeys: 4,
});
const mutationArb = fc.record({
  table: fc.constantFrom('debtors', 'activities', 'settings'),
  key: fc.constantFrom('K1', 'K2', 'K3'),
  op: fc.constantFrom('put', 'put', 'put', 'delete'),
  fields: fc.option(fieldsArb, { nil: undefined }),
  base: fc.option(fieldsArb, { nil: undefined }),
});

describe('planBulk', () => {
  it('plans what merging and comparing whole rows plans', () => {
    fc.assert(
      fc.property(
        fc.array(mutationArb, { maxLength: 8 }),
        fc.array(
          fc.tuple(
            fc.constantFrom('debtors', 'activities', 'settings'),
            fc.constantFrom('K1', 'K2', 'K3'),
            fc.option(fieldsArb, { nil: null }),
          ),
          { maxLength: 6 },
        ),
        (raw, existing) => {
          const mutations = raw.map((m, i) => {
            const out: Record<string, unknown> = {
              seq: i + 1,
              table: m.table,
              key: m.key,
              op: m.op,
              at: 'x',
            };
            if (m.fields !== undefined) out.fields = m.fields;
            if (m.base !== undefined) out.base = m.base;
            return out as unknown as Mutation;
          });
          const start = () =>
            new Map<string, Row | null>(
              existing.map(([table, key, row]) => [
                `${table}\u0000${key}`,
                row === null ? null : { ...row, [TABLE_KEYS[table]]: key },
              ]),
            );
          const expected = referencePlan(mutations, start());
          const actual = planBulk(mutations, start());
          if (typeof expected === 'string') {
            expect(typeof actual).toBe('string');
            expect(actual).toMatch(expected === 'delete' ? /supprimer/ : /modifier/);
            return;
          }
          if (typeof actual === 'string') throw new Error(actual);
          expect(
            actual.map((c) => ({
              table: c.table,
              key: c.key,
              row: c.row === null ? null : canonicalJson(c.row),
              prev: c.prev === null ? null : canonicalJson(c.prev),
            })),
          ).toEqual(
            expected.planned.map((c) => ({
              table: c.table,
              key: c.key,
              row: c.row === null ? null : canonicalJson(c.row),
              prev: c.prev === null ? null : canonicalJson(c.prev),
            })),
          );
          expect(actual.map((c) => c.overwritten)).toEqual(expected.overwritten);
          // The JSON written is the reference's, key order included.
          expect(actual.map((c) => JSON.stringify(c.row))).toEqual(
            expected.planned.map((c) => JSON.stringify(c.row)),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('parseBulkRequest', () => {
  const good = {
    seq: 1,
    table: 'debtors',
    key: 'K',
    op: 'put',
    fields: { id: 'K' },
    at: '2026-11-30T09:00:00.000Z',
  };
  const variants: unknown[] = [
    good,
    { ...good, at: '2026-11-30T09:00:00+02:00' },
    { ...good, at: '2026-11-30T09:00:00Z' },
    { ...good, at: '2026-11-30 09:00:00Z' },
    { ...good, at: '2026-11-30T09:00:00' },
    { ...good, at: 12 },
    { ...good, seq: 2 ** 53 },
    { ...good, seq: -1 },
    { ...good, seq: '1' },
    { ...good, table: 'audit', op: 'delete', fields: undefined },
    { ...good, table: 'constructor' },
    { ...good, key: 'x'.repeat(512) },
    { ...good, key: 'x'.repeat(513) },
    { ...good, fields: [] },
    { ...good, fields: new Date(0) },
    { ...good, base: {} },
    { ...good, base: null },
    { ...good, extra: 1 },
    [good],
    null,
  ];

  it('accepts and refuses what the contract does, and returns the same request', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...variants), { minLength: 0, maxLength: 4 }),
        fc.constantFrom(undefined, 'seed', 'nope'),
        fc.option(
          fc.record({
            first: fc.integer({ min: 0, max: 3 }),
            last: fc.integer({ min: 0, max: 3 }),
          }),
          { nil: undefined },
        ),
        (mutations, kind, outboxSeqs) => {
          const body = {
            workstationId: 'poste-0001',
            importId: 'I-1',
            mutations,
            kind,
            outboxSeqs,
          };
          const expected = bulkRequestSchema.safeParse(body);
          const actual = parseBulkRequest(body);
          if (!expected.success) expect(actual).toBeNull();
          else {
            // Keys the contract does not know may stay on a mutation: nothing reads them.
            const known = actual && {
              ...actual,
              mutations: actual.mutations.map(({ seq, table, key, op, fields, base, at }) => ({
                seq,
                table,
                key,
                op,
                fields,
                base,
                at,
              })),
            };
            expect(known).toEqual(expected.data);
          }
        },
      ),
      { numRuns: 2000 },
    );
    expect(
      parseBulkRequest({ workstationId: 'poste-0001', importId: 'I', mutations: [] }),
    ).toBeNull();
  });
});
