import type { TFunction } from 'i18next';
import { Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useMessage, type IjwReturnCode } from '../../api/provider';
import { codedText } from './coded';

/** Codes that say "all is well" (WJ001 0200 and 8001): not a problem to list. */
const NO_REMARKS = new Set(['0200', '8001']);

/** One return code in words: "Het regiebericht kan niet gekoppeld worden aan een toewijzing. (9019) — regel TR019". */
export function returnCodeText(t: TFunction, c: IjwReturnCode): string {
  return `${codedText(t, c)}${c.rule ? ` — ${t('provider.upload.rule', { rule: c.rule })}` : ''}`;
}

export function ReturnCodeList({ codes }: { codes: readonly IjwReturnCode[] }) {
  const { t } = useTranslation();
  const problems = codes.filter((c) => !NO_REMARKS.has(c.code));
  if (problems.length === 0) return <Paragraph>{t('provider.message.accepted')}</Paragraph>;
  return (
    <UnorderedList data-testid="return-codes">
      {problems.map((c) => (
        <UnorderedListItem key={c.code}>{returnCodeText(t, c)}</UnorderedListItem>
      ))}
    </UnorderedList>
  );
}

/** The return codes of an answer message, loaded by its id. */
export function ReturnCodes({ messageId }: { messageId: string }) {
  const message = useMessage(messageId);
  if (!message.data) return null;
  return <ReturnCodeList codes={message.data.returnCodes} />;
}
