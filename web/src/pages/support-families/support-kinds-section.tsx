// The configurable list of kinds of support. Every coordinator sees it (inactive kinds too: older
// records keep them); a regional coordinator adds, renames (nl/en), deactivates and reorders.
// A deactivated kind is no longer offered on the public forms.
import {
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddKind, useBoardKinds, useChangeKind, useReorderKinds, type BoardKind } from '../../api/support-families';
import { DataTable } from '../../components/data-table';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldIssue, FieldSpecs } from '../../components/form/field-messages';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { issue, useFormErrors, type ProblemFields } from '../../components/form/use-form-errors';
import { ProblemAlert } from '../../components/problem-alert';

const CODE = /^[a-z][a-z0-9_]{1,39}$/;
/** A code that is taken is about the code field, though the server names no field. */
const ADD_PROBLEMS: ProblemFields = { support_kind_exists: 'code' };

/** The kind forms' fields, each with a text per kind of problem that says what to do. */
function useKindSpecs(): FieldSpecs {
  const { t } = useTranslation();
  return useMemo(() => {
    const all = (text: string) => ({
      required: text,
      too_small: text,
      too_big: text,
      invalid_format: text,
      invalid_type: text,
      other: text,
    });
    return {
      which: { label: t('supportFamilies.kinds.which'), messages: all(t('supportFamilies.kinds.errors.which')) },
      code: {
        label: t('supportFamilies.kinds.code'),
        messages: {
          ...all(t('supportFamilies.kinds.errors.code')),
          support_kind_exists: t('supportFamilies.kinds.errors.codeExists'),
        },
      },
      labelNl: { label: t('supportFamilies.kinds.labelNl'), messages: all(t('supportFamilies.kinds.errors.labelNl')) },
      labelEn: { label: t('supportFamilies.kinds.labelEn'), messages: all(t('supportFamilies.kinds.errors.labelEn')) },
    };
  }, [t]);
}

/** Both names: 2 to 60 characters (as the server checks). */
function labelIssues(labelNl: string, labelEn: string): (FieldIssue | false)[] {
  const bad = (text: string) => text.trim().length < 2 || text.trim().length > 60;
  return [
    issue(bad(labelNl), 'labelNl', labelNl.trim() ? 'invalid_format' : 'required'),
    issue(bad(labelEn), 'labelEn', labelEn.trim() ? 'invalid_format' : 'required'),
  ];
}

