import {
  Button,
  Heading2,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { MEETING_KINDS, useCreateMeeting, useMeetings, type MeetingKind } from '../../api/meetings';
import { AppLink } from '../../components/app-link';
import { DataTable } from '../../components/data-table';
import { ErrorSummary } from '../../components/form/error-summary';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { useFormat } from '../../i18n/format';
import { today } from '../../clock';

export function MeetingsPage() {
  const { t } = useTranslation();
  const { familyId = '' } = useParams();
  const meetings = useMeetings(familyId);
  const format = useFormat();
  return (
    <>
      <PageHeading>{t('meetings.listTitle')}</PageHeading>
      <Paragraph>{t('meetings.intro')}</Paragraph>
      <Paragraph>
        <AppLink to={`/families/${familyId}/plan`}>{t('meetings.toPlan')}</AppLink>
      </Paragraph>
      <QueryView query={meetings}>
        {(data) => (
          <>
            {data.items.length === 0 ? (
              <Paragraph>{t('meetings.none')}</Paragraph>
            ) : (
              <DataTable caption={t('meetings.tableCaption')}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('meetings.heldOn')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('meetings.kind')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('meetings.participantCount')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('meetings.status')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {data.items.map((m) => (
                    <TableRow key={m.id}>
                      <TableCell>
                        <AppLink to={`/families/${familyId}/meetings/${m.id}`}>{format.date(m.heldOn)}</AppLink>
                      </TableCell>
                      <TableCell>{t(`meetings.kinds.${m.kind}`)}</TableCell>
                      <TableCell>{m.participantCount}</TableCell>
                      <TableCell>
                        {m.planVersion !== null
                          ? t('meetings.inPlan', { version: m.planVersion })
                          : m.confirmed
                            ? t('meetings.confirmedStatus')
                            : t('meetings.openStatus')}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </DataTable>
            )}
            {data.abilities.edit ? <NewMeetingForm familyId={familyId} /> : null}
          </>
        )}
      </QueryView>
    </>
  );
}

function NewMeetingForm({ familyId }: { familyId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateMeeting(familyId);
  const [kind, setKind] = useState<MeetingKind>('top3');
  const [heldOn, setHeldOn] = useState(today);
  const [location, setLocation] = useState('');
  const specs = useMemo(
    () => ({
      kind: { label: t('meetings.kind') },
      heldOn: {
        label: t('meetings.heldOn'),
        messages: { required: t('meetings.heldOnRequired'), invalid_format: t('meetings.heldOnRequired') },
      },
      location: { label: t('meetings.location') },
    }),
    [t],
  );
  const form = useFormErrors(specs, create.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check([issue(!heldOn, 'heldOn')])) return;
    create.mutate(
      { kind, heldOn, ...(location.trim() ? { location: location.trim() } : {}) },
      { onSuccess: (m) => void navigate(`/families/${familyId}/meetings/${m.id}`) },
    );
  };
  return (
    <section className="kt-section" aria-labelledby="new-meeting">
      <Heading2 id="new-meeting">{t('meetings.newTitle')}</Heading2>
      <form onSubmit={submit} noValidate className="kt-narrow">
        <ErrorSummary form={form} />
        <ProblemAlert error={form.otherError} />
        <SelectField
          label={t('meetings.kind')}
          value={kind}
          onValueChange={(v) => setKind(MEETING_KINDS.find((k) => k === v) ?? 'top3')}
          options={MEETING_KINDS.map((k) => ({ value: k, label: t(`meetings.kinds.${k}`) }))}
          {...form.field('kind')}
        />
        <TextField
          label={t('meetings.heldOn')}
          type="date"
          value={heldOn}
          onValueChange={setHeldOn}
          {...form.field('heldOn')}
          required
        />
        <TextField
          label={t('meetings.location')}
          description={t('meetings.locationDescription')}
          value={location}
          onValueChange={setLocation}
          {...form.field('location')}
        />
        <Button type="submit" appearance="primary-action-button" busy={create.isPending} disabled={create.isPending}>
          {t('meetings.create')}
        </Button>
      </form>
    </section>
  );
}
