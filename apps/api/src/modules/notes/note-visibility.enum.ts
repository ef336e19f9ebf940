import { enumFromList } from '../../common/graphql/enum-from-list';
import type { NoteVisibility } from './note.entity';

/** Who may read a note. */
export const NOTE_VISIBILITIES: readonly NoteVisibility[] = ['INTERNAL', 'CUSTOMER'];

export const NoteVisibilityEnum = enumFromList(
  NOTE_VISIBILITIES,
  'NoteVisibility',
  'Who a note on a return is for.',
  {
    INTERNAL: 'Only Rebound users see it.',
    CUSTOMER: 'A message to the customer, kept on the return as sent.',
  },
);
