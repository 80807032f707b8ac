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
import {
  NETWORK_RELATIONS,
  useAddNetworkMember,
  useRevealBsn,
  type Dossier,
  type NetworkRelation,
  type Person,
} from '../../api/families';
import { DataTable } from '../../components/data-table';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';
import { AddHouseholdMemberForm } from './person-add-form';
import { PersonEditor } from './person-editor';

/** Which person's editor is open (one at a time), and the button that opens it in a table row. */
function useEditing(people: Person[]) {
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = people.find((p) => p.id === editingId) ?? null;
  return { editing, open: (id: string) => setEditingId(id), close: () => setEditingId(null) };
}

function EditButton({ person, onClick }: { person: Person; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button
      type="button"
      appearance="subtle-button"
      onClick={onClick}
      aria-label={t('families.people.editButtonFor', { name: `${person.givenName} ${person.familyName}` })}
    >
      {t('families.people.editButton')}
    </Button>
  );
}

export function MembersSection({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { editing, open, close } = useEditing(dossier.members);
  const canEdit = dossier.abilities.edit;
  return (
    <section aria-labelledby="members-heading" className="kt-section">
      <Heading2 id="members-heading">{t('families.dossier.membersTitle')}</Heading2>
      <DataTable
        caption={t('families.dossier.membersCaption', { reference: dossier.reference })}
        testId="members-table"
        wide
      >
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('families.dossier.name')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('families.dossier.kind')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('families.dossier.birthDate')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('families.dossier.authority')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('families.dossier.bsn')}</TableHeaderCell>
            {canEdit ? <TableHeaderCell scope="col">{t('families.people.actions')}</TableHeaderCell> : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {dossier.members.map((p) => (
            <TableRow key={p.id}>
              <TableHeaderCell scope="row">
                {p.givenName} {p.familyName}
              </TableHeaderCell>
              <TableCell>{t(`families.kinds.${p.kind}`)}</TableCell>
              <TableCell>
                {p.birthDate ? t('families.dossier.age', { date: format.date(p.birthDate), age: p.age ?? '' }) : ''}
              </TableCell>
              <TableCell>
                {p.kind === 'parent'
                  ? `${p.hasAuthority ? t('families.dossier.yes') : t('families.dossier.no')}${p.authorityNote ? ` – ${p.authorityNote}` : ''}`
                  : ''}
              </TableCell>
              <TableCell>
                <BsnCell familyId={dossier.id} person={p} />
              </TableCell>
              {canEdit ? (
                <TableCell>
                  <EditButton person={p} onClick={() => open(p.id)} />
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </DataTable>
      {canEdit && editing ? (
        <PersonEditor key={editing.id} familyId={dossier.id} person={editing} onClose={close} />
      ) : null}
      {canEdit ? (
        <details>
          <summary>{t('families.people.addMemberTitle')}</summary>
          <AddHouseholdMemberForm familyId={dossier.id} familyName={dossier.members[0]?.familyName ?? ''} />
        </details>
      ) : null}
    </section>
  );
}

/** People who left the household or network: kept with their history, shown apart. */
export function FormerMembersSection({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (dossier.formerMembers.length === 0) return null;
  return (
    <section aria-labelledby="former-heading" className="kt-section">
      <Heading2 id="former-heading">{t('families.people.formerTitle')}</Heading2>
      <DataTable
        caption={t('families.people.formerCaption', { reference: dossier.reference })}
        testId="former-members-table"
      >
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('families.dossier.name')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('families.dossier.kind')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('families.people.removedOnColumn')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('families.people.removedReasonColumn')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {dossier.formerMembers.map((p) => (
            <TableRow key={p.id}>
              <TableHeaderCell scope="row">
                {p.givenName} {p.familyName}
              </TableHeaderCell>
              <TableCell>
                {p.kind === 'network' && p.networkRelation
                  ? `${t('families.kinds.network')}: ${t(`families.relations.${p.networkRelation}`)}`
                  : t(`families.kinds.${p.kind}`)}
              </TableCell>
              <TableCell>{p.removedOn ? format.date(p.removedOn) : ''}</TableCell>
              <TableCell>{p.removedReason ?? ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </DataTable>
    </section>
  );
}

/** Masked by default; "toon BSN" asks the server for the full number (an audited read) and shows it here only. */
function BsnCell({ familyId, person }: { familyId: string; person: Person }) {
  const { t } = useTranslation();
  const reveal = useRevealBsn(familyId);
  if (!person.bsnMasked) return null;
  const name = `${person.givenName} ${person.familyName}`;
  if (reveal.data)
    return <span aria-label={t('families.dossier.bsnShown', { name, bsn: reveal.data.bsn })}>{reveal.data.bsn}</span>;
  return (
    <>
      <span>{person.bsnMasked}</span>{' '}
      <Button
        type="button"
        appearance="subtle-button"
        onClick={() => reveal.mutate(person.id)}
        busy={reveal.isPending}
        aria-label={t('families.dossier.showBsn', { name })}
      >
        {t('families.dossier.showBsnButton')}
      </Button>
      <ProblemAlert error={reveal.error} />
    </>
  );
}

export function NetworkSection({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const add = useAddNetworkMember(dossier.id);
  const { editing, open, close } = useEditing(dossier.network);
  const canEdit = dossier.abilities.edit;
  const [givenName, setGivenName] = useState('');
  const [familyName, setFamilyName] = useState('');
  const [relation, setRelation] = useState<NetworkRelation | ''>('');
  const specs: FieldSpecs = useMemo(() => {
    const given = t('families.dossier.errors.networkGivenName');
    const family = t('families.dossier.errors.networkFamilyName');
    const relationText = t('families.dossier.errors.relation');
    return {
      givenName: { label: t('families.new.givenName'), messages: { required: given, too_small: given } },
      familyName: { label: t('families.new.familyName'), messages: { required: family, too_small: family } },
      relation: { label: t('families.new.relation'), messages: { required: relationText, invalid_enum: relationText } },
    };
  }, [t]);
  const form = useFormErrors(specs, add.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ok = form.check([
      issue(!givenName.trim(), 'givenName'),
      issue(!familyName.trim(), 'familyName'),
      issue(!relation, 'relation'),
    ]);
    if (!ok || !relation) return;
    add.mutate(
      { givenName: givenName.trim(), familyName: familyName.trim(), relation },
      {
        onSuccess: () => {
          setGivenName('');
          setFamilyName('');
          setRelation('');
        },
      },
    );
  };
  return (
    <section aria-labelledby="network-heading" className="kt-section">
      <Heading2 id="network-heading">{t('families.dossier.networkTitle')}</Heading2>
      {dossier.network.length === 0 ? (
        <Paragraph>{t('families.dossier.networkEmpty')}</Paragraph>
      ) : (
        <DataTable
          caption={t('families.dossier.networkCaption', { reference: dossier.reference })}
          testId="network-table"
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('families.dossier.name')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('families.dossier.relation')}</TableHeaderCell>
              {canEdit ? <TableHeaderCell scope="col">{t('families.people.actions')}</TableHeaderCell> : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {dossier.network.map((p) => (
              <TableRow key={p.id}>
                <TableHeaderCell scope="row">
                  {p.givenName} {p.familyName}
                </TableHeaderCell>
                <TableCell>{p.networkRelation ? t(`families.relations.${p.networkRelation}`) : ''}</TableCell>
                {canEdit ? (
                  <TableCell>
                    <EditButton person={p} onClick={() => open(p.id)} />
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
      )}
      {canEdit && editing ? (
        <PersonEditor key={editing.id} familyId={dossier.id} person={editing} onClose={close} />
      ) : null}
      {canEdit ? (
        <details>
          <summary>{t('families.dossier.addNetwork')}</summary>
          <form onSubmit={submit} noValidate aria-label={t('families.dossier.addNetwork')}>
            <ErrorSummary form={form} />
            <ProblemAlert error={form.otherError} />
            <TextField
              label={t('families.new.givenName')}
              value={givenName}
              onValueChange={setGivenName}
              required
              {...form.field('givenName')}
            />
            <TextField
              label={t('families.new.familyName')}
              value={familyName}
              onValueChange={setFamilyName}
              required
              {...form.field('familyName')}
            />
            <SelectField
              label={t('families.new.relation')}
              value={relation}
              emptyOption={t('common.choose')}
              required
              options={NETWORK_RELATIONS.map((r) => ({ value: r, label: t(`families.relations.${r}`) }))}
              onValueChange={(v) => setRelation(NETWORK_RELATIONS.find((r) => r === v) ?? '')}
              {...form.field('relation')}
            />
            <Button type="submit" appearance="secondary-action-button" disabled={add.isPending}>
              {t('families.dossier.addNetwork')}
            </Button>
          </form>
        </details>
      ) : null}
    </section>
  );
}
