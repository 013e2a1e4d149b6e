import type { ClaimResult } from '../../../domain/claim';
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
  return (
    <StatCard
      label={`Dû au ${formatDateFr(asOf)}`}
      value={formatEuros(totals.totalDueCents)}
      hint={`échu hors litige, avoirs déduits, dont ${formatEuros(totals.interestDueCents)} d’intérêts et ${formatEuros(totals.indemnitiesCents)} d’indemnités`}
    />
  );
}
