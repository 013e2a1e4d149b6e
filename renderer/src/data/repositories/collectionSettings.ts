/**
 * Settings of the collection routine, one `settings` row each: the escalation ladder, the call
 * script, and who is working at this workstation (no passwords: a name picked in Paramètres).
 */
import { z } from 'zod';
import { type CallScript, callScriptSchema, DEFAULT_CALL_SCRIPT } from '../../domain/callScripts';
import { DEFAULT_LADDER, type Ladder, ladderSchema } from '../../domain/ladder';
import { getDb } from '../db';
import { SYNC_STATE_KEYS, type TeamConfig } from '../sync/outboxTypes';
import { settingsRepo } from './settings';

export const LADDER_SETTINGS_KEY = 'ladder';
export const CALL_SCRIPT_SETTINGS_KEY = 'callScript';
export const CURRENT_USER_SETTINGS_KEY = 'currentUser';

const currentUserSchema = z.object({ name: z.string().trim().min(1).nullable() });

/** Who signs activities and audit entries when nobody picked a name. */
export const ANONYMOUS_USER = 'utilisateur';

/**
 * Who did it, for display: the name, or null when nobody had picked a name (the screens then say
 * nothing rather than « par utilisateur »).
 */
export function authorName(by: string | undefined): string | null {
  const name = by?.trim();
  return name && name !== ANONYMOUS_USER ? name : null;
}

export const collectionSettingsRepo = {
  ladder: (): Promise<Ladder> =>
    settingsRepo.get(LADDER_SETTINGS_KEY, ladderSchema, DEFAULT_LADDER),
  saveLadder: (ladder: Ladder) => settingsRepo.set(LADDER_SETTINGS_KEY, ladderSchema.parse(ladder)),

  callScript: (): Promise<CallScript> =>
    settingsRepo.get(CALL_SCRIPT_SETTINGS_KEY, callScriptSchema, DEFAULT_CALL_SCRIPT),
  saveCallScript: (script: CallScript) =>
    settingsRepo.set(CALL_SCRIPT_SETTINGS_KEY, callScriptSchema.parse(script)),

  /** The name picked at this workstation, or null. */
  async currentUser(): Promise<string | null> {
    const value = await settingsRepo.get(CURRENT_USER_SETTINGS_KEY, currentUserSchema, {
      name: null,
    });
    return value.name;
  },
  saveCurrentUser: (name: string | null) =>
    settingsRepo.set(CURRENT_USER_SETTINGS_KEY, currentUserSchema.parse({ name })),
};

/** Who this workstation signs as, and where the name comes from. */
export interface WorkstationUser {
  /** A team server is configured (Paramètres → Équipe). */
  teamMode: boolean;
  /** The signed-in account's display name (team mode), or null. */
  account: string | null;
  /** The name picked in Paramètres (what signs changes working alone), or null. */
  picked: string | null;
}

async function teamConfig(): Promise<TeamConfig | null> {
  const row = await getDb().syncState.get(SYNC_STATE_KEYS.config);
  const config = row?.value as TeamConfig | undefined;
  return config?.serverUrl ? config : null;
}

export async function workstationUser(): Promise<WorkstationUser> {
  const [config, picked] = await Promise.all([teamConfig(), collectionSettingsRepo.currentUser()]);
  return {
    teamMode: config !== null,
    account: config?.account?.displayName || null,
    picked,
  };
}

/** The display name of the account signed in to the team server, or null working alone. */
export async function teamAccountName(): Promise<string | null> {
  return (await workstationUser()).account;
}

/**
 * Who works at this workstation: in team mode the signed-in account's display name, else the
 * name picked in Paramètres; null when neither is known. « Mes débiteurs » are this person's.
 */
export async function currentUserName(): Promise<string | null> {
  const user = await workstationUser();
  return user.account ?? user.picked;
}

/**
 * The name to sign a change with (activities, local audit): in team mode the signed-in
 * account's display name, never a name typed on the workstation; working alone the name picked
 * in Paramètres. (Signed out of the team server, the picked name stands in until sign-in.)
 */
export async function signature(): Promise<string> {
  return (await currentUserName()) ?? ANONYMOUS_USER;
}
