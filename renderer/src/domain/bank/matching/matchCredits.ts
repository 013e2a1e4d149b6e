/**
 * Candidates for each bank credit among the open items, best first. The rules, strongest first:
 * invoice numbers found in the remittance or the structured references; the debtor's IBAN
 * learned from earlier matches; the payer's name; then the amount — one item exactly, a set of
 * the debtor's items (oldest first, or up to three of them), or one item within the tolerance.
 * Without a debtor, a unique item of exactly the amount is a weak proposal.
 *
 * Indexes are built once per run (by number digits, by name word, by IBAN, by amount) so that
 * 5,000 credits against 100,000 open items stay interactive.
 */
import { compareDates } from '../../dates';
import { cents, minCents } from '../../money';
import { nameKey, namesMatch, numberKey, numberKeysIn, paddedKey } from './normalize';
import type {
  Allocation,
  CreditMatch,
  MatchCandidate,
  MatchCredit,
  MatchDebtor,
  MatchOptions,
  MatchReason,
  NarrowedCandidates,
  OpenItem,
} from './types';

/** Confidence of each kind of proposal; the review's « tout confirmer » threshold reads these. */
const CONFIDENCE = {
  numbersExact: 0.99,
  numbersWithinTolerance: 0.92,
  numbersPartial: 0.85,
  numbersOverpaid: 0.7,
  thirdPartyPenalty: 0.04,
  ibanExact: 0.95,
  nameExact: 0.9,
  ibanSet: 0.9,
  nameSet: 0.85,
  ambiguousPenalty: 0.15,
  ibanTolerance: 0.7,
  nameTolerance: 0.65,
  debtorOnly: 0.45,
  amountOnlyUnique: 0.5,
  amountOnlyAmbiguous: 0.25,
} as const;

const MAX_CANDIDATES = 5;
/** Subsets of up to three items are searched among a debtor's oldest items only. */
const SUBSET_SEARCH_ITEMS = 30;

