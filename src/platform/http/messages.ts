// Dutch and English texts for the stable error codes. Dutch is the default language.
type Text = { nl: string; en: string };

const MESSAGES: Record<string, Text> = {
  invalid_input: { nl: 'De invoer is niet geldig.', en: 'The input is not valid.' },
  invalid_json: { nl: 'De aanvraag is geen geldige JSON.', en: 'The request body is not valid JSON.' },
  body_too_large: { nl: 'De aanvraag is te groot.', en: 'The request body is too large.' },
  uri_too_long: { nl: 'Een deel van het adres is te lang.', en: 'A part of the address is too long.' },
  invalid_url: { nl: 'Het adres is niet geldig.', en: 'The address is not valid.' },
  unsupported_media_type: { nl: 'Dit inhoudstype wordt niet ondersteund.', en: 'This content type is not supported.' },
  invalid_value: { nl: 'Een waarde is niet geldig.', en: 'A value is not valid.' },
  constraint_violation: { nl: 'De invoer voldoet niet aan een regel.', en: 'The input breaks a rule.' },
  unknown_reference: { nl: 'Een verwijzing naar een onbekend gegeven.', en: 'A reference to an unknown record.' },
  unauthenticated: { nl: 'Log eerst in.', en: 'Log in first.' },
  invalid_credentials: { nl: 'Gebruikersnaam of wachtwoord klopt niet.', en: 'Username or password is incorrect.' },
  invalid_totp: { nl: 'De code klopt niet of is al gebruikt.', en: 'The code is incorrect or was already used.' },
  totp_pending: { nl: 'Voer eerst de code van de tweede stap in.', en: 'Enter the second-factor code first.' },
  totp_not_started: {
    nl: 'Start eerst het instellen van tweestapsverificatie.',
    en: 'Start setting up two-factor authentication first.',
  },
  totp_required_by_role: {
    nl: 'Tweestapsverificatie is verplicht voor jouw rol.',
    en: 'Two-factor authentication is required for your role.',
  },
  account_locked: {
    nl: 'Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen.',
    en: 'This account is temporarily locked after too many failed attempts.',
  },
  csrf_failed: {
    nl: 'De beveiligingscontrole van het formulier is mislukt. Laad de pagina opnieuw.',
    en: 'The form security check failed. Reload the page.',
  },
  forbidden: { nl: 'Je hebt geen toegang tot deze gegevens.', en: 'You do not have access to this data.' },
  not_found: { nl: 'Niet gevonden.', en: 'Not found.' },
  route_not_found: { nl: 'Deze API-route bestaat niet.', en: 'This API route does not exist.' },
  already_exists: { nl: 'Dit bestaat al.', en: 'This already exists.' },
  conflict: { nl: 'Dit botst met de huidige stand van zaken.', en: 'This conflicts with the current state.' },
  stale_version: {
    nl: 'Iemand anders heeft dit intussen gewijzigd. Laad opnieuw en probeer het nog eens.',
    en: 'Someone else changed this in the meantime. Reload and try again.',
  },
  concurrent_update: {
    nl: 'Iemand anders wijzigde dit tegelijk. Probeer het opnieuw.',
    en: 'Someone else changed this at the same time. Try again.',
  },
  weak_password: {
    nl: 'Het wachtwoord moet minstens 12 tekens hebben.',
    en: 'The password must have at least 12 characters.',
  },
  agb_required: {
    nl: 'Een zorgaanbieder heeft een AGB-code van 8 cijfers.',
    en: 'A care provider needs an 8-digit AGB code.',
  },
  agb_not_allowed: { nl: 'Alleen zorgaanbieders hebben een AGB-code.', en: 'Only care providers have an AGB code.' },
  postcode_outside_municipality: {
    nl: 'De postcode ligt in een andere gemeente.',
    en: 'The postcode lies in another municipality.',
  },
  neighbourhood_outside_municipality: {
    nl: 'Een buurt ligt niet in de gekozen gemeente.',
    en: 'A neighbourhood is not in the chosen municipality.',
  },
  last_admin: {
    nl: 'Er moet minstens één actieve beheerder blijven.',
    en: 'At least one active administrator must remain.',
  },
  possible_duplicate: {
    nl: 'Mogelijk is dit gezinslid al bekend bij een team. Neem contact op met de regisseur van dat team, of bevestig dat het iemand anders is.',
    en: "This family member may already be known to a team. Contact that team's regisseur, or confirm that this is someone else.",
  },
  duplicate_bsn_in_request: { nl: 'Hetzelfde BSN is twee keer ingevuld.', en: 'The same BSN is given twice.' },
  bsn_already_in_family: {
    nl: 'Dit BSN staat al bij een lid van dit gezin.',
    en: 'This BSN is already recorded for a member of this family.',
  },
  bsn_not_recorded: { nl: 'Van deze persoon is geen BSN vastgelegd.', en: 'No BSN is recorded for this person.' },
  family_not_found: { nl: 'Dit gezin bestaat niet.', en: 'No such family.' },
  person_not_found: { nl: 'Deze persoon hoort niet bij dit gezin.', en: 'No such person in this family.' },
  trajectory_not_found: { nl: 'Dit traject bestaat niet.', en: 'No such trajectory.' },
  trajectory_still_open: {
    nl: 'Dit gezin heeft nog een open traject. Sluit dat eerst af voordat je een nieuw traject opent.',
    en: 'This family still has an open trajectory. Close it before opening a new one.',
  },
  not_team_member: {
    nl: 'Deze collega is geen actief lid van het team.',
    en: 'This colleague is not an active member of the team.',
  },
  status_not_allowed: { nl: 'Deze statusovergang is niet toegestaan.', en: 'This status change is not allowed.' },
  already_regisseur: { nl: 'Deze collega is al de regisseur.', en: 'This colleague is already the regisseur.' },
  consent_giver_not_in_family: {
    nl: 'Toestemming kan alleen gegeven worden door leden van dit huishouden.',
    en: 'Consent can only be given by members of this household.',
  },
  meeting_not_found: {
    nl: 'Dit gezin heeft geen tafelgesprek met dit kenmerk.',
    en: 'This family has no such meeting.',
  },
  participant_not_found: {
    nl: 'Deze deelnemer hoort niet bij dit tafelgesprek.',
    en: 'This meeting has no such participant.',
  },
  unknown_concern: {
    nl: 'Deze gedeelde zorg bestaat niet in dit tafelgesprek. Geef een omschrijving om hem toe te voegen.',
    en: 'This shared concern does not exist in this meeting. Give it a label to add it.',
  },
  unknown_timeline_kind: { nl: 'Onbekend soort gebeurtenis voor de tijdlijn.', en: 'Unknown kind of timeline event.' },
  meeting_confirmed: {
    nl: 'De top-3 van dit tafelgesprek is al vastgesteld en kan niet meer worden gewijzigd.',
    en: 'The top-3 of this meeting is confirmed and can no longer be changed.',
  },
  no_concerns_ranked: {
    nl: 'Nog niemand heeft zorgen genoemd. Voeg eerst deelnemers met hun zorgen toe.',
    en: 'No participant has ranked a concern yet. Add participants with their concerns first.',
  },
  reason_required: {
    nl: 'De volgorde wijkt af van de berekende top-3. Schrijf op waarom de tafel dat zo besluit.',
    en: 'The order differs from the computed top-3. Note why the table decides so.',
  },
  meeting_not_confirmed: {
    nl: 'Stel eerst samen met de tafel de top-3 vast.',
    en: 'Confirm the top-3 with the table first.',
  },
  meeting_taken_over: {
    nl: 'De uitkomst van dit tafelgesprek staat al in het gezinsplan.',
    en: "This meeting's result is already in the family plan.",
  },
  plan_version_not_found: {
    nl: 'Deze versie van het plan bestaat niet.',
    en: 'This version of the plan does not exist.',
  },
  plan_missing: { nl: 'Er is nog geen plan om mee in te stemmen.', en: 'There is no plan to agree to yet.' },
  unknown_goal: {
    nl: 'Een actie verwijst naar een doel dat niet in het plan staat.',
    en: 'An action points at a goal that is not in the plan.',
  },
  sign_off_in_future: {
    nl: 'Een akkoord kan niet in de toekomst gedateerd worden.',
    en: 'A sign-off cannot be dated in the future.',
  },
  // Editing people and withdrawing consent (families, migration 012).
  stale_person: {
    nl: 'Iemand anders heeft de gegevens van deze persoon intussen gewijzigd. Laad opnieuw en doe je wijziging nog eens.',
    en: 'Someone else changed this person in the meantime. Reload and make your change again.',
  },
  person_removed: {
    nl: 'Deze persoon hoort niet meer bij het gezin; de gegevens kunnen niet meer worden gewijzigd.',
    en: 'This person has left the family; their details can no longer be changed.',
  },
  last_household_member: {
    nl: 'Dit is het laatste lid van het huishouden. Een gezin zonder leden kan niet blijven bestaan: sluit dan het traject af.',
    en: 'This is the last member of the household: a family without members cannot remain. Close the trajectory instead.',
  },
  removed_before_birth: {
    nl: 'De datum van vertrek ligt voor de geboortedatum.',
    en: 'The day of leaving lies before the birth date.',
  },
  field_not_for_kind: {
    nl: 'Sommige gegevens worden voor dit soort persoon niet vastgelegd.',
    en: 'Some of these details are not recorded for this kind of person.',
  },
  consent_not_found: { nl: 'Deze toestemming hoort niet bij dit gezin.', en: 'No such consent for this family.' },
  consent_already_withdrawn: {
    nl: 'Deze toestemming is al ingetrokken.',
    en: 'This consent has already been withdrawn.',
  },
  withdrawn_before_given: {
    nl: 'Toestemming kan niet worden ingetrokken voor de dag waarop ze is gegeven.',
    en: 'A consent cannot be withdrawn before the day it was given.',
  },
  outside_area: {
    nl: 'Deze postcode ligt buiten jouw werkgebied als coördinator.',
    en: 'This postcode lies outside your area as coordinator.',
  },
  confirmation_invalid: {
    nl: 'Deze bevestigingslink werkt niet (meer): hij is onbekend, al gebruikt of verlopen.',
    en: 'This confirmation link is unknown, already used or expired.',
  },
  support_request_not_found: { nl: 'Deze aanvraag bestaat niet.', en: 'No such request.' },
  support_family_not_found: { nl: 'Dit steungezin bestaat niet.', en: 'No such support family.' },
  support_match_not_found: { nl: 'Deze koppeling bestaat niet.', en: 'No such match.' },
  support_request_not_open: {
    nl: 'Deze aanvraag wacht niet (meer) op een steungezin.',
    en: 'This request is not waiting for a support family.',
  },
  pair_not_eligible: {
    nl: 'Dit steungezin past niet (meer) bij deze aanvraag: screening, ruimte, afstand, steun, dagdelen of aantal kinderen.',
    en: 'This support family does not fit this request: screening, room, distance, support, days or number of children.',
  },
  match_transition_not_allowed: {
    nl: 'Deze stap kan nu niet in deze koppeling.',
    en: 'This step is not possible for this match now.',
  },
  match_precondition_missing: {
    nl: 'Voor deze stap ontbreekt nog iets.',
    en: 'Something is still missing for this step.',
  },
  support_family_vog_expired: {
    nl: 'De VOG van dit steungezin is verlopen. Leg eerst een nieuwe VOG vast.',
    en: "This support family's certificate of conduct (VOG) has expired. Record a new one first.",
  },
  support_match_ended: { nl: 'Deze koppeling is beëindigd.', en: 'This match has ended.' },
  reminder_done: { nl: 'Dit contactmoment is al afgevinkt.', en: 'This check-in was already done.' },
  support_kind_exists: {
    nl: 'Er is al een soort steun met deze code.',
    en: 'A kind of support with this code already exists.',
  },
  support_kind_not_found: { nl: 'Deze soort steun bestaat niet.', en: 'No such kind of support.' },
  not_a_coordinator: { nl: 'Deze gebruiker is geen coördinator.', en: 'This user is not a coordinator.' },
  signal_rejected: {
    nl: 'Dit signaal kan niet worden aangenomen. Kijk bij de velden wat er niet klopt.',
    en: 'This signal cannot be accepted. See the fields for what is wrong.',
  },
  signal_not_found: { nl: 'Dit signaal bestaat niet.', en: 'No such signal.' },
  signal_already_triaged: { nl: 'Dit signaal is al beoordeeld.', en: 'This signal has already been triaged.' },
  signal_closed: { nl: 'Dit signaal is afgesloten.', en: 'This signal is closed.' },
  outreach_not_chosen: {
    nl: 'Voor dit signaal is niet gekozen voor erop af gaan.',
    en: 'Outreach was not chosen for this signal.',
  },
  too_few_attempts: {
    nl: '"Niet bereikt" kan pas na minstens twee vastgelegde, vergeefse contactpogingen.',
    en: '"Not reached" needs at least two recorded, unsuccessful contact attempts.',
  },
  no_contact_recorded: { nl: 'Leg eerst de contactpogingen vast.', en: 'Record the contact attempts first.' },
  batch_not_found: { nl: 'Deze upload bestaat niet.', en: 'No such upload.' },
  csv_empty: { nl: 'Het bestand is leeg of heeft geen kopregel.', en: 'The file is empty or has no header line.' },
  csv_header_missing: {
    nl: 'De eerste regel moet de kolommen noemen; postcode en huisnummer zijn verplicht.',
    en: 'The first line must name the columns; postcode and house number are required.',
  },
  csv_malformed: {
    nl: 'Het bestand is geen geldig CSV-bestand (bijvoorbeeld een aanhalingsteken dat niet sluit).',
    en: 'The file is not valid CSV (for example a quote that is never closed).',
  },
  csv_too_many_rows: {
    nl: 'Een bestand mag hoogstens 100.000 regels hebben. Splits het bestand.',
    en: 'A file may have at most 100,000 rows. Split the file.',
  },
  csv_unsupported_encoding: {
    nl: 'Sla het bestand op als CSV in UTF-8 of Windows-1252, niet als UTF-16.',
    en: 'Save the file as UTF-8 or Windows-1252 CSV, not UTF-16.',
  },
  // Referral index (verwijsindex) and partner API keys.
  registration_not_born: { nl: 'De geboortedatum ligt in de toekomst.', en: 'The birth date lies in the future.' },
  registration_too_old: {
    nl: 'De verwijsindex is voor jongeren tot 23 jaar.',
    en: 'The referral index is for young people under 23.',
  },
  registration_ends_in_past: {
    nl: 'De einddatum moet in de toekomst liggen.',
    en: 'The removal date must lie in the future.',
  },
  registration_ends_too_late: {
    nl: 'De einddatum ligt hooguit twee jaar vooruit en niet na de 23e verjaardag.',
    en: 'The removal date may be at most two years away and not after the 23rd birthday.',
  },
  municipality_required: { nl: 'Kies de woongemeente.', en: 'Name the municipality of residence.' },
  unknown_municipality: { nl: 'Deze gemeente bestaat niet.', en: 'No such municipality.' },
  organisation_not_designated: {
    nl: 'Jouw organisatie is niet aangewezen om in de verwijsindex te melden.',
    en: 'Your organisation is not designated to register in the referral index.',
  },
  already_registered: {
    nl: 'Jouw organisatie heeft deze jongere al gemeld in de verwijsindex.',
    en: 'Your organisation already has an active registration for this young person.',
  },
  already_informed: {
    nl: 'Het informeren is voor deze melding al vastgelegd.',
    en: 'Informing is already recorded for this registration.',
  },
  registration_not_found: { nl: 'Deze melding bestaat niet (meer).', en: 'No such registration.' },
  match_not_found: { nl: 'Deze match bestaat niet.', en: 'No such match.' },
  match_closed: { nl: 'Deze match is gesloten.', en: 'This match is closed.' },
  coordinator_not_eligible: {
    nl: 'Een matchcoördinator moet een actieve professional of teamleider zijn.',
    en: 'A match coordinator must be an active professional or team lead.',
  },
  organisation_not_found: { nl: 'Deze organisatie bestaat niet.', en: 'No such organisation.' },
  api_key_invalid: {
    nl: 'Een geldige API-sleutel is nodig (Authorization: Bearer kt_…).',
    en: 'A valid partner API key is required (Authorization: Bearer kt_…).',
  },
  api_key_revoked: { nl: 'Deze API-sleutel is ingetrokken.', en: 'This partner API key has been revoked.' },
  api_key_scope: {
    nl: 'Deze API-sleutel geeft geen toegang tot deze functie.',
    en: 'This API key lacks the scope for this call.',
  },
  api_key_not_found: { nl: 'Deze API-sleutel bestaat niet.', en: 'No such API key.' },
  rate_limited: {
    nl: 'Te veel verzoeken. Wacht even en probeer het opnieuw.',
    en: 'Too many requests. Wait a moment and try again.',
  },
  timeout: { nl: 'De database reageerde te traag.', en: 'The database took too long to answer.' },
  internal_error: { nl: 'Er ging iets mis aan onze kant.', en: 'Something went wrong on our side.' },
};

export function messagesFor(code: string, fallbackEn: string): Text {
  return MESSAGES[code] ?? { nl: 'Het verzoek kon niet worden verwerkt.', en: fallbackEn };
}
