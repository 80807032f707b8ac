import {
  Alert,
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../api/auth';
import {
  NETWORK_RELATIONS,
  useCreateFamily,
  type NetworkRelation,
  type NewFamily,
  type NewPerson,
} from '../../api/families';
import { isApiError } from '../../api/problem';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { PageHeading } from '../../components/page-heading';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { useMunicipalityOptions } from '../admin/options';
import { MemberFields, emptyMember, type MemberDraft } from './member-fields';
import { emptyTrajectory, toNewTrajectory, TrajectoryFields, type TrajectoryDraft } from './trajectory-fields';

interface NetworkDraft {
  givenName: string;
  familyName: string;
  relation: NetworkRelation | '';
}

function toPerson(m: MemberDraft): NewPerson {
  return {
    kind: m.kind,
    givenName: m.givenName.trim(),
    familyName: m.familyName.trim(),
    ...(m.birthDate ? { birthDate: m.birthDate } : {}),
    ...(m.bsn.trim() ? { bsn: m.bsn.trim() } : {}),
    ...(m.kind === 'parent'
      ? {
          hasAuthority: m.hasAuthority === 'yes',
          ...(m.authorityNote.trim() ? { authorityNote: m.authorityNote.trim() } : {}),
        }
      : {}),
  };
}

/** The registration's fields: labels for the error summary, and own texts where "what to do" is specific. */
function useSpecs(): FieldSpecs {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      teamId: { label: t('families.new.team') },
      postcode: { label: t('families.new.postcode'), messages: { required: t('families.new.errors.postcode') } },
      houseNumber: { label: t('families.new.houseNumber') },
      municipalityCode: {
        label: t('families.new.municipality'),
        messages: { required: t('families.new.errors.municipality') },
      },
      neighbourhoodCode: { label: t('families.new.neighbourhood') },
      'members.*.givenName': { label: t('families.new.givenName') },
      'members.*.familyName': { label: t('families.new.familyName') },
      'members.*.birthDate': {
        label: t('families.new.birthDate'),
        messages: { required: t('families.new.errors.birthDate') },
      },
      'members.*.hasAuthority': {
        label: t('families.people.authorityQuestion'),
        messages: { required: t('families.people.authorityRequired') },
      },
      'members.*.bsn': {
        label: t('families.new.bsn'),
        messages: { invalid_format: t('families.new.errors.bsnFormat') },
      },
      'trajectory.entryPoint': {
        label: t('families.new.entryPoint'),
        messages: { invalid_enum: t('families.new.errors.entryPoint') },
      },
      'trajectory.firstContactOn': { label: t('families.new.firstContactOn') },
      'trajectory.regisseurId': { label: t('families.new.regisseur') },
      'trajectory.memberIds': { label: t('families.newTeam.legend') },
    }),
    [t],
  );
}