export interface MatchIndex {
  byNumber: Map<string, OpenItem[]>;
  byDebtor: Map<string, OpenItem[]>;
  byAmount: Map<number, OpenItem[]>;
  byIban: Map<string, string>;
  /** Debtor id -> its name key, padded (`paddedKey`). */
  nameKeys: Map<string, string>;
  /**
   * The first two significant words of a debtor's name (one for a one-word name) -> debtor
   * ids. Two words keep the candidates few: thousands of debtors may start with « BOULANGERIE ».
   */
  byNameStart: Map<string, string[]>;
  /** Every item indexed, by id: the only items a candidate can allocate. */
  items: Map<string, OpenItem>;
  /** Every debtor, by id: what the proposals name. */
  debtors: Map<string, MatchDebtor>;
  /** The one currency of each debtor's indexed items (null: several). */
  debtorCurrencies: Map<string, string | null>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const oldestFirst = (a: OpenItem, b: OpenItem) => compareDates(a.dueDate, b.dueDate);

/**
 * What a run of credits will look up: only items under these keys need indexing. Lookups with
 * other keys never happen, so the lists under the keys kept are the same as in a full index.
 */
export interface MatchLookups {
  numbers: ReadonlySet<string>;
  debtorIds: ReadonlySet<string>;
  amounts: ReadonlySet<number>;
}

function debtorIndex(debtors: readonly MatchDebtor[]): MatchIndex {
  const index: MatchIndex = {
    byNumber: new Map(),
    byDebtor: new Map(),
    byAmount: new Map(),
    byIban: new Map(),
    nameKeys: new Map(),
    byNameStart: new Map(),
    items: new Map(),
    debtors: new Map(),
    debtorCurrencies: new Map(),
  };
  for (const debtor of debtors) {
    index.debtors.set(debtor.id, debtor);
    for (const iban of debtor.ibans)
      index.byIban.set(iban.replace(/\s/g, '').toUpperCase(), debtor.id);
    const key = nameKey(debtor.name);
    index.nameKeys.set(debtor.id, paddedKey(key));
    const start = key.split(' ').slice(0, 2).join(' ');
    if (start) push(index.byNameStart, start, debtor.id);
  }
  return index;
}

/** Fills the item maps of `index`, only under the keys `lookups` names when given. */
function indexItems(index: MatchIndex, items: readonly OpenItem[], lookups?: MatchLookups): void {
  for (const item of items) {
    if (item.openCents <= 0) continue;
    let indexed = false;
    const key = numberKey(item.number);
    if (key && (!lookups || lookups.numbers.has(key))) {
      push(index.byNumber, key, item);
      indexed = true;
    }
    if (!lookups || lookups.debtorIds.has(item.debtorId)) {
      push(index.byDebtor, item.debtorId, item);
      indexed = true;
    }
    if (!lookups || lookups.amounts.has(item.openCents)) {
      push(index.byAmount, item.openCents, item);
      indexed = true;
    }
    if (indexed) index.items.set(item.id, item);
  }
  for (const [debtorId, list] of index.byDebtor) {
    list.sort(oldestFirst);
    index.debtorCurrencies.set(debtorId, oneCurrency(list));
  }
}

/** The one currency of a list of items (null: several). */
function oneCurrency(items: readonly OpenItem[]): string | null {
  const first = items[0]?.currency ?? null;
  return items.every((i) => i.currency === first) ? first : null;
}

export function matchIndex(
  items: readonly OpenItem[],
  debtors: readonly MatchDebtor[],
  lookups?: MatchLookups,
): MatchIndex {
  const index = debtorIndex(debtors);
  indexItems(index, items, lookups);
  return index;
}

function sumOpen(items: readonly OpenItem[]): number {
  return items.reduce((sum, item) => sum + item.openCents, 0);
}

function fullAllocations(items: readonly OpenItem[]): Allocation[] {
  return items.map((item) => ({ itemId: item.id, cents: item.openCents }));
}

/**
 * The credit spread over `items` oldest first; what is left over stays unallocated. `sorted`: the
 * items are oldest first already (a debtor's indexed list).
 */
function spread(items: readonly OpenItem[], amount: number, sorted = false) {
  const allocations: Allocation[] = [];
  let left = amount;
  for (const item of sorted ? items : [...items].sort(oldestFirst)) {
    if (left <= 0) break;
    const part = Math.min(left, item.openCents);
    allocations.push({ itemId: item.id, cents: cents(part) });
    left -= part;
  }
  return { allocations, unallocatedCents: left };
}

function candidate(
  debtorId: string,
  allocations: Allocation[],
  unallocatedCents: number,
  reasons: MatchReason[],
  confidence: number,
): MatchCandidate {
  return { debtorId, allocations, unallocatedCents: cents(unallocatedCents), reasons, confidence };
}

type Payers = Map<string, 'iban' | 'name'>;

/** Debtors the payer's IBAN or name points to, with the reason. */
function payerDebtors(
  credit: MatchCredit,
  index: MatchIndex,
  nameKeyOf: (name: string) => string = nameKey,
): Payers {
  const found: Payers = new Map();
  const iban = credit.payerIban?.replace(/\s/g, '').toUpperCase();
  const byIban = iban ? index.byIban.get(iban) : undefined;
  if (byIban) found.set(byIban, 'iban');
  const payer = credit.payerName ? nameKeyOf(credit.payerName) : '';
  const words = payer ? payer.split(' ') : [];
  const starts = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    starts.add(word);
    const next = words[i + 1];
    if (next !== undefined) starts.add(`${word} ${next}`);
  }
  const paddedPayer = paddedKey(payer);
  for (const start of starts) {
    for (const debtorId of index.byNameStart.get(start) ?? []) {
      if (!found.has(debtorId) && namesMatch(index.nameKeys.get(debtorId) ?? '', paddedPayer)) {
        found.set(debtorId, 'name');
      }
    }
  }
  return found;
}

/** The invoice-number keys the credit's remittance and references may refer to. */
function creditNumberKeys(credit: MatchCredit): Set<string> {
  return numberKeysIn([credit.remittance, ...credit.references].join(' '));
}

