import { useTranslation } from 'react-i18next';
import { ENTRY_POINTS, useColleagues, type EntryPoint, type NewTrajectory } from '../../api/families';
import { CheckboxGroup } from '../../components/form/checkbox-group';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { today } from '../../clock';

/** The trajectory part of registering a family, also used to open a new trajectory for a family that comes back. */
export interface TrajectoryDraft {
  entryPoint: EntryPoint | '';
  firstContactOn: string;
  regisseurId: string;
  memberIds: string[];
}

export const emptyTrajectory = (): TrajectoryDraft => ({
  entryPoint: '',
  firstContactOn: today(),
  regisseurId: '',
  memberIds: [],
});

/** null until an entry point is chosen. The opener is regisseur unless a colleague is chosen, and never listed as member (the server adds them). */
export function toNewTrajectory(draft: TrajectoryDraft, meId: string): NewTrajectory | null {
  if (!draft.entryPoint) return null;
  const regisseur = draft.regisseurId || meId;
  const memberIds = draft.memberIds.filter((id) => id !== regisseur);
  return {
    entryPoint: draft.entryPoint,
    firstContactOn: draft.firstContactOn,
    ...(draft.regisseurId && draft.regisseurId !== meId ? { regisseurId: draft.regisseurId } : {}),
    ...(memberIds.length > 0 ? { memberIds } : {}),
  };
}

interface Props {
  teamId: string;
  meId: string;
  value: TrajectoryDraft;
  onChange: (next: TrajectoryDraft) => void;
  fieldError: (path: string) => string | undefined;
  /** Where the server reports this part's field errors: 'trajectory.' at registration, '' when opening a new trajectory. */
  errorPrefix: string;
  /** The id of each field's input (from `useFormErrors`), so the error summary can link to it. */
  fieldId?: (path: string) => string;
}

/** Entry point, first contact, one regisseur and colleagues of the team, each with their organisation ("two business cards"). */
export function TrajectoryFields({ teamId, meId, value, onChange, fieldError, errorPrefix, fieldId }: Props) {
  const { t } = useTranslation();
  const colleagues = useColleagues(teamId);
  const set = (patch: Partial<TrajectoryDraft>) => onChange({ ...value, ...patch });
  const others = (colleagues.data?.items ?? []).filter((c) => c.userId !== meId);
  const memberOptions = others
    .filter((c) => c.userId !== value.regisseurId)
    .map((c) => ({ value: c.userId, label: `${c.displayName} (${c.organisationName})` }));
  return (
    <>
      <SelectField
        label={t('families.new.entryPoint')}
        value={value.entryPoint}
        emptyOption={t('common.choose')}
        required
        options={ENTRY_POINTS.map((e) => ({ value: e, label: t(`families.entryPoints.${e}`) }))}
        onValueChange={(v) => set({ entryPoint: ENTRY_POINTS.find((e) => e === v) ?? '' })}
        error={fieldError(`${errorPrefix}entryPoint`)}
        id={fieldId?.(`${errorPrefix}entryPoint`)}
      />
      <TextField
        label={t('families.new.firstContactOn')}
        type="date"
        value={value.firstContactOn}
        onValueChange={(v) => set({ firstContactOn: v })}
        required
        error={fieldError(`${errorPrefix}firstContactOn`)}
        id={fieldId?.(`${errorPrefix}firstContactOn`)}
      />
      <SelectField
        label={t('families.new.regisseur')}
        description={t('families.new.regisseurDescription')}
        value={value.regisseurId || meId}
        onValueChange={(v) => set({ regisseurId: v })}
        options={[
          { value: meId, label: t('families.new.me') },
          ...others.map((c) => ({ value: c.userId, label: `${c.displayName} (${c.organisationName})` })),
        ]}
        error={fieldError(`${errorPrefix}regisseurId`)}
        id={fieldId?.(`${errorPrefix}regisseurId`)}
      />
      {memberOptions.length > 0 ? (
        <CheckboxGroup
          legend={t('families.newTeam.legend')}
          description={t('families.newTeam.description')}
          selected={value.memberIds}
          onSelectedChange={(memberIds) => set({ memberIds })}
          error={fieldError(`${errorPrefix}memberIds`)}
          id={fieldId?.(`${errorPrefix}memberIds`)}
          options={memberOptions}
        />
      ) : null}
    </>
  );
}
