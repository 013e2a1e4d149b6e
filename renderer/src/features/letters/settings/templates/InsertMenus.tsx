import { Group, Select, type SelectProps } from '@mantine/core';
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

type InsertSelectProps = Pick<
  SelectProps,
  'label' | 'placeholder' | 'leftSection' | 'data' | 'nothingFoundMessage'
> & {
  dropdownWidth: number;
  /** Called with the chosen value; the search is cleared and the menu shows no selection. */
  onPick: (value: string) => void;
};

/** A searchable menu that inserts what is chosen and then shows nothing selected again. */
function InsertSelect({ dropdownWidth, onPick, ...props }: InsertSelectProps) {
  const [search, setSearch] = useState('');
  return (
    <Select
      {...props}
      value={null}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      maxDropdownHeight={320}
      comboboxProps={{ width: dropdownWidth, position: 'bottom-start' }}
      onChange={(value) => {
        setSearch('');
        if (value) onPick(value);
      }}
    />
  );
}

/**
 * « Insérer un champ » and « Insérer un bloc conditionnel »: searchable lists of the French names,
 * inserting into the editor last used (at its caret, or around the text chosen in it).
 */
export function InsertMenus({ target }: { target: () => TemplateEditorHandle | null }) {
  const singleLine = target()?.singleLine ?? false;
  return (
    <Group grow align="flex-start" gap="sm">
      <InsertSelect
        label="Insérer un champ"
        placeholder="Rechercher un champ…"
        leftSection={<IconBraces size={16} aria-hidden />}
        data={fieldData(singleLine)}
        nothingFoundMessage="Aucun champ de ce nom"
        dropdownWidth={320}
        onPick={(name) => {
          const field = FIELD_CHOICES.find((f) => f.name === name);
          if (field) target()?.insertField(field.name, field.lineOnly);
        }}
      />
      <InsertSelect
        label="Insérer un bloc conditionnel"
        placeholder="Rechercher une condition…"
        leftSection={<IconGitBranch size={16} aria-hidden />}
        data={CONDITION_DATA}
        nothingFoundMessage="Aucune condition de ce nom"
        dropdownWidth={360}
        onPick={(choice) => target()?.insertBlock(choice.slice(1), choice.startsWith('^'))}
      />
    </Group>
  );
}
