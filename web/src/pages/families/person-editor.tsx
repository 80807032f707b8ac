import { Alert, Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  NETWORK_RELATIONS,
  useEditPerson,
  useRemovePerson,
  type NetworkRelation,
  type Person,
  type PersonEdit,
} from '../../api/families';
import { isApiError } from '../../api/problem';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { RadioGroup } from '../../components/form/radio-group';
import { SelectField } from '../../components/form/select-field';
import { TextareaField } from '../../components/form/textarea-field';
import { TextField } from '../../components/form/text-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { today } from '../../clock';

/** The person's fields with labels for the error summary, and own texts where "what to do" is specific. */
function usePersonSpecs(): FieldSpecs {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      givenName: { label: t('families.new.givenName') },
      familyName: { label: t('families.new.familyName') },
      birthDate: { label: t('families.new.birthDate'), messages: { required: t('families.new.errors.birthDate') } },
      bsn: { label: t('families.new.bsn'), messages: { invalid_format: t('families.new.errors.bsnFormat') } },
      hasAuthority: {
        label: t('families.people.authorityQuestion'),
        messages: { required: t('families.people.authorityRequired') },
      },
      authorityNote: { label: t('families.new.authorityNote') },
      relation: { label: t('families.new.relation') },
      removedOn: { label: t('families.people.removedOn') },
      reason: { label: t('families.people.removedReason') },
    }),
    [t],
  );
}

/**
 * Correcting one person's details, and recording that they left the family. Both send the version
 * the dossier showed: when someone else changed the person first, the server refuses and says so.
 */
