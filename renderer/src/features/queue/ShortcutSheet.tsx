import { Kbd, Modal, Table } from '@mantine/core';

const SHORTCUTS: [keys: string[], what: string][] = [
  [['j', '↓'], 'Ligne suivante'],
  [['k', '↑'], 'Ligne précédente'],
  [['Entrée'], 'Ouvrir l’action de la ligne (appel, courrier)'],
  [['o'], 'Ouvrir la fiche du débiteur'],
  [['f'], 'Marquer comme faite'],
  [['n'], 'Appel : pas de réponse (rappel demain)'],
  [['x'], 'Appel : mauvais numéro'],
  [['d'], 'Reporter à demain'],
  [['l'], 'Reporter à lundi'],
  [['s'], 'Reporter d’une semaine'],
  [['u', 'Ctrl + Z'], 'Annuler la dernière action'],
  [['/'], 'Rechercher'],
  [['?'], 'Afficher ces raccourcis'],
];

/** « ? »: the queue's keyboard shortcuts, visible. */
export function ShortcutSheet({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Raccourcis clavier de la file d’actions">
      <Table data-testid="shortcut-sheet">
        <Table.Tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <Table.Tr key={what}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 ? ' ou ' : ''}
                    <Kbd>{k}</Kbd>
                  </span>
                ))}
              </Table.Td>
              <Table.Td>{what}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
