/** What a backup holds: the ledger, never the workstation's link with the team server. */
import { describe, expect, it } from 'vitest';
import { tableNamesAtVersion } from '../../../renderer/src/data/backup/tables';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/src/data/schema';

describe('backup tables', () => {
  it('include the ledger and the bank statements, not the outbox nor the sync state', () => {
    const tables = tableNamesAtVersion(CURRENT_SCHEMA_VERSION);
    expect(tables).toEqual(
      expect.arrayContaining(['invoices', 'payments', 'bankCredits', 'bankImports']),
    );
    expect(tables).not.toContain('outbox');
    expect(tables).not.toContain('syncState');
  });
});
