import type { ScreeningStep } from '../../../platform/db/schema.js';
import type { FamilyRow, listScreening } from './queries.js';
import type { FamilyDetail, FamilySummary } from './schemas.js';
import { screeningState } from './screening.js';

export function presentFamilySummary(f: FamilyRow): FamilySummary {
  return {
    id: f.id,
    reference: f.reference,
    status: f.status,
    givenName: f.given_name,
    familyName: f.family_name,
    municipalityCode: f.municipality_code,
    municipalityName: f.municipality_name,
    neighbourhoodName: f.neighbourhood_name,
    offers: f.offers,
    maxFamilies: f.max_families,
    currentMatches: Number(f.current_matches),
    screeningState: f.screening_state,
    vogExpiresOn: f.vog_expires_on,
    fosterInterest: f.foster_interest_at !== null,
  };
}

export function presentFamily(
  f: FamilyRow,
  steps: Awaited<ReturnType<typeof listScreening>>,
  vogMonths: number,
  today: string,
): FamilyDetail {
  const latest: Partial<Record<ScreeningStep, string>> = {};
  for (const s of steps) if (!latest[s.step] || s.done_on >= (latest[s.step] ?? '')) latest[s.step] = s.done_on;
  const state = screeningState(latest, vogMonths, today);
  return {
    ...presentFamilySummary(f),
    email: f.email,
    phone: f.phone,
    postcode: f.postcode,
    maxChildren: f.max_children,
    frequency: f.frequency,
    languages: f.languages,
    availability: f.availability,
    maxTravelKm: f.max_travel_km,
    preferredAgeMin: f.preferred_age_min,
    preferredAgeMax: f.preferred_age_max,
    parentingExperience: f.parenting_experience,
    fosterInterestAt: f.foster_interest_at,
    fosterInterestNote: f.foster_interest_note,
    createdAt: f.created_at,
    screening: {
      state: f.status === 'registered' ? state.state : 'inactive',
      vogExpiresOn: state.vogExpiresOn,
      missing: state.missing,
      steps: steps.map((s) => ({
        step: s.step,
        doneOn: s.done_on,
        note: s.note,
        recordedBy: s.display_name,
        recordedAt: s.recorded_at,
      })),
    },
  };
}
