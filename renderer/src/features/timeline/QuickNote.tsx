import { Button, Group, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { activitiesRepo } from '../../data/repositories/activities';

/** A note added to the timeline in one keystroke (Ctrl+Entrée). */
export function QuickNote({ debtorId }: { debtorId: string }) {
  const [text, setText] = useState('');
  const [saving, setSaving] = useState(false);
  async function add() {
    if (!text.trim()) return;
    setSaving(true);
    try {
      await activitiesRepo.addNote(debtorId, text);
      setText('');
    } catch (error) {
      notifications.show({ color: 'red', title: 'Note non enregistrée', message: String(error) });
    } finally {
      setSaving(false);
    }
  }
  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <Textarea
        aria-label="Nouvelle note"
        placeholder="Ajouter une note (Ctrl+Entrée)…"
        autosize
        minRows={1}
        maxRows={6}
        style={{ flex: 1 }}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void add();
        }}
      />
      <Button loading={saving} disabled={!text.trim()} onClick={() => void add()}>
        Ajouter la note
      </Button>
    </Group>
  );
}
