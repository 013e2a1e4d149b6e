-- How many mutations an import's bulk carried: a workstation that sent it before its local
-- commit confirms its outbox seqs later, and the server checks they stand for exactly these.
ALTER TABLE import_runs ADD COLUMN mutations integer;
