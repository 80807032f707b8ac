import { Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../api/auth';
import { useOpenTrajectory } from '../../api/families';
import { ErrorSummary } from '../../components/form/error-summary';
import { SelectField } from '../../components/form/select-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { emptyTrajectory, toNewTrajectory, TrajectoryFields, type TrajectoryDraft } from './trajectory-fields';

/**
 * A family whose trajectory was closed comes back: a new trajectory on the same dossier, so its
 * history stays. Offered only when the server says this user may (abilities.openTrajectory).
 */
export function ReopenTrajectory({ familyId }: { familyId: string }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const open = useOpenTrajectory(familyId);
  const formId = useId();
  const [shown, setShown] = useState(false);
  const [teamId, setTeamId] = useState(me.teams[0]?.id ?? '');
  const [trajectory, setTrajectory] = useState<TrajectoryDraft>(emptyTrajectory);
  const specs = useMemo(
    () => ({
      teamId: { label: t('families.new.team') },
      entryPoint: {
        label: t('families.new.entryPoint'),
        messages: { invalid_enum: t('families.new.errors.entryPoint'), required: t('families.new.errors.entryPoint') },
      },
      firstContactOn: { label: t('families.new.firstContactOn') },
      regisseurId: { label: t('families.new.regisseur') },
      memberIds: { label: t('families.newTeam.legend') },
    }),
    [t],
  );
  const form = useFormErrors(specs, open.error);
  const fieldId = (path: string) => form.field(path).id;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const valid = form.check([
      issue(!teamId, 'teamId'),
      issue(!trajectory.entryPoint, 'entryPoint', 'invalid_enum'),
      issue(!trajectory.firstContactOn, 'firstContactOn'),
    ]);
    if (!valid) return;
    const fields = toNewTrajectory(trajectory, me.id);
    if (fields) open.mutate({ teamId, ...fields });
  };
  if (me.teams.length === 0) return <Paragraph>{t('families.reopen.noTeam')}</Paragraph>;
  return (
    <>
      <ButtonGroup>
        <Button
          type="button"
          appearance={shown ? 'subtle-button' : 'primary-action-button'}
          aria-expanded={shown}
          aria-controls={formId}
          onClick={() => setShown(!shown)}
        >
          {t('families.reopen.button')}
        </Button>
      </ButtonGroup>
      <form id={formId} hidden={!shown} onSubmit={submit} noValidate aria-labelledby={`${formId}-heading`}>
        <Heading3 id={`${formId}-heading`}>{t('families.reopen.title')}</Heading3>
        <Paragraph>{t('families.reopen.intro')}</Paragraph>
        <ErrorSummary form={form} />
        <ProblemAlert error={form.otherError} />
        <SelectField
          label={t('families.new.team')}
          description={t('families.new.teamDescription')}
          value={teamId}
          required
          {...form.field('teamId')}
          onValueChange={(v) => {
            setTeamId(v);
            setTrajectory({ ...trajectory, regisseurId: '', memberIds: [] });
          }}
          options={me.teams.map((team) => ({ value: team.id, label: team.name }))}
        />
        <TrajectoryFields
          teamId={teamId}
          meId={me.id}
          value={trajectory}
          onChange={setTrajectory}
          fieldError={form.error}
          errorPrefix=""
          fieldId={fieldId}
        />
        <Button type="submit" appearance="primary-action-button" busy={open.isPending} disabled={open.isPending}>
          {t('families.reopen.submit')}
        </Button>
      </form>
    </>
  );
}
