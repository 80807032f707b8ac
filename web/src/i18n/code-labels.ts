// Code lists by their names: the one place the web turns a stored code (an audit event, a purpose, a role, a
// risk ground, a CBS municipality code) into words in the reader's language. A code is never shown alone:
// an unknown one gets a general name in words, the code itself only beside it as a detail.
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMunicipalities } from '../api/geo';

type Translate = TFunction;

const MISSING = '\u0000missing';

function known(t: Translate, key: string): string | undefined {
  const text = t(key as never, { defaultValue: MISSING }) as string;
  return text === MISSING ? undefined : text;
}

/** `family.read` → "Dossier bekeken"; an event without its own text is named by its subject and action. */
export function eventLabel(t: Translate, event: string, action?: string): string {
  const own = known(t, `codes.events.${event.replaceAll('.', '__')}`);
  if (own) return own;
  const [subject = '', verb] = event.split('.');
  const subjectText = known(t, `codes.subjects.${subject}`);
  const actionText = known(t, `audit.actions.${action ?? verb ?? ''}`);
  if (subjectText && actionText) return t('codes.eventFallback', { subject: subjectText, action: actionText });
  return subjectText ?? t('codes.unknownEvent');
}

/** `care` → "Zorgverlening". */
export function purposeLabel(t: Translate, purpose: string): string {
  return known(t, `codes.purposes.${purpose.replaceAll(' ', '_')}`) ?? t('codes.unknownPurpose');
}

/** `team_lead` → "Teamleider"; several roles (`a,b`) each by name. */
export function roleLabel(t: Translate, role: string): string {
  return role
    .split(',')
    .map((one) =>
      one === 'partner_api' ? t('codes.partnerRole') : (known(t, `roles.${one}`) ?? t('codes.unknownRole')),
    )
    .join(', ');
}

/** Referral-index risk ground `b` → "b. psychische problemen, waaronder verslaving". */
export function riskGroundLabel(t: Translate, ground: string): string {
  const text = known(t, `involvement.riskGrounds.${ground}`);
  return text ? `${ground}. ${text}` : t('codes.unknownEvent');
}

/** The subject type of an audit entry in words (`support_match` → "Koppeling Buurtgezinnen"). */
export function subjectLabel(t: Translate, subjectType: string): string {
  return known(t, `codes.subjects.${subjectType}`) ?? subjectType.replaceAll('_', ' ');
}

/** The code-list names in the reader's language, for components. */
export function useCodeLabels() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      event: (event: string, action?: string) => eventLabel(t, event, action),
      purpose: (purpose: string) => purposeLabel(t, purpose),
      role: (role: string) => roleLabel(t, role),
      riskGround: (ground: string) => riskGroundLabel(t, ground),
      subject: (subjectType: string) => subjectLabel(t, subjectType),
    }),
    [t],
  );
}

/** CBS municipality code → its name ("0148" → "Dalfsen"), from the server's reference geography. */
export function useMunicipalityName(): (code: string | null | undefined) => string {
  const { t } = useTranslation();
  const { data } = useMunicipalities();
  return useMemo(() => {
    const names = new Map((data?.items ?? []).map((m) => [m.code, m.name] as const));
    return (code) => {
      if (!code) return '–';
      return names.get(code) ?? (data ? String(t('codes.unknownMunicipality')) : '…');
    };
  }, [data, t]);
}
