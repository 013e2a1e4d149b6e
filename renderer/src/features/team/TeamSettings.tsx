import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ROLE_LABELS, type Role } from '../../../../contracts/sync';
import {
  configureServer,
  leaveTeamMode,
  seedServerFromLedger,
  signIn,
  signOut,
  usePendingChanges,
  useTeamState,
} from '../../data/sync';
import { plural } from '../../domain/numbers';
import { connectionLabel, pendingLabel } from './connectionLabel';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Paramètres › Équipe: the server address, the sign-in, the state of the connection and the
 * seeding of an empty server. Without a server, Recouvra works alone, exactly as before.
 */
export function TeamSettings() {
  const team = useTeamState();
  const pending = usePendingChanges();
  const [serverUrl, setServerUrl] = useState(team.config?.serverUrl ?? '');
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [seedOpened, seed] = useDisclosure(false);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(message(caught));
    } finally {
      setBusy(false);
    }
  };

  const account = team.config?.account;
  return (
    <Stack gap="lg" maw={640}>
      <Stack gap={4}>
        <Title order={3}>Travail en équipe</Title>
        <Text size="sm" c="dimmed">
          Par défaut, Recouvra travaille seul sur ce poste. Avec un serveur Recouvra, les chargés de
          recouvrement partagent le même registre ; chaque poste continue de fonctionner hors ligne
          et envoie ses modifications dès que le serveur est joignable.
        </Text>
      </Stack>

      {error && (
        <Alert color="red" title="Action impossible" role="alert">
          {error}
        </Alert>
      )}

      <Group align="end">
        <TextInput
          label="Adresse du serveur"
          placeholder="https://recouvra.exemple.fr"
          value={serverUrl}
          onChange={(event) => setServerUrl(event.currentTarget.value)}
          style={{ flex: 1 }}
        />
        <Button
          variant="default"
          loading={busy}
          disabled={!serverUrl.trim()}
          onClick={() => run(() => configureServer(serverUrl))}
        >
          Utiliser ce serveur
        </Button>
      </Group>

      {team.config && (
        <Stack gap="sm">
          <Group gap="xs">
            <Text size="sm">État de la connexion :</Text>
            <Badge color={team.status?.online ? 'green' : 'gray'} variant="light">
              {connectionLabel(team)}
            </Badge>
            <Text size="sm" c="dimmed">
              {pendingLabel(pending)}
            </Text>
          </Group>
          {team.status?.error && (
            <Text size="sm" c="red">
              {team.status.error}
            </Text>
          )}
          {team.tokenNotice && (
            <Text size="sm" c="dimmed">
              {team.tokenNotice}
            </Text>
          )}

          {team.signedIn && account ? (
            <Group>
              <Text size="sm">
                Connecté en tant que <strong>{account.displayName}</strong> (
                {ROLE_LABELS[account.role as Role] ?? account.role})
              </Text>
              <Button variant="default" loading={busy} onClick={() => run(() => signOut())}>
                Se déconnecter
              </Button>
            </Group>
          ) : (
            <form
              onSubmit={(event) => {
                event.preventDefault();
                void run(async () => {
                  await signIn(login, password);
                  setPassword('');
                });
              }}
            >
              <Group align="end">
                <TextInput
                  label="Identifiant"
                  autoComplete="username"
                  value={login}
                  onChange={(event) => setLogin(event.currentTarget.value)}
                />
                <PasswordInput
                  label="Mot de passe"
                  autoComplete="current-password"
                  value={password}
                  onChange={(event) => setPassword(event.currentTarget.value)}
                />
                <Button type="submit" loading={busy} disabled={!login || !password}>
                  Se connecter
                </Button>
              </Group>
            </form>
          )}

          <Group>
            <Button variant="light" disabled={!team.signedIn || busy} onClick={seed.open}>
              Initialiser le serveur avec ce poste
            </Button>
            <Button
              variant="subtle"
              color="red"
              disabled={busy}
              onClick={() => run(() => leaveTeamMode())}
            >
              Travailler seul sur ce poste
            </Button>
          </Group>
        </Stack>
      )}

      <Modal opened={seedOpened} onClose={seed.close} title="Initialiser le serveur avec ce poste">
        <Stack>
          <Text size="sm">
            Tout le registre de ce poste (débiteurs, pièces, dossiers, courriers, paramètres
            partagés…) est envoyé au serveur en une seule opération. Le serveur ne l’accepte que
            s’il est vide, et seulement d’un administrateur.
          </Text>
          <Group justify="end">
            <Button variant="default" onClick={seed.close}>
              Annuler
            </Button>
            <Button
              onClick={() =>
                run(async () => {
                  seed.close();
                  const count = await seedServerFromLedger();
                  notifications.show({
                    title: 'Envoi au serveur',
                    message: `${plural(count, 'enregistrement')} en cours d’envoi au serveur.`,
                  });
                })
              }
            >
              Initialiser
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
