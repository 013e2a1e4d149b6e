/**
 * Builds the relevé de compte PDF for a debtor file: the creditor's identity and logo from
 * settings, the statement model from the open items, the bytes from pdf/releve. The PDF code
 * (react-pdf, fonts) is loaded on first use only.
 */

import { claimSourcesRepo } from '../../../data/repositories/claimSources';
import { creditorRepo } from '../../../data/repositories/creditor';
import type { DebtorFile } from '../../../data/repositories/debtorFile';
import { bucketLabels } from '../../../domain/aging';
import { computeClaim } from '../../../domain/claim';
import { todayIso } from '../../../domain/dates';
import type { OpenItemLine } from '../../../domain/debtorFile';
import { buildStatement, statementClaimItems } from '../../../domain/statement';

/** The relevé cannot state what is due (a rate is missing): the reasons, in French. */
export class StatementError extends Error {
  constructor(readonly reasons: string[]) {
    super(`Relevé impossible : ${reasons.join(' ')}`);
  }
}

export interface StatementPdf {
  bytes: Uint8Array;
  fileName: string;
  /** True when the creditor identity is blank: the letterhead then says « Créancier ». */
  creditorMissing: boolean;
}

export async function statementPdf(
  file: DebtorFile,
  lines: readonly OpenItemLine[],
): Promise<StatementPdf> {
  const [
    { renderStatementPdf },
    { registerBundledPdfFonts, logoDataUri },
    creditor,
    policy,
    facts,
  ] = await Promise.all([
    import('../../../pdf/releve'),
    import('../../../pdf/base'),
    creditorRepo.load(),
    claimSourcesRepo.policy(),
    claimSourcesRepo.facts(file.debtor.id),
  ]);
  registerBundledPdfFonts();
  const logoBlob = await creditorRepo.loadLogo(creditor.logo);
  const logo =
    logoBlob && creditor.logo
      ? logoDataUri(new Uint8Array(await logoBlob.arrayBuffer()), creditor.logo.mime)
      : undefined;
  const date = todayIso();
  const claimed = computeClaim({
    debtor: file.debtor,
    items: statementClaimItems(
      lines.map((l) => l.invoice),
      date,
    ),
    ...facts,
    asOf: date,
    policy,
  });
  if (!claimed.ok) throw new StatementError(claimed.errors);
  const statement = buildStatement({
    claim: claimed.claim,
    debtor: file.debtor,
    lines,
    asOfDate: file.asOfDate,
    date,
    boundaries: file.boundaries,
  });
  const bytes = await renderStatementPdf({
    statement,
    creditor,
    bucketLabels: bucketLabels(file.boundaries),
    ...(logo ? { logo } : {}),
  });
  return {
    bytes,
    fileName: `releve_${file.debtor.accountNo}_${file.asOfDate}.pdf`,
    creditorMissing: creditor.name.trim() === '',
  };
}