export function PersonEditor({ familyId, person, onClose }: { familyId: string; person: Person; onClose: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const name = `${person.givenName} ${person.familyName}`;
  // Focus moves here when the editor opens, so keyboard and screen-reader users land on it.
  useEffect(() => {
    heading.current?.focus();
  }, [person.id]);
  return (
    <section className="kt-card kt-person-editor" aria-labelledby={`edit-${person.id}`} data-testid="person-editor">
      <Heading3 id={`edit-${person.id}`} ref={heading} tabIndex={-1}>
        {t('families.people.editTitle', { name })}
      </Heading3>
      <DetailsForm familyId={familyId} person={person} onSaved={onClose} />
      <RemovalForm familyId={familyId} person={person} onRemoved={onClose} />
      <Button appearance="subtle-button" onClick={onClose}>
        {t('families.people.close')}
      </Button>
    </section>
  );
}

function DetailsForm({ familyId, person, onSaved }: { familyId: string; person: Person; onSaved: () => void }) {
  const { t } = useTranslation();
  const edit = useEditPerson(familyId);
  const [givenName, setGivenName] = useState(person.givenName);
  const [familyName, setFamilyName] = useState(person.familyName);
  const [birthDate, setBirthDate] = useState(person.birthDate ?? '');
  const [bsn, setBsn] = useState('');
  // A yes/no question rather than a checkbox: gezag is a fact to record, and a parent recorded
  // without it (added later, or by the API) shows neither answer until someone chooses.
  const [authority, setAuthority] = useState<'yes' | 'no' | ''>(
    person.hasAuthority === true ? 'yes' : person.hasAuthority === false ? 'no' : '',
  );
  const hasAuthority = authority === 'yes';
  const [authorityNote, setAuthorityNote] = useState(person.authorityNote ?? '');
  const [relation, setRelation] = useState<NetworkRelation>(person.networkRelation ?? 'other');
  const [unchanged, setUnchanged] = useState(false);
  const duplicate = isApiError(edit.error, 'possible_duplicate');
  // A possible duplicate is not a field to correct: it keeps its own alert with the confirm button.
  const form = useFormErrors(usePersonSpecs(), duplicate ? undefined : edit.error);
  const network = person.kind === 'network';

  /** Only what changed goes to the server (and into the audit line as field names). */
  const changes = (): Omit<PersonEdit, 'version'> => ({
    ...(givenName.trim() !== person.givenName ? { givenName: givenName.trim() } : {}),
    ...(familyName.trim() !== person.familyName ? { familyName: familyName.trim() } : {}),
    ...(!network && birthDate !== (person.birthDate ?? '') ? { birthDate: birthDate || null } : {}),
    ...(!network && bsn.trim() ? { bsn: bsn.trim() } : {}),
    ...(person.kind === 'parent' && authority !== '' && hasAuthority !== person.hasAuthority ? { hasAuthority } : {}),
    ...(person.kind === 'parent' && authorityNote.trim() !== (person.authorityNote ?? '')
      ? { authorityNote: authorityNote.trim() || null }
      : {}),
    ...(network && relation !== person.networkRelation ? { relation } : {}),
  });
  const send = (confirmDuplicate: boolean) => {
    const valid = form.check([
      issue(!givenName.trim(), 'givenName'),
      issue(!familyName.trim(), 'familyName'),
      issue(person.kind === 'child' && !birthDate, 'birthDate'),
      issue(Boolean(bsn.trim()) && !/^\d{9}$/.test(bsn.trim()), 'bsn', 'invalid_format'),
      issue(person.kind === 'parent' && authority === '', 'hasAuthority'),
    ]);
    if (!valid) return;
    const body = changes();
    setUnchanged(Object.keys(body).length === 0);
    if (Object.keys(body).length === 0) return;
    edit.mutate(
      {
        personId: person.id,
        version: person.version,
        ...body,
        ...(confirmDuplicate ? { confirmDuplicate: true } : {}),
      },
      { onSuccess: onSaved },
    );
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send(false);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('families.people.detailsForm')}>
      <ErrorSummary form={form} />
      <ProblemAlert error={duplicate ? edit.error : form.otherError} />
      {duplicate ? (
        <Button type="button" appearance="secondary-action-button" onClick={() => send(true)}>
          {t('families.new.confirmDuplicate')}
        </Button>
      ) : null}
      {unchanged ? (
        <Alert type="info" role="status" className="kt-alert">
          <Paragraph>{t('families.people.nothingChanged')}</Paragraph>
        </Alert>
      ) : null}
      <TextField
        label={t('families.new.givenName')}
        value={givenName}
        onValueChange={setGivenName}
        autoComplete="off"
        required
        {...form.field('givenName')}
      />
      <TextField
        label={t('families.new.familyName')}
        value={familyName}
        onValueChange={setFamilyName}
        autoComplete="off"
        required
        {...form.field('familyName')}
      />
      {network ? (
        <SelectField
          label={t('families.new.relation')}
          value={relation}
          onValueChange={(v) => setRelation(NETWORK_RELATIONS.find((r) => r === v) ?? relation)}
          options={NETWORK_RELATIONS.map((r) => ({ value: r, label: t(`families.relations.${r}`) }))}
          {...form.field('relation')}
        />
      ) : (
        <>
          <TextField
            label={t('families.new.birthDate')}
            type="date"
            value={birthDate}
            onValueChange={setBirthDate}
            required={person.kind === 'child'}
            {...form.field('birthDate')}
          />
          <TextField
            label={person.bsnMasked ? t('families.people.newBsn', { masked: person.bsnMasked }) : t('families.new.bsn')}
            value={bsn}
            onValueChange={setBsn}
            inputMode="numeric"
            autoComplete="off"
            {...form.field('bsn')}
          />
        </>
      )}
      {person.kind === 'parent' ? (
        <>
          <RadioGroup<'yes' | 'no'>
            legend={t('families.people.authorityQuestion')}
            name={`authority-${person.id}`}
            value={authority}
            onValueChange={setAuthority}
            options={[
              { value: 'yes', label: t('families.dossier.yes') },
              { value: 'no', label: t('families.dossier.no') },
            ]}
            {...form.field('hasAuthority')}
          />
          <TextField
            label={t('families.new.authorityNote')}
            value={authorityNote}
            onValueChange={setAuthorityNote}
            {...form.field('authorityNote')}
          />
        </>
      ) : null}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={edit.isPending} disabled={edit.isPending}>
          {t('families.people.save')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function RemovalForm({ familyId, person, onRemoved }: { familyId: string; person: Person; onRemoved: () => void }) {
  const { t } = useTranslation();
  const remove = useRemovePerson(familyId);
  const [removedOn, setRemovedOn] = useState(today());
  const [reason, setReason] = useState('');
  const form = useFormErrors(usePersonSpecs(), remove.error);
  const name = `${person.givenName} ${person.familyName}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check([issue(!removedOn, 'removedOn')])) return;
    remove.mutate(
      { personId: person.id, version: person.version, removedOn, ...(reason.trim() ? { reason: reason.trim() } : {}) },
      { onSuccess: onRemoved },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`remove-${person.id}`}>
      <Heading3 id={`remove-${person.id}`}>
        {t(person.kind === 'network' ? 'families.people.removeNetworkTitle' : 'families.people.removeTitle', { name })}
      </Heading3>
      <Paragraph>{t('families.people.removeIntro')}</Paragraph>
      <ErrorSummary form={form} />
      <ProblemAlert error={form.otherError} />
      <TextField
        label={t('families.people.removedOn')}
        type="date"
        value={removedOn}
        onValueChange={setRemovedOn}
        required
        {...form.field('removedOn')}
      />
      <TextareaField
        label={t('families.people.removedReason')}
        value={reason}
        onValueChange={setReason}
        rows={2}
        {...form.field('reason')}
      />
      <Button type="submit" appearance="secondary-action-button" busy={remove.isPending} disabled={remove.isPending}>
        {t('families.people.removeSave')}
      </Button>
    </form>
  );
}
