import type { ClaimResult } from '../../../domain/claim';
import { formatMoney } from '../../../domain/currency';
import { formatDateFr } from '../../../domain/dates';
import { formatEuros } from '../../../domain/money';
import { StatCard } from '../../../shared/ui/StatCard';

/**
 * What the debtor owes today with interest and indemnities: the figure a mise en demeure or a
 * relevé printed now would state, from the same claim.
 */
export function ClaimStatCard({ claim }: { claim: ClaimResult | null | undefined }) {
  if (!claim) return <StatCard label="Dû aujourd’hui" value="…" />;
  if (!claim.ok) {
    return <StatCard label="Dû aujourd’hui" value="—" hint={claim.errors[0] ?? ''} />;
  }
  const { decompte, asOf } = claim.claim;
  const totals = decompte.totals;
  const currency = decompte.currency ?? 'EUR';
  // The €40 indemnities are euros: inside a euro total, beside a total in another currency.
  const hint =
    currency === 'EUR'
      ? `échu hors litige, avoirs déduits, dont ${formatEuros(totals.interestDueCents)} d’intérêts et ${formatEuros(totals.indemnitiesCents)} d’indemnités`
      : `en ${currency}, échu hors litige, avoirs déduits, dont ${formatMoney(totals.interestDueCents, currency)} d’intérêts ; plus ${formatEuros(totals.indemnitiesCents)} d’indemnités en euros`;
  return (
    <StatCard
      label={`Dû au ${formatDateFr(asOf)}`}
      value={formatMoney(totals.totalDueCents, currency)}
      hint={hint}
    />
  );
}
