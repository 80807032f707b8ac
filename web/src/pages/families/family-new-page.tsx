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
import { useState, type FormEvent } from 'react';
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
import { fieldErrorsOf, ProblemAlert } from '../../components/problem-alert';
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
      ? { hasAuthority: m.hasAuthority, ...(m.authorityNote.trim() ? { authorityNote: m.authorityNote.trim() } : {}) }
      : {}),
  };
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
  const fieldError = fieldErrorsOf(create.error);
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
    const payload = body(confirmDuplicate);
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
          <ProblemAlert
            error={create.error}
            fieldsShownInline={['postcode', 'houseNumber', 'municipalityCode', 'teamId', 'trajectory.memberIds']}
          />
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
            required
          />
          <TextField
            label={t('families.new.houseNumber')}
            value={houseNumber}
            onValueChange={setHouseNumber}
            autoComplete="off"
            error={fieldError('houseNumber')}
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
