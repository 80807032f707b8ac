import { Button, Heading2 } from '@utrecht/component-library-react';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveProvider, type ContractProvider } from '../../api/contracts';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { TextField } from '../../components/form/text-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { useErrorText } from './form-helpers';

function useSpecs(): FieldSpecs {
  const { t } = useTranslation();
  const e = useErrorText();
  return useMemo(
    () => ({
      name: {
        label: t('contracts.providerForm.name'),
        messages: { required: e('providerName'), too_big: e('providerName'), taken: e('providerNameTaken') },
      },
      agbCode: {
        label: t('contracts.providerForm.agb'),
        messages: { required: e('agb'), invalid_format: e('agb'), taken: e('agbTaken') },
      },
    }),
    [t, e],
  );
}

/** Add a care provider, or edit the one given: its name and its 8-digit AGB code. */
export function ProviderForm({ editing, onDone }: { editing: ContractProvider | null; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveProvider();
  const [name, setName] = useState('');
  const [agb, setAgb] = useState('');
  const form = useFormErrors(useSpecs(), save.error);
  useEffect(() => {
    setName(editing?.name ?? '');
    setAgb(editing?.agbCode ?? '');
    form.clear();
    save.reset();
  }, [editing?.id]);
  const title = editing
    ? t('contracts.providerForm.editTitle', { name: editing.name })
    : t('contracts.providerForm.newTitle');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const code = agb.replace(/\s/g, '');
    const ok = form.check([
      issue(!name.trim(), 'name'),
      issue(!/^\d{8}$/.test(code), 'agbCode', code ? 'invalid_format' : 'required'),
    ]);
    if (!ok) return;
    save.mutate(
      {
        ...(editing ? { id: editing.id } : {}),
        body: { name: name.trim(), agbCode: code, municipalityCode: editing?.municipalityCode ?? null },
      },
      {
        onSuccess: () => {
          setName('');
          setAgb('');
          form.clear();
          onDone();
        },
      },
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="provider-form-title" className="kt-form">
      <Heading2 id="provider-form-title">{title}</Heading2>
      <ErrorSummary form={form} />
      <ProblemAlert error={form.otherError} />
      <TextField
        label={t('contracts.providerForm.name')}
        value={name}
        onValueChange={setName}
        required
        {...form.field('name')}
      />
      <TextField
        label={t('contracts.providerForm.agb')}
        description={t('contracts.providerForm.agbHelp')}
        inputMode="numeric"
        maxLength={10}
        value={agb}
        onValueChange={setAgb}
        required
        {...form.field('agbCode')}
      />
      <div className="kt-form-actions">
        <Button type="submit" appearance="primary-action-button" disabled={save.isPending}>
          {editing ? t('contracts.providerForm.save') : t('contracts.providerForm.add')}
        </Button>
        {editing ? (
          <Button type="button" appearance="subtle-button" onClick={onDone}>
            {t('contracts.form.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
