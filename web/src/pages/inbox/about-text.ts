import type { TFunction } from 'i18next';
import type { Notification } from '../../api/inbox';

/** What an item is about, by reference only ("Koppeling VG-000012 – SG-000034"); null when it names nothing. */
export function aboutText(t: TFunction, about: Notification['about']): string | null {
  if (!about) return null;
  return about.reference
    ? t(`inbox.about.${about.type}`, { reference: about.reference })
    : t(`inbox.aboutUnnamed.${about.type}`);
}
