import { Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../api/auth';
import { useOpenTrajectory } from '../../api/families';
import { SelectField } from '../../components/form/select-field';
import { fieldErrorsOf, ProblemAlert } from '../../components/problem-alert';
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
  const fieldError = fieldErrorsOf(open.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
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
        <ProblemAlert
          error={open.error}
          fieldsShownInline={['teamId', 'entryPoint', 'firstContactOn', 'regisseurId', 'memberIds']}
        />
        <SelectField
          label={t('families.new.team')}
          description={t('families.new.teamDescription')}
          value={teamId}
          required
          error={fieldError('teamId')}
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
          fieldError={fieldError}
          errorPrefix=""
        />
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={open.isPending}
          disabled={open.isPending || !trajectory.entryPoint}
        >
          {t('families.reopen.submit')}
        </Button>
      </form>
    </>
  );
}