function byNumbers(
  credit: MatchCredit,
  index: MatchIndex,
  payers: Payers,
  options: MatchOptions,
  keys: ReadonlySet<string> = creditNumberKeys(credit),
): MatchCandidate[] {
  const referenced = new Map<string, OpenItem[]>();
  const seen = new Set<string>();
  for (const key of keys) {
    for (const item of index.byNumber.get(key) ?? []) {
      if (item.currency !== credit.currency || seen.has(item.id)) continue;
      seen.add(item.id);
      push(referenced, item.debtorId, item);
    }
  }
  return [...referenced].map(([debtorId, items]) => {
    const open = sumOpen(items);
    const thirdParty = payers.size > 0 && !payers.has(debtorId) ? CONFIDENCE.thirdPartyPenalty : 0;
    const identity: MatchReason[] = payers.has(debtorId)
      ? [payers.get(debtorId) as MatchReason]
      : [];
    const exactReason: MatchReason = items.length > 1 ? 'amount-set' : 'exact-amount';
    if (credit.amountCents === open) {
      return candidate(
        debtorId,
        fullAllocations(items),
        0,
        ['invoice-number', exactReason, ...identity],
        CONFIDENCE.numbersExact - thirdParty,
      );
    }
    if (Math.abs(credit.amountCents - open) <= options.toleranceCents) {
      return candidate(
        debtorId,
        fullAllocations(items),
        Math.max(0, credit.amountCents - open),
        ['invoice-number', 'tolerance', ...identity],
        CONFIDENCE.numbersWithinTolerance - thirdParty,
      );
    }
    const { allocations, unallocatedCents } = spread(items, credit.amountCents);
    return credit.amountCents < open
      ? candidate(
          debtorId,
          allocations,
          0,
          ['invoice-number', 'partial', ...identity],
          CONFIDENCE.numbersPartial - thirdParty,
        )
      : candidate(
          debtorId,
          allocations,
          unallocatedCents,
          ['invoice-number', ...identity],
          CONFIDENCE.numbersOverpaid - thirdParty,
        );
  });
}

/** Up to three of the debtor's oldest items whose open amounts add up to the credit. */
function subsetOf(items: readonly OpenItem[], amount: number): OpenItem[] | null {
  const pool = items.slice(0, SUBSET_SEARCH_ITEMS);
  for (let i = 0; i < pool.length; i++) {
    const a = pool[i] as OpenItem;
    for (let j = i + 1; j < pool.length; j++) {
      const b = pool[j] as OpenItem;
      const two = a.openCents + b.openCents;
      if (two === amount) return [a, b];
      if (two > amount) continue;
      for (let k = j + 1; k < pool.length; k++) {
        const c = pool[k] as OpenItem;
        if (two + c.openCents === amount) return [a, b, c];
      }
    }
  }
  return null;
}

function oldestPrefix(items: readonly OpenItem[], amount: number): OpenItem[] | null {
  let sum = 0;
  for (let n = 0; n < items.length; n++) {
    sum += (items[n] as OpenItem).openCents;
    if (sum === amount) return items.slice(0, n + 1);
    if (sum > amount) return null;
  }
  return null;
}

/**
 * The debtor's oldest item open for exactly the credit's amount, and whether it has several:
 * looked up in the shorter of the debtor's items and the items of that amount.
 */
function exactItem(
  credit: MatchCredit,
  debtorId: string,
  debtorItems: readonly OpenItem[],
  index: MatchIndex,
): { first?: OpenItem; several: boolean } {
  const ofAmount = index.byAmount.get(credit.amountCents) ?? [];
  const list = ofAmount.length < debtorItems.length ? ofAmount : debtorItems;
  let first: OpenItem | undefined;
  let several = false;
  for (const item of list) {
    if (
      item.openCents !== credit.amountCents ||
      item.debtorId !== debtorId ||
      item.currency !== credit.currency
    ) {
      continue;
    }
    if (!first) first = item;
    else {
      several = true;
      // The debtor's own list is oldest first already; the amount's list is not.
      if (compareDates(item.dueDate, first.dueDate) < 0) first = item;
    }
  }
  return { first, several };
}

function byDebtorAmount(
  credit: MatchCredit,
  debtorId: string,
  how: 'iban' | 'name',
  index: MatchIndex,
  options: MatchOptions,
): MatchCandidate | null {
  const all = index.byDebtor.get(debtorId) ?? [];
  // Most debtors owe in one currency: their list is used as it is, not copied per credit.
  const items =
    index.debtorCurrencies.get(debtorId) === credit.currency
      ? all
      : all.filter((i) => i.currency === credit.currency);
  if (items.length === 0) return null;
  const amount = credit.amountCents;
  const { first, several } = exactItem(credit, debtorId, all, index);
  if (first) {
    const base = how === 'iban' ? CONFIDENCE.ibanExact : CONFIDENCE.nameExact;
    const ambiguity = several ? CONFIDENCE.ambiguousPenalty : 0;
    return candidate(
      debtorId,
      fullAllocations([first]),
      0,
      [how, 'exact-amount'],
      base - ambiguity,
    );
  }
  const set = oldestPrefix(items, amount) ?? subsetOf(items, amount);
  if (set) {
    return candidate(
      debtorId,
      fullAllocations(set),
      0,
      [how, 'amount-set'],
      how === 'iban' ? CONFIDENCE.ibanSet : CONFIDENCE.nameSet,
    );
  }
  const near = items.find((i) => Math.abs(i.openCents - amount) <= options.toleranceCents);
  if (near) {
    return candidate(
      debtorId,
      [{ itemId: near.id, cents: minCents(near.openCents, credit.amountCents) }],
      Math.max(0, amount - near.openCents),
      [how, 'tolerance'],
      how === 'iban' ? CONFIDENCE.ibanTolerance : CONFIDENCE.nameTolerance,
    );
  }
  const { allocations, unallocatedCents } = spread(items, amount, true);
  return candidate(
    debtorId,
    allocations,
    unallocatedCents,
    [how, 'partial'],
    CONFIDENCE.debtorOnly,
  );
}

