import { DateInput, type DateInputProps } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { parseDateFr } from '../../domain/dates';

/** What every date field of the app shows and accepts, whatever the browser's language. */
export const DATE_FIELD_FORMAT = 'DD/MM/YYYY';

type DateFieldProps = Omit<
  DateInputProps,
  'value' | 'defaultValue' | 'onChange' | 'valueFormat' | 'dateParser' | 'minDate' | 'maxDate'
> & {
  /** `YYYY-MM-DD`, or '' when empty. */
  value: string;
  /** Called with `YYYY-MM-DD`, or '' when the field is emptied. */
  onChange: (value: string) => void;
  /** Earliest date the calendar offers, `YYYY-MM-DD`. */
  min?: string;
  /** Latest date the calendar offers, `YYYY-MM-DD`. */
  max?: string;
};

/**
 * A calendar date typed or picked as JJ/MM/AAAA (Mantine's DateInput under the French locale of
 * the app's DatesProvider), stored as `YYYY-MM-DD` like every date of Recouvra. The browser's
 * native picker follows the browser's language (MM/DD/YYYY in an English Chromium): not this one.
 */
export function DateField({ value, onChange, min, max, ...rest }: DateFieldProps) {
  return (
    <DateInput
      placeholder="JJ/MM/AAAA"
      leftSection={<IconCalendar size={16} aria-hidden />}
      {...rest}
      valueFormat={DATE_FIELD_FORMAT}
      dateParser={(text) => parseDateFr(text)}
      value={value === '' ? null : value}
      onChange={(next) => onChange(next ?? '')}
      minDate={min || undefined}
      maxDate={max || undefined}
    />
  );
}
