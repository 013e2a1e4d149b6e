import { Code, Table, Text } from '@mantine/core';
import { PLACEHOLDERS, placeholderLabel } from '../../../../domain/letters';

/** The placeholders a template may use, with what each prints. */
export function PlaceholderHelp() {
  return (
    <>
      <Text size="sm" c="dimmed" mb="xs">
        Écrivez <Code>{'{{nom}}'}</Code> pour insérer une valeur. <Code>{'{{#nom}}…{{/nom}}'}</Code>{' '}
        n’affiche le texte que si la valeur existe, <Code>{'{{^nom}}…{{/nom}}'}</Code> que si elle
        est vide. Les tableaux s’écrivent seuls sur leur ligne ; <Code>**texte**</Code> met en gras.
      </Text>
      <Table fz="xs" verticalSpacing={2} aria-label="Champs disponibles">
        <Table.Tbody>
          {PLACEHOLDERS.map((p) => (
            <Table.Tr key={p.name}>
              <Table.Td>
                <Code>{`{{${p.name}}}`}</Code>
              </Table.Td>
              <Table.Td fw={500}>{placeholderLabel(p.name)}</Table.Td>
              <Table.Td>{p.description}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