function byAmountOnly(credit: MatchCredit, index: MatchIndex): MatchCandidate[] {
  const items = (index.byAmount.get(credit.amountCents) ?? []).filter(
    (i) => i.currency === credit.currency,
  );
  const confidence =
    items.length === 1 ? CONFIDENCE.amountOnlyUnique : CONFIDENCE.amountOnlyAmbiguous;
  return items
    .slice(0, MAX_CANDIDATES)
    .map((item) =>
      candidate(item.debtorId, fullAllocations([item]), 0, ['exact-amount'], confidence),
    );
}

/** Same debtor, same items, same amounts: one proposal made by two rules. */
function sameProposal(a: MatchCandidate, b: MatchCandidate): boolean {
  return (
    a.debtorId === b.debtorId &&
    a.allocations.length === b.allocations.length &&
    a.allocations.every(
      (x, n) => x.itemId === b.allocations[n]?.itemId && x.cents === b.allocations[n]?.cents,
    )
  );
}

/** Surest first, each proposal once (as the surest rule made it), at most MAX_CANDIDATES. */
function rank(candidates: MatchCandidate[]): MatchCandidate[] {
  if (candidates.length < 2) return candidates;
  const ranked: MatchCandidate[] = [];
  for (const c of candidates.sort((a, b) => b.confidence - a.confidence)) {
    if (ranked.some((kept) => sameProposal(kept, c))) continue;
    ranked.push(c);
    if (ranked.length === MAX_CANDIDATES) break;
  }
  return ranked;
}

export function matchCredit(
  credit: MatchCredit,
  index: MatchIndex,
  options: MatchOptions,
  known: CreditFacts = {
    payers: payerDebtors(credit, index),
    numberKeys: creditNumberKeys(credit),
  },
): CreditMatch {
  const { payers } = known;
  const candidates = byNumbers(credit, index, payers, options, known.numberKeys);
  for (const [debtorId, how] of payers) {
    const proposal = byDebtorAmount(credit, debtorId, how, index, options);
    if (proposal) candidates.push(proposal);
  }
  if (candidates.length === 0) candidates.push(...byAmountOnly(credit, index));
  return { creditKey: credit.key, candidates: rank(candidates) };
}

/** What a credit says about who pays and which numbers it quotes, read once per credit. */
interface CreditFacts {
  payers: Payers;
  numberKeys: ReadonlySet<string>;
}

/** What a credit says about who pays and which numbers it quotes (`factsReader`). */
export type FactsReader = (credit: MatchCredit) => CreditFacts;

/**
 * Reads credits' facts; the debtor part of `index` must be there already. A statement names the
 * same payers again and again (a debtor's every transfer): each payer is looked up once per
 * reader, so credits of one payer share their map (read only afterwards).
 */
function factsReader(index: MatchIndex): FactsReader {
  const nameKeys = new Map<string, string>();
  const nameKeyOf = (name: string) => {
    let key = nameKeys.get(name);
    if (key === undefined) {
      key = nameKey(name);
      nameKeys.set(name, key);
    }
    return key;
  };
  const payersByName = new Map<string, Payers>();
  const payersOf = (credit: MatchCredit) => {
    const key = `${credit.payerIban ?? ''}\u0000${credit.payerName ?? ''}`;
    let payers = payersByName.get(key);
    if (!payers) {
      payers = payerDebtors(credit, index, nameKeyOf);
      payersByName.set(key, payers);
    }
    return payers;
  };
  return (credit) => ({ payers: payersOf(credit), numberKeys: creditNumberKeys(credit) });
}

