import {
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRolePolicies, useSetRolePolicy } from '../../api/admin-security';
import type { RolePolicy } from '../../api/admin-types';
import { DataTable } from '../../components/data-table';
import { CheckboxField } from '../../components/form/checkbox-field';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';

/** Per role: must its users sign in with a second factor? Saved as soon as a box is changed. */
export function SecurityPage() {
  const { t } = useTranslation();
  const policies = useRolePolicies();
  const setPolicy = useSetRolePolicy();
  return (
    <>
      <PageHeading>{t('admin.security.title')}</PageHeading>
      <Paragraph>{t('admin.security.intro')}</Paragraph>
      <ProblemAlert error={setPolicy.error} />
      <Paragraph role="status" className="kt-status-line">
        {setPolicy.isSuccess ? t('admin.security.saved', { role: t(`roles.${setPolicy.data.role}`) }) : ''}
      </Paragraph>
      <QueryView query={policies}>
        {({ items }) => (
          <DataTable caption={t('admin.security.caption')} testId="role-policies">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('admin.security.role')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('admin.security.totpRequired')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((policy) => (
                <PolicyRow
                  key={policy.role}
                  policy={policy}
                  saving={setPolicy.isPending && setPolicy.variables.role === policy.role}
                  onChange={(totpRequired, onError) =>
                    setPolicy.mutate({ role: policy.role, totpRequired }, { onError })
                  }
                />
              ))}
            </TableBody>
          </DataTable>
        )}
      </QueryView>
    </>
  );
}

interface PolicyRowProps {
  policy: RolePolicy;
  saving: boolean;
  onChange: (required: boolean, onError: () => void) => void;
}

function PolicyRow({ policy, saving, onChange }: PolicyRowProps) {
  const { t } = useTranslation();
  const role = t(`roles.${policy.role}`);
  // The box follows the click at once and flips back if the server refuses the change.
  const [checked, setChecked] = useState(policy.totpRequired);
  useEffect(() => setChecked(policy.totpRequired), [policy.totpRequired]);
  const change = (required: boolean) => {
    setChecked(required);
    onChange(required, () => setChecked(!required));
  };
  return (
    <TableRow>
      <TableHeaderCell scope="row">{role}</TableHeaderCell>
      <TableCell>
        <CheckboxField
          label={t('admin.security.requiredFor', { role })}
          checked={checked}
          disabled={saving}
          onCheckedChange={change}
        />
      </TableCell>
    </TableRow>
  );
}
