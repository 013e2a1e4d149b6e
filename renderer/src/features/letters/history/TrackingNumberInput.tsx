import { TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { lettersRepo } from '../../../data/repositories/letters';
import type { Letter } from '../../../domain/model';

/** The LRAR number, editable in place: saved on Entrée or when the field loses focus. */
export function TrackingNumberInput({ letter }: { letter: Letter }) {
  const [value, setValue] = useState(letter.trackingNumber ?? '');
  const save = async () => {
    if (value.trim() === (letter.trackingNumber ?? '')) return;
    try {
      await lettersRepo.setTrackingNumber(letter.id, value);
      notifications.show({ color: 'teal', message: 'Numéro de suivi enregistré.' });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Numéro non enregistré', message: String(error) });
    }
  };
  return (
    <TextInput
      size="xs"
      aria-label={`Numéro de suivi du courrier du ${letter.date}`}
      placeholder={letter.sendMethod === 'lrar' ? 'N° de recommandé' : '—'}
      value={value}
      onChange={(event) => setValue(event.currentTarget.value)}
      onBlur={() => void save()}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur();
      }}
    />
  );
}
