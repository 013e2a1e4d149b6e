-- Recouvra team server, first schema. Migrations are forward-only: never edit a released file,
-- add the next one (002_….sql). Every ledger table carries `entity`, the legal entity (tenant).

CREATE TABLE entities (
  id text PRIMARY KEY,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO entities (id, name) VALUES ('default', 'Entité par défaut');

CREATE TABLE accounts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entity text NOT NULL REFERENCES entities (id),
  login text NOT NULL UNIQUE,
  display_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('administrateur', 'responsable', 'charge', 'lecture')),
  password_hash text NOT NULL,
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- A session token is random; only its SHA-256 is stored. Bound to one account and one workstation.
CREATE TABLE sessions (
  token_hash bytea PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts (id),
  workstation_id text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX sessions_account ON sessions (account_id);

-- The current value of every synced row: `row` NULL is a deleted (or never written) row.
CREATE TABLE rows (
  entity text NOT NULL REFERENCES entities (id),
  tbl text NOT NULL,
  key text NOT NULL,
  row jsonb,
  server_seq bigint NOT NULL,
  PRIMARY KEY (entity, tbl, key)
) WITH (fillfactor = 70); -- room for HOT updates: a row is rewritten in place of its page

-- The change log: the global server order is `server_seq`. Within an entity, changes commit in
-- server_seq order (writers take the entity's row lock before inserting here), so a pull never
-- skips a change that commits later with a smaller number.
CREATE TABLE changes (
  server_seq bigserial PRIMARY KEY,
  entity text NOT NULL REFERENCES entities (id),
  tbl text NOT NULL,
  key text NOT NULL,
  op text NOT NULL CHECK (op IN ('put', 'delete')),
  row jsonb,
  prev_row jsonb,
  fields jsonb,
  account_id uuid REFERENCES accounts (id),
  by_name text NOT NULL,
  workstation_id text,
  seq bigint,
  import_id text,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX changes_entity_seq ON changes (entity, server_seq);
CREATE INDEX changes_row ON changes (entity, tbl, key, server_seq);
CREATE INDEX changes_import ON changes (entity, import_id) WHERE import_id IS NOT NULL;

-- Values a later write overwrote while its author had not seen them (base ≠ server value).
CREATE TABLE field_history (
  id bigserial PRIMARY KEY,
  entity text NOT NULL,
  tbl text NOT NULL,
  key text NOT NULL,
  field text NOT NULL,
  value jsonb,
  overwritten_by text NOT NULL,
  server_seq bigint NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX field_history_row ON field_history (entity, tbl, key, id);

CREATE TABLE workstations (
  id text PRIMARY KEY,
  entity text NOT NULL REFERENCES entities (id),
  last_seq bigint NOT NULL DEFAULT 0,
  first_seen timestamptz NOT NULL DEFAULT now()
);

-- Every processed mutation, applied or refused: replays are answered from here.
CREATE TABLE mutations (
  workstation_id text NOT NULL REFERENCES workstations (id),
  seq bigint NOT NULL,
  sha256 bytea NOT NULL,
  status text NOT NULL CHECK (status IN ('applied', 'refused')),
  server_seq bigint,
  reason text,
  at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workstation_id, seq)
);

CREATE TABLE import_runs (
  id bigserial PRIMARY KEY,
  entity text NOT NULL REFERENCES entities (id),
  import_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('import', 'seed')),
  account_id uuid NOT NULL REFERENCES accounts (id),
  by_name text NOT NULL,
  state text NOT NULL CHECK (state IN ('running', 'applied', 'undone')),
  count integer,
  first_seq bigint,
  last_seq bigint,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);
CREATE INDEX import_runs_entity ON import_runs (entity, id);
CREATE UNIQUE INDEX import_runs_applied ON import_runs (entity, import_id)
  WHERE state IN ('applied', 'undone');

CREATE TABLE presence (
  entity text NOT NULL,
  debtor_id text NOT NULL,
  account_id uuid NOT NULL REFERENCES accounts (id),
  by_name text NOT NULL,
  until timestamptz NOT NULL,
  PRIMARY KEY (entity, debtor_id, account_id)
);

CREATE TABLE blobs (
  entity text NOT NULL REFERENCES entities (id),
  sha256 text NOT NULL,
  size integer NOT NULL,
  content bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (entity, sha256)
);

-- Append-only: PostgreSQL itself refuses to change or remove an entry.
CREATE TABLE audit (
  id bigserial PRIMARY KEY,
  entity text,
  at timestamptz NOT NULL DEFAULT now(),
  account_id uuid,
  account_login text,
  action text NOT NULL,
  detail jsonb
);
CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Le journal d''audit est en ajout seul : modification et suppression refusées.';
END;
$$;
CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit
  FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
  FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
