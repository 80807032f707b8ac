import { Button, ButtonGroup, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, AUDIT_OUTCOMES, useAuditChoices } from '../../api/audit';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { useCodeLabels } from '../../i18n/code-labels';
import { EMPTY_FILTER, filterFromParams, paramsFromFilter, type FilterKey, type FilterValues } from './audit-filter';

interface AuditFilterFormProps {
  initial: FilterValues;
  onApply: (values: FilterValues) => void;
}

export function AuditFilterForm({ initial, onApply }: AuditFilterFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const choices = useAuditChoices();
  const codes = useCodeLabels();
  // Follow the URL when it changes by navigation (back/forward), but not when it merely echoes this
  // form's own submission: by then the user may already be typing the next filter.
  const initialKey = JSON.stringify(initial);
  const ownSubmission = useRef(initialKey);
  useEffect(() => {
    if (initialKey !== ownSubmission.current) setValues(JSON.parse(initialKey) as FilterValues);
    ownSubmission.current = initialKey;
  }, [initialKey]);
  const set = (key: FilterKey) => (value: string) => setValues({ ...values, [key]: value });

  const apply = (next: FilterValues) => {
    ownSubmission.current = JSON.stringify(filterFromParams(paramsFromFilter(next)));
    onApply(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply(values);
  };

  return (
    <form role="search" aria-label={t('audit.filter.label')} onSubmit={submit} className="kt-section">
      <Fieldset>
        <FieldsetLegend>{t('audit.filter.legend')}</FieldsetLegend>
        <div className="kt-filter-grid">
          <SelectField
            label={t('audit.filter.person')}
            value={values.userId}
            onValueChange={set('userId')}
            emptyOption={t('common.any')}
            options={(choices.data?.people ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.username})` }))}
          />
          <SelectField
            label={t('audit.filter.role')}
            value={values.role}
            onValueChange={set('role')}
            emptyOption={t('common.any')}
            options={(choices.data?.roles ?? []).map((role) => ({ value: role, label: codes.role(role) }))}
          />
          <SelectField
            label={t('audit.filter.event')}
            value={values.event}
            onValueChange={set('event')}
            emptyOption={t('common.any')}
            options={sortedByLabel((choices.data?.events ?? []).map((e) => ({ value: e, label: codes.event(e) })))}
          />
          <SelectField
            label={t('audit.filter.purpose')}
            value={values.purpose}
            onValueChange={set('purpose')}
            emptyOption={t('common.any')}
            options={(choices.data?.purposes ?? []).map((p) => ({ value: p, label: codes.purpose(p) }))}
          />
          <TextField
            label={t('audit.filter.clientRef')}
            description={t('audit.filter.clientRefDescription')}
            autoComplete="off"
            value={values.clientRef}
            onValueChange={set('clientRef')}
          />
          <TextField label={t('audit.filter.from')} type="date" value={values.from} onValueChange={set('from')} />
          <TextField label={t('audit.filter.to')} type="date" value={values.to} onValueChange={set('to')} />
          <SelectField
            label={t('audit.filter.action')}
            value={values.action}
            onValueChange={set('action')}
            emptyOption={t('common.any')}
            options={AUDIT_ACTIONS.map((action) => ({ value: action, label: t(`audit.actions.${action}`) }))}
          />
          <SelectField
            label={t('audit.filter.outcome')}
            value={values.outcome}
            onValueChange={set('outcome')}
            emptyOption={t('common.any')}
            options={AUDIT_OUTCOMES.map((outcome) => ({ value: outcome, label: t(`audit.outcomes.${outcome}`) }))}
          />
          <SelectField
            label={t('audit.filter.emergency')}
            value={values.emergency}
            onValueChange={set('emergency')}
            emptyOption={t('common.any')}
            options={[
              { value: 'true', label: t('common.yes') },
              { value: 'false', label: t('common.no') },
            ]}
          />
        </div>
      </Fieldset>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button">
          {t('audit.filter.apply')}
        </Button>
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => {
            setValues(EMPTY_FILTER);
            apply(EMPTY_FILTER);
          }}
        >
          {t('audit.filter.clear')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function sortedByLabel<T extends { label: string }>(options: T[]): T[] {
  return [...options].sort((a, b) => a.label.localeCompare(b.label));
}