function KindRows({ items, editable }: { items: BoardKind[]; editable: boolean }) {
  const { t } = useTranslation();
  const change = useChangeKind();
  const reorder = useReorderKinds();
  const move = (i: number, by: -1 | 1) => {
    const codes = items.map((k) => k.code);
    [codes[i], codes[i + by]] = [codes[i + by]!, codes[i]!];
    reorder.mutate(codes);
  };
  const busy = change.isPending || reorder.isPending;
  return (
    <>
      <ProblemAlert error={change.error ?? reorder.error} showDetail />
      <DataTable caption={t('supportFamilies.kinds.caption')} busy={busy} testId="support-kinds">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('supportFamilies.kinds.labelNl')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('supportFamilies.kinds.labelEn')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('supportFamilies.kinds.code')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('supportFamilies.kinds.status')}</TableHeaderCell>
            {editable ? <TableHeaderCell scope="col">{t('supportFamilies.kinds.actions')}</TableHeaderCell> : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((k, i) => (
            <TableRow key={k.code}>
              <TableHeaderCell scope="row">{k.label.nl}</TableHeaderCell>
              <TableCell>{k.label.en}</TableCell>
              <TableCell>{k.code}</TableCell>
              <TableCell>{t(k.active ? 'supportFamilies.kinds.active' : 'supportFamilies.kinds.inactive')}</TableCell>
              {editable ? (
                <TableCell>
                  <div className="kt-sf-actions">
                    <Button
                      appearance="subtle-button"
                      disabled={busy || i === 0}
                      onClick={() => move(i, -1)}
                      aria-label={t('supportFamilies.kinds.up', { kind: k.label.nl })}
                    >
                      {t('supportFamilies.kinds.upShort')}
                    </Button>
                    <Button
                      appearance="subtle-button"
                      disabled={busy || i === items.length - 1}
                      onClick={() => move(i, 1)}
                      aria-label={t('supportFamilies.kinds.down', { kind: k.label.nl })}
                    >
                      {t('supportFamilies.kinds.downShort')}
                    </Button>
                    <Button
                      appearance="secondary-action-button"
                      disabled={busy}
                      onClick={() => change.mutate({ code: k.code, active: !k.active })}
                      aria-label={t(k.active ? 'supportFamilies.kinds.deactivate' : 'supportFamilies.kinds.activate', {
                        kind: k.label.nl,
                      })}
                    >
                      {t(k.active ? 'supportFamilies.kinds.deactivateShort' : 'supportFamilies.kinds.activateShort')}
                    </Button>
                  </div>
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </DataTable>
    </>
  );
}

function RenameForm({ items }: { items: BoardKind[] }) {
  const { t } = useTranslation();
  const change = useChangeKind();
  const [code, setCode] = useState('');
  const [nl, setNl] = useState('');
  const [en, setEn] = useState('');
  const form = useFormErrors(useKindSpecs(), change.error);
  const pick = (c: string) => {
    const kind = items.find((k) => k.code === c);
    setCode(c);
    setNl(kind?.label.nl ?? '');
    setEn(kind?.label.en ?? '');
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (form.check([issue(!code, 'which'), ...labelIssues(nl, en)]))
      change.mutate({ code, labelNl: nl.trim(), labelEn: en.trim() });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Heading3>{t('supportFamilies.kinds.renameTitle')}</Heading3>
      <ErrorSummary form={form} />
      <ProblemAlert error={form.otherError} />
      <SelectField
        label={t('supportFamilies.kinds.which')}
        value={code}
        onValueChange={pick}
        emptyOption={t('supportFamilies.kinds.choose')}
        options={items.map((k) => ({ value: k.code, label: k.label.nl }))}
        {...form.field('which')}
      />
      {code ? (
        <>
          <TextField
            label={t('supportFamilies.kinds.labelNl')}
            value={nl}
            onValueChange={setNl}
            {...form.field('labelNl')}
          />
          <TextField
            label={t('supportFamilies.kinds.labelEn')}
            value={en}
            onValueChange={setEn}
            {...form.field('labelEn')}
          />
          <ButtonGroup>
            <Button
              type="submit"
              appearance="primary-action-button"
              busy={change.isPending}
              disabled={change.isPending}
            >
              {t('supportFamilies.kinds.renameSave')}
            </Button>
          </ButtonGroup>
        </>
      ) : null}
      {change.isSuccess ? <Paragraph role="status">{t('supportFamilies.settings.saved')}</Paragraph> : null}
    </form>
  );
}

function AddForm() {
  const { t } = useTranslation();
  const add = useAddKind();
  const [f, setF] = useState({ code: '', labelNl: '', labelEn: '' });
  const form = useFormErrors(useKindSpecs(), add.error, ADD_PROBLEMS);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const code = f.code.trim();
    const ok = form.check([
      issue(!CODE.test(code), 'code', code ? 'invalid_format' : 'required'),
      ...labelIssues(f.labelNl, f.labelEn),
    ]);
    if (!ok) return;
    add.mutate(
      { code, labelNl: f.labelNl.trim(), labelEn: f.labelEn.trim() },
      { onSuccess: () => setF({ code: '', labelNl: '', labelEn: '' }) },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Heading3>{t('supportFamilies.kinds.addTitle')}</Heading3>
      <ErrorSummary form={form} />
      <ProblemAlert error={form.otherError} />
      <TextField
        label={t('supportFamilies.kinds.code')}
        description={t('supportFamilies.kinds.codeDescription')}
        value={f.code}
        onValueChange={(v) => setF({ ...f, code: v })}
        {...form.field('code')}
      />
      <TextField
        label={t('supportFamilies.kinds.labelNl')}
        value={f.labelNl}
        onValueChange={(v) => setF({ ...f, labelNl: v })}
        {...form.field('labelNl')}
      />
      <TextField
        label={t('supportFamilies.kinds.labelEn')}
        value={f.labelEn}
        onValueChange={(v) => setF({ ...f, labelEn: v })}
        {...form.field('labelEn')}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={add.isPending} disabled={add.isPending}>
          {t('supportFamilies.kinds.add')}
        </Button>
      </ButtonGroup>
      {add.isSuccess ? <Paragraph role="status">{t('supportFamilies.kinds.added')}</Paragraph> : null}
    </form>
  );
}

export function SupportKindsSection() {
  const { t } = useTranslation();
  const kinds = useBoardKinds();
  if (!kinds.data) return null;
  const { items, mayConfigure } = kinds.data;
  return (
    <section className="kt-section" aria-labelledby="kinds-heading">
      <Heading2 id="kinds-heading">{t('supportFamilies.kinds.title')}</Heading2>
      <Paragraph>{t(mayConfigure ? 'supportFamilies.kinds.intro' : 'supportFamilies.kinds.introReadOnly')}</Paragraph>
      <KindRows items={items} editable={mayConfigure} />
      {mayConfigure ? (
        <>
          <RenameForm items={items} />
          <AddForm />
        </>
      ) : null}
    </section>
  );
}
