import { Alert, Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
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
import { CheckboxField } from '../../components/form/checkbox-field';
import { SelectField } from '../../components/form/select-field';
import { TextareaField } from '../../components/form/textarea-field';
import { TextField } from '../../components/form/text-field';
import { fieldErrorsOf, ProblemAlert } from '../../components/problem-alert';
import { today } from '../../clock';

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
  const [hasAuthority, setHasAuthority] = useState(person.hasAuthority ?? false);
  const [authorityNote, setAuthorityNote] = useState(person.authorityNote ?? '');
  const [relation, setRelation] = useState<NetworkRelation>(person.networkRelation ?? 'other');
  const [unchanged, setUnchanged] = useState(false);
  const fieldError = fieldErrorsOf(edit.error);
  const network = person.kind === 'network';
  const duplicate = isApiError(edit.error, 'possible_duplicate');

  /** Only what changed goes to the server (and into the audit line as field names). */
  const changes = (): Omit<PersonEdit, 'version'> => ({
    ...(givenName.trim() !== person.givenName ? { givenName: givenName.trim() } : {}),
    ...(familyName.trim() !== person.familyName ? { familyName: familyName.trim() } : {}),
    ...(!network && birthDate !== (person.birthDate ?? '') ? { birthDate: birthDate || null } : {}),
    ...(!network && bsn.trim() ? { bsn: bsn.trim() } : {}),
    ...(person.kind === 'parent' && hasAuthority !== person.hasAuthority ? { hasAuthority } : {}),
    ...(person.kind === 'parent' && authorityNote.trim() !== (person.authorityNote ?? '')
      ? { authorityNote: authorityNote.trim() || null }
      : {}),
    ...(network && relation !== person.networkRelation ? { relation } : {}),
  });
  const send = (confirmDuplicate: boolean) => {
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
      <ProblemAlert
        error={edit.error}
        fieldsShownInline={['givenName', 'familyName', 'birthDate', 'bsn', 'relation']}
      />
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
        error={fieldError('givenName')}
      />
      <TextField
        label={t('families.new.familyName')}
        value={familyName}
        onValueChange={setFamilyName}
        autoComplete="off"
        required
        error={fieldError('familyName')}
      />
      {network ? (
        <SelectField
          label={t('families.new.relation')}
          value={relation}
          onValueChange={(v) => setRelation(NETWORK_RELATIONS.find((r) => r === v) ?? relation)}
          options={NETWORK_RELATIONS.map((r) => ({ value: r, label: t(`families.relations.${r}`) }))}
          error={fieldError('relation')}
        />
      ) : (
        <>
          <TextField
            label={t('families.new.birthDate')}
            type="date"
            value={birthDate}
            onValueChange={setBirthDate}
            required={person.kind === 'child'}
            error={fieldError('birthDate')}
          />
          <TextField
            label={person.bsnMasked ? t('families.people.newBsn', { masked: person.bsnMasked }) : t('families.new.bsn')}
            value={bsn}
            onValueChange={setBsn}
            inputMode="numeric"
            autoComplete="off"
            error={fieldError('bsn')}
          />
        </>
      )}
      {person.kind === 'parent' ? (
        <>
          <CheckboxField
            label={t('families.new.hasAuthority')}
            checked={hasAuthority}
            onCheckedChange={setHasAuthority}
          />
          <TextField label={t('families.new.authorityNote')} value={authorityNote} onValueChange={setAuthorityNote} />
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
  const fieldError = fieldErrorsOf(remove.error);
  const name = `${person.givenName} ${person.familyName}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
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
      <ProblemAlert error={remove.error} fieldsShownInline={['removedOn', 'reason']} />
      <TextField
        label={t('families.people.removedOn')}
        type="date"
        value={removedOn}
        onValueChange={setRemovedOn}
        required
        error={fieldError('removedOn')}
      />
      <TextareaField
        label={t('families.people.removedReason')}
        value={reason}
        onValueChange={setReason}
        rows={2}
        error={fieldError('reason')}
      />
      <Button type="submit" appearance="secondary-action-button" busy={remove.isPending} disabled={remove.isPending}>
        {t('families.people.removeSave')}
      </Button>
    </form>
  );
}
