import { Group, Select } from '@mantine/core';
import { IconBraces, IconGitBranch } from '@tabler/icons-react';
import { useState } from 'react';
import { CONDITION_CHOICES, FIELD_CHOICES } from '../../../../domain/letters';
import type { TemplateEditorHandle } from './TemplateTextEditor';

const GROUPS = [...new Set(FIELD_CHOICES.map((f) => f.group))];

function fieldData(singleLine: boolean) {
  return GROUPS.map((group) => ({
    group,
    items: FIELD_CHOICES.filter((f) => f.group === group && !(singleLine && f.lineOnly)).map(
      (f) => ({ value: f.name, label: f.label }),
    ),
  })).filter((g) => g.items.length > 0);
}

const CONDITION_DATA = CONDITION_CHOICES.map((c) => ({
  value: `${c.inverted ? '^' : '#'}${c.name}`,
  label: c.label,
}));

/**
 * « Insérer un champ » and « Insérer un bloc conditionnel »: searchable lists of the French names,
 * inserting into the editor last used (at its caret, or around the text chosen in it).
 */
export function InsertMenus({ target }: { target: () => TemplateEditorHandle | null }) {
  const [fieldSearch, setFieldSearch] = useState('');
  const [blockSearch, setBlockSearch] = useState('');
  const singleLine = target()?.singleLine ?? false;
  return (
    <Group grow align="flex-start" gap="sm">
      <Select
        label="Insérer un champ"
        placeholder="Rechercher un champ…"
        leftSection={<IconBraces size={16} aria-hidden />}
        data={fieldData(singleLine)}
        value={null}
        searchable
        searchValue={fieldSearch}
        onSearchChange={setFieldSearch}
        nothingFoundMessage="Aucun champ de ce nom"
        maxDropdownHeight={320}
        comboboxProps={{ width: 320, position: 'bottom-start' }}
        onChange={(name) => {
          setFieldSearch('');
          const field = FIELD_CHOICES.find((f) => f.name === name);
          if (field) target()?.insertField(field.name, field.lineOnly);
        }}
      />
      <Select
        label="Insérer un bloc conditionnel"
        placeholder="Rechercher une condition…"
        leftSection={<IconGitBranch size={16} aria-hidden />}
        data={CONDITION_DATA}
        value={null}
        searchable
        searchValue={blockSearch}
        onSearchChange={setBlockSearch}
        nothingFoundMessage="Aucune condition de ce nom"
        maxDropdownHeight={320}
        comboboxProps={{ width: 360, position: 'bottom-start' }}
        onChange={(choice) => {
          setBlockSearch('');
          if (!choice) return;
          target()?.insertBlock(choice.slice(1), choice.startsWith('^'));
        }}
      />
    </Group>
  );
}