/**
 * `matchCreditsOn`, a slice of credits at a time, for a worker that hands each slice's proposals
 * over while it matches the next. `propose` ranks the candidates of a slice as if alone;
 * `reserve` then, over every credit proposed, keeps two credits from being proposed for the same
 * open amount, and answers the whole list and the positions whose candidates it narrowed.
 */
export function matchInSlices(
  index: MatchIndex,
  options: MatchOptions,
  factsOf: FactsReader = factsReader(index),
) {
  const proposed: CreditMatch[] = [];
  return {
    propose(credits: readonly MatchCredit[]): CreditMatch[] {
      const facts = credits.map(factsOf);
      const matches = credits.map((credit, n) =>
        matchCredit(credit, index, options, facts[n] as CreditFacts),
      );
      proposed.push(...matches);
      return matches;
    },
    reserve(): { matches: CreditMatch[]; narrowed: NarrowedCandidates } {
      const matches = withoutDoubleAllocation(proposed, index.items);
      const narrowed: NarrowedCandidates = [];
      matches.forEach((match, n) => {
        if (match !== proposed[n]) narrowed.push([n, match.candidates]);
      });
      return { matches, narrowed };
    },
  };
}

/**
 * Reads the credits first (their payers, the numbers they quote, their amounts), then indexes
 * only the open items those can reach: most of 100,000 items are never looked up by a morning's
 * statement, and indexing them all cost more than the matching itself. Answers the index and
 * the reader of the credits' facts, their payers looked up already.
 */
export function reachableIndex(
  credits: readonly MatchCredit[],
  items: readonly OpenItem[],
  debtors: readonly MatchDebtor[],
): { index: MatchIndex; factsOf: FactsReader } {
  const index = debtorIndex(debtors);
  const factsOf = factsReader(index);
  const facts = credits.map(factsOf);
  const lookups = {
    numbers: new Set(facts.flatMap((k) => [...k.numberKeys])),
    debtorIds: new Set(facts.flatMap((k) => [...k.payers.keys()])),
    amounts: new Set(credits.map((credit) => credit.amountCents as number)),
  };
  indexItems(index, items, lookups);
  return { index, factsOf };
}

export function matchCredits(
  credits: readonly MatchCredit[],
  items: readonly OpenItem[],
  debtors: readonly MatchDebtor[],
  options: MatchOptions,
): CreditMatch[] {
  const { index, factsOf } = reachableIndex(credits, items, debtors);
  const slices = matchInSlices(index, options, factsOf);
  slices.propose(credits);
  return slices.reserve().matches;
}

/**
 * The same proposals as `matchCredits`, against an index of every open item built beforehand
 * (`matchIndex`): a worker kept ready builds it while the user picks the file, and the credits
 * are matched as soon as they are read.
 */
export function matchCreditsOn(
  index: MatchIndex,
  credits: readonly MatchCredit[],
  options: MatchOptions,
): CreditMatch[] {
  const slices = matchInSlices(index, options);
  slices.propose(credits);
  return slices.reserve().matches;
}

/**
 * Two credits must not both be proposed for the same open amount: the surest credits reserve
 * their items first, and a later credit keeps only the candidates that still fit.
 */
function withoutDoubleAllocation(
  matches: CreditMatch[],
  indexed: ReadonlyMap<string, OpenItem>,
): CreditMatch[] {
  // What the surer credits reserved, by item; an item not reserved yet has its open amount.
  const remaining = new Map<string, number>();
  const left = (itemId: string) => remaining.get(itemId) ?? indexed.get(itemId)?.openCents ?? 0;
  const fits = (c: MatchCandidate) => c.allocations.every((a) => left(a.itemId) >= a.cents);
  const surest = matches.map((match) => match.candidates[0]?.confidence ?? 0);
  const order = [...matches.keys()].sort((a, b) => (surest[b] ?? 0) - (surest[a] ?? 0));
  const result = [...matches];
  for (const n of order) {
    const match = matches[n] as CreditMatch;
    // Most candidates fit: their match is kept as it is, not copied.
    const candidates = match.candidates.every(fits)
      ? match.candidates
      : match.candidates.filter(fits);
    const [best] = candidates;
    for (const a of best?.allocations ?? []) remaining.set(a.itemId, left(a.itemId) - a.cents);
    if (candidates !== match.candidates) result[n] = { ...match, candidates };
  }
  return result;
}
