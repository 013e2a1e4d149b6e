import { Button, CloseButton, Group, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBellRinging } from '@tabler/icons-react';
import { useState } from 'react';
import { activitiesRepo } from '../../data/repositories/activities';
import { formatDateFr, todayIso } from '../../domain/dates';
import type { IsoDate } from '../../domain/model';
import {
  parseReminder,
  QUICK_SNOOZE_LABELS,
  type QuickSnooze,
  quickSnoozeDate,
} from '../../domain/quickDates';

const PICKS: QuickSnooze[] = ['tomorrow', 'monday', 'next-week'];

/**
 * A note added to the timeline in one keystroke (Ctrl+Entrée). A reminder is read from the text
 * (« rappeler lundi ») or picked; it shows in the agenda and, that day, in the File d'actions.
 */
export function QuickNote({ debtorId }: { debtorId: string }) {
  const [text, setText] = useState('');
  const [saving, setSaving] = useState(false);
  /** Picked by the user; `null`: no reminder, even if the text names one. */
  const [picked, setPicked] = useState<IsoDate | null | undefined>(undefined);
  const today = todayIso();
  const remindOn = picked === undefined ? parseReminder(text, today) : picked;
  async function add() {
    if (!text.trim()) return;
    setSaving(true);
    try {
      await activitiesRepo.addNote(debtorId, text, remindOn ?? undefined);
      setText('');
      setPicked(undefined);
      if (remindOn) {
        notifications.show({
          color: 'teal',
          message: `Rappel noté pour le ${formatDateFr(remindOn)} : il apparaîtra dans l’agenda et la file d’actions.`,
        });
      }
    } catch (error) {
      notifications.show({ color: 'red', title: 'Note non enregistrée', message: String(error) });
    } finally {
      setSaving(false);
    }
  }
  return (
    <Stack gap={4}>
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <Textarea
          aria-label="Nouvelle note"
          placeholder="Ajouter une note (Ctrl+Entrée) ; « rappeler lundi » programme un rappel…"
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
      <Group gap={6} wrap="wrap">
        <IconBellRinging size={14} aria-hidden />
        {remindOn ? (
          <Group gap={2} data-testid="note-reminder">
            <Text size="xs">Rappel le {formatDateFr(remindOn)}</Text>
            <CloseButton size="xs" aria-label="Sans rappel" onClick={() => setPicked(null)} />
          </Group>
        ) : (
          <Text size="xs" c="dimmed">
            Rappel :
          </Text>
        )}
        {PICKS.map((kind) => (
          <Button
            key={kind}
            size="compact-xs"
            variant="subtle"
            onClick={() => setPicked(quickSnoozeDate(kind, today))}
          >
            {QUICK_SNOOZE_LABELS[kind].toLowerCase()}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}
