import {
  Button,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAdminUsers } from '../../api/admin-users';
import { useCoordinators, useSetCoordinator } from '../../api/involvement';
import { DataTable } from '../../components/data-table';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { issue, useFormErrors, type ProblemFields } from '../../components/form/use-form-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { PageHeading } from '../../components/page-heading';
import { QueryView } from '../../components/query-view';

/** Per municipality the referral index's match coordinator (the regisseur of an open trajectory takes precedence). */
export function MatchCoordinatorsPage() {
  const { t } = useTranslation();
  const coordinators = useCoordinators();
  return (
    <>
      <PageHeading>{t('involvement.admin.coordinatorsTitle')}</PageHeading>
      <Paragraph>{t('involvement.admin.coordinatorsIntro')}</Paragraph>
      <AppointForm />
      <QueryView query={coordinators}>
        {(data) => (
          <DataTable
            caption={t('involvement.admin.coordinatorsCaption')}
            busy={coordinators.isFetching}
            testId="coordinators-table"
            stack
          >
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('involvement.admin.municipality')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('involvement.admin.coordinator')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.items.map((c) => (
                <TableRow key={c.municipalityCode}>
                  <TableHeaderCell scope="row">{c.municipalityName}</TableHeaderCell>
                  <TableCell>{c.user?.displayName ?? t('common.none')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </DataTable>
        )}
      </QueryView>
    </>
  );
}

/** An ineligible person is about the coordinator field, though the server names no field. */
const COORDINATOR_PROBLEMS: ProblemFields = { coordinator_not_eligible: 'userId' };

function AppointForm() {
  const { t } = useTranslation();
  const coordinators = useCoordinators();
  const set = useSetCoordinator();
  const [municipalityCode, setMunicipalityCode] = useState('');
  const [q, setQ] = useState('');
  const [userId, setUserId] = useState('');
  const users = useAdminUsers({ q: q.trim() }, { enabled: q.trim().length >= 2 });
  const candidates = (users.data?.items ?? []).filter(
    (u) => u.active && (u.roles.includes('professional') || u.roles.includes('team_lead')),
  );
  const specs: FieldSpecs = useMemo(() => {
    const coordinator = t('involvement.admin.errors.coordinator');
    return {
      municipalityCode: {
        label: t('involvement.admin.municipality'),
        messages: { required: t('involvement.admin.errors.municipality') },
      },
      userId: {
        label: t('involvement.admin.coordinator'),
        messages: { invalid_format: coordinator, coordinator_not_eligible: coordinator },
      },
    };
  }, [t]);
  const form = useFormErrors(specs, set.error, COORDINATOR_PROBLEMS);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.check([issue(!municipalityCode, 'municipalityCode')]))
      set.mutate({ municipalityCode, userId: userId || null });
  };
  return (
    <form onSubmit={submit} noValidate className="kt-section">
      {set.isSuccess ? <Paragraph role="status">{t('common.saved')}</Paragraph> : null}
      <ErrorSummary form={form} />
      <ProblemAlert error={form.otherError} />
      <SelectField
        label={t('involvement.admin.municipality')}
        value={municipalityCode}
        onValueChange={setMunicipalityCode}
        emptyOption={t('common.choose')}
        options={(coordinators.data?.items ?? []).map((c) => ({
          value: c.municipalityCode,
          label: c.municipalityName,
        }))}
        required
        {...form.field('municipalityCode')}
      />
      <TextField label={t('involvement.admin.findUser')} value={q} onValueChange={setQ} />
      <SelectField
        label={t('involvement.admin.coordinator')}
        description={t('involvement.admin.coordinatorDescription')}
        value={userId}
        onValueChange={setUserId}
        emptyOption={t('common.none')}
        options={candidates.map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }))}
        {...form.field('userId')}
      />
      <Button type="submit" appearance="primary-action-button" busy={set.isPending} disabled={set.isPending}>
        {t('common.saveChanges')}
      </Button>
    </form>
  );
}