export function FamilyNewPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const create = useCreateFamily();
  const municipalities = useMunicipalityOptions();
  const [teamId, setTeamId] = useState(me.teams[0]?.id ?? '');
  const [postcode, setPostcode] = useState('');
  const [houseNumber, setHouseNumber] = useState('');
  const [municipalityCode, setMunicipalityCode] = useState('');
  const [neighbourhoodCode, setNeighbourhoodCode] = useState('');
  const [members, setMembers] = useState<MemberDraft[]>([emptyMember('parent'), emptyMember('child')]);
  const [network, setNetwork] = useState<NetworkDraft[]>([]);
  const [trajectory, setTrajectory] = useState<TrajectoryDraft>(emptyTrajectory);
  const form = useFormErrors(useSpecs(), create.error);
  const fieldError = form.error;
  const fieldId = (path: string) => form.field(path).id;
  const duplicate = isApiError(create.error, 'possible_duplicate') ? (create.error.problem.errors ?? []) : null;
  const neighbourhoods = municipalities.municipalities.find((m) => m.code === municipalityCode)?.neighbourhoods ?? [];

  const body = (confirmDuplicate: boolean): NewFamily | null => {
    const newTrajectory = toNewTrajectory(trajectory, me.id);
    if (!newTrajectory) return null;
    return {
      teamId,
      postcode,
      houseNumber,
      municipalityCode,
      ...(neighbourhoodCode ? { neighbourhoodCode } : {}),
      members: members.map(toPerson),
      network: network
        .filter((n) => n.relation !== '')
        .map((n) => ({
          givenName: n.givenName.trim(),
          familyName: n.familyName.trim(),
          relation: n.relation as NetworkRelation,
        })),
      trajectory: newTrajectory,
      ...(confirmDuplicate ? { confirmDuplicate: true } : {}),
    };
  };
  const send = (confirmDuplicate: boolean) => {
    const valid = form.check([
      issue(!teamId, 'teamId'),
      issue(!postcode.trim(), 'postcode'),
      issue(!houseNumber.trim(), 'houseNumber'),
      issue(!municipalityCode, 'municipalityCode'),
      ...members.flatMap((m, i) => [
        issue(!m.givenName.trim(), `members.${i}.givenName`),
        issue(!m.familyName.trim(), `members.${i}.familyName`),
        issue(m.kind === 'child' && !m.birthDate, `members.${i}.birthDate`),
        issue(m.kind === 'parent' && m.hasAuthority === '', `members.${i}.hasAuthority`),
        issue(Boolean(m.bsn.trim()) && !/^\d{9}$/.test(m.bsn.trim()), `members.${i}.bsn`, 'invalid_format'),
      ]),
      issue(!trajectory.entryPoint, 'trajectory.entryPoint', 'invalid_enum'),
      issue(!trajectory.firstContactOn, 'trajectory.firstContactOn'),
    ]);
    const payload = valid ? body(confirmDuplicate) : null;
    if (!payload) return;
    create.mutate(payload, { onSuccess: (family) => void navigate(`/families/${family.id}`) });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send(false);
  };
  const memberName = (path: string) => {
    const index = Number(path.split('.')[1]);
    const m = members[index];
    return m ? `${m.givenName} ${m.familyName}` : path;
  };

  return (
    <>
      <PageHeading>{t('families.new.title')}</PageHeading>
      <form onSubmit={submit} noValidate>
        {duplicate ? (
          <Alert type="warning" role="alert" className="kt-alert" data-testid="duplicate-warning">
            <Heading2>{t('families.new.duplicateTitle')}</Heading2>
            <Paragraph>{t('families.new.duplicateIntro')}</Paragraph>
            <UnorderedList>
              {duplicate.map((d) => (
                <UnorderedListItem key={d.path}>
                  {d.message
                    ? t('families.new.duplicateMember', { name: memberName(d.path), team: d.message })
                    : t('families.new.duplicateNoTeam', { name: memberName(d.path) })}
                </UnorderedListItem>
              ))}
            </UnorderedList>
            <Button
              type="button"
              appearance="secondary-action-button"
              onClick={() => send(true)}
              disabled={create.isPending}
            >
              {t('families.new.confirmDuplicate')}
            </Button>
          </Alert>
        ) : (
          <>
            <ErrorSummary form={form} />
            <ProblemAlert error={form.otherError} />
          </>
        )}
        <SelectField
          label={t('families.new.team')}
          description={t('families.new.teamDescription')}
          value={teamId}
          onValueChange={(v) => {
            setTeamId(v);
            setTrajectory({ ...trajectory, regisseurId: '', memberIds: [] });
          }}
          options={me.teams.map((team) => ({ value: team.id, label: team.name }))}
          error={fieldError('teamId')}
          id={fieldId('teamId')}
          required
        />
        <Fieldset>
          <FieldsetLegend>{t('families.new.address')}</FieldsetLegend>
          <TextField
            label={t('families.new.postcode')}
            value={postcode}
            onValueChange={setPostcode}
            autoComplete="off"
            error={fieldError('postcode')}
            id={fieldId('postcode')}
            required
          />
          <TextField
            label={t('families.new.houseNumber')}
            value={houseNumber}
            onValueChange={setHouseNumber}
            autoComplete="off"
            error={fieldError('houseNumber')}
            id={fieldId('houseNumber')}
            required
          />
          <SelectField
            label={t('families.new.municipality')}
            value={municipalityCode}
            onValueChange={(v) => {
              setMunicipalityCode(v);
              setNeighbourhoodCode('');
            }}
            emptyOption={t('common.choose')}
            options={municipalities.options}
            error={fieldError('municipalityCode')}
            id={fieldId('municipalityCode')}
            required
          />
          {neighbourhoods.length > 0 ? (
            <SelectField
              label={t('families.new.neighbourhood')}
              value={neighbourhoodCode}
              onValueChange={setNeighbourhoodCode}
              emptyOption={t('common.choose')}
              options={neighbourhoods.map((n) => ({ value: n.code, label: `${n.name} (${n.districtName})` }))}
            />
          ) : null}
        </Fieldset>
        <Fieldset>
          <FieldsetLegend>{t('families.new.members')}</FieldsetLegend>
          {members.map((member, i) => (
            <MemberFields
              key={i}
              index={i}
              member={member}
              error={fieldError}
              fieldId={fieldId}
              onChange={(next) => setMembers(members.map((m, j) => (j === i ? next : m)))}
              onRemove={members.length > 1 ? () => setMembers(members.filter((_, j) => j !== i)) : undefined}
            />
          ))}
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={() => setMembers([...members, emptyMember('child')])}
          >
            {t('families.new.addMember')}
          </Button>
        </Fieldset>
        <Fieldset>
          <FieldsetLegend>{t('families.new.network')}</FieldsetLegend>
          <Paragraph>{t('families.new.networkIntro')}</Paragraph>
          {network.map((n, i) => (
            <Fieldset key={i}>
              <FieldsetLegend>{t('families.new.networkMember', { n: i + 1 })}</FieldsetLegend>
              <TextField
                label={t('families.new.givenName')}
                value={n.givenName}
                onValueChange={(v) => setNetwork(network.map((x, j) => (j === i ? { ...x, givenName: v } : x)))}
                required
              />
              <TextField
                label={t('families.new.familyName')}
                value={n.familyName}
                onValueChange={(v) => setNetwork(network.map((x, j) => (j === i ? { ...x, familyName: v } : x)))}
                required
              />
              <SelectField
                label={t('families.new.relation')}
                value={n.relation}
                emptyOption={t('common.choose')}
                required
                options={NETWORK_RELATIONS.map((r) => ({ value: r, label: t(`families.relations.${r}`) }))}
                onValueChange={(v) =>
                  setNetwork(
                    network.map((x, j) =>
                      j === i ? { ...x, relation: NETWORK_RELATIONS.find((r) => r === v) ?? '' } : x,
                    ),
                  )
                }
              />
              <Button
                type="button"
                appearance="subtle-button"
                onClick={() => setNetwork(network.filter((_, j) => j !== i))}
              >
                {t('families.new.removeNetwork', { n: i + 1 })}
              </Button>
            </Fieldset>
          ))}
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={() => setNetwork([...network, { givenName: '', familyName: '', relation: '' }])}
          >
            {t('families.new.addNetwork')}
          </Button>
        </Fieldset>
        <Fieldset>
          <FieldsetLegend>{t('families.new.trajectory')}</FieldsetLegend>
          <TrajectoryFields
            teamId={teamId}
            meId={me.id}
            value={trajectory}
            onChange={setTrajectory}
            fieldError={fieldError}
            errorPrefix="trajectory."
            fieldId={fieldId}
          />
        </Fieldset>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={create.isPending} disabled={create.isPending}>
            {t('families.new.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
