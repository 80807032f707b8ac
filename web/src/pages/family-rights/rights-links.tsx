// The family's rights pages are linked from the portal's /mijn menu (portal-layout.tsx, RIGHTS_NAV).

/** A YYYY-MM-DD date as a Date at noon UTC, so it formats as that day everywhere. */
export const day = (date: string) => `${date}T12:00:00Z`;
