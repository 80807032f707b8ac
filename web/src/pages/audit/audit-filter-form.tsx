import { Button, ButtonGroup, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, AUDIT_OUTCOMES } from '../../api/audit';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { EMPTY_FILTER, filterFromParams, paramsFromFilter, type FilterKey, type FilterValues } from './audit-filter';

interface AuditFilterFormProps {
  initial: FilterValues;
  onApply: (values: FilterValues) => void;
}

export function AuditFilterForm({ initial, onApply }: AuditFilterFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
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
          <TextField
            label={t('audit.filter.username')}
            autoComplete="off"
            value={values.username}
            onValueChange={set('username')}
          />
          <TextField
            label={t('audit.filter.subjectType')}
            autoComplete="off"
            value={values.subjectType}
            onValueChange={set('subjectType')}
          />
          <TextField
            label={t('audit.filter.subjectId')}
            autoComplete="off"
            value={values.subjectId}
            onValueChange={set('subjectId')}
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
