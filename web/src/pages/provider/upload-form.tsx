import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useUploadMessage } from '../../api/provider';
import { AppLink } from '../../components/app-link';
import { ErrorSummary } from '../../components/form/error-summary';
import { useFieldIds } from '../../components/form/field-ids';
import { LabelledField } from '../../components/form/labelled-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { ReturnCodes } from './return-codes';

/**
 * Upload one iJw message as a file. A message the XSD or the sender check refuses is answered 4xx and
 * shown with the app's own Dutch text (never libxml2's); a message that is valid but breaks a rule is
 * received and answered with a retour: its return codes are shown here with their meaning and rule.
 */
export function UploadForm() {
  const { t } = useTranslation();
  const upload = useUploadMessage();
  const [file, setFile] = useState<File | null>(null);
  // The server's refusals (XSD, sender, duplicate) are about the whole message, not a form field: they
  // show once, below, as the error catalogue's Dutch text; the summary holds this form's own check.
  const form = useFormErrors({
    xml: { label: t('provider.upload.file'), messages: { required: t('provider.upload.required') } },
  });
  const field = form.field('xml');
  const ids = useFieldIds(true, Boolean(field.error), field.id);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    upload.reset();
    if (!form.check([issue(file === null, 'xml')]) || file === null) return;
    upload.mutate(await file.text());
  };
  const receipt = upload.data;
  return (
    <section className="kt-section" aria-labelledby="upload-heading">
      <Heading2 id="upload-heading">{t('provider.upload.title')}</Heading2>
      <Paragraph>{t('provider.upload.intro')}</Paragraph>
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="upload-heading">
        <ErrorSummary form={form} />
        <LabelledField
          ids={ids}
          label={t('provider.upload.file')}
          description={t('provider.upload.fileHint')}
          error={field.error}
          input={
            <input
              id={ids.id}
              type="file"
              accept=".xml,application/xml,text/xml"
              className="utrecht-textbox"
              aria-describedby={ids.describedBy}
              aria-invalid={field.error ? true : undefined}
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                form.clear();
              }}
            />
          }
        />
        <Button type="submit" appearance="primary-action-button" disabled={upload.isPending}>
          {upload.isPending ? t('provider.upload.busy') : t('provider.upload.submit')}
        </Button>
      </form>
      <ProblemAlert error={upload.error} fieldsShownInline={['body', 'xml', 'Header']} />
      {receipt ? (
        <div role="status" className="kt-upload-receipt" data-testid="upload-receipt">
          <Paragraph>
            {t('provider.upload.received', { type: t(`provider.types.${receipt.messageType}`) })}
            {receipt.answerType
              ? ` ${t('provider.upload.answer', { type: t(`provider.types.${receipt.answerType}`) })}`
              : ''}
            {receipt.refused > 0 ? ` ${t('provider.upload.refused', { count: receipt.refused })}` : ''}
          </Paragraph>
          {receipt.answerId ? (
            <>
              <ReturnCodes messageId={receipt.answerId} />
              <Paragraph>
                <AppLink to={`/provider/messages/${receipt.answerId}`}>{t('provider.upload.openAnswer')}</AppLink>
              </Paragraph>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
