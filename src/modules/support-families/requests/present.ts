import type { RequestDetail, RequestSummary } from './schemas.js';
import type { RequestRow } from './queries.js';

export function presentRequestSummary(r: RequestRow): RequestSummary {
  return {
    id: r.id,
    reference: r.reference,
    status: r.status,
    givenName: r.given_name,
    familyName: r.family_name,
    municipalityCode: r.municipality_code,
    municipalityName: r.municipality_name,
    neighbourhoodName: r.neighbourhood_name,
    supportKinds: r.support_kinds,
    childAges: r.child_ages,
    referredBy: r.referred_by,
    createdAt: r.created_at,
    waitingDays: Number(r.waiting_days),
  };
}

export function presentRequest(r: RequestRow): RequestDetail {
  return {
    ...presentRequestSummary(r),
    email: r.email,
    phone: r.phone,
    postcode: r.postcode,
    languages: r.languages,
    availability: r.availability,
    upbringing: r.upbringing,
    offerBack: r.offer_back,
    channel: r.channel,
    confirmedAt: r.confirmed_at,
    closedAt: r.closed_at,
    closeReason: r.close_reason,
    consentVersion: r.consent_version,
  };
}
