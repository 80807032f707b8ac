import {
  Alert,
  Button,
  Heading2,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useFamilyDecisions } from '../../api/decisions';
import {
  PLAN_VERSIONS_PAGE_SIZE,
  usePlan,
  usePlanVersions,
  type PlanVersionHeader,
  type PlanView,
} from '../../api/plans';
import { AppLink, ButtonAppLink } from '../../components/app-link';
import { DataTable } from '../../components/data-table';
import { ListPager } from '../../components/list-controls';
import { useListState } from '../../components/list-state';
import { QueryView } from '../../components/query-view';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';
import { PlanActionHelp } from '../decisions/plan-action-help';
import { DeadlineBanner } from './deadline-banner';
import { PlanCompare } from './plan-compare';
import { PlanEditor } from './plan-editor';
import { PlanSections } from './plan-sections';
import { SignOffForm } from './sign-off-form';
import { ProposalsPanel } from '../portal/proposals-panel';
import { ShieldsPanel } from '../portal/shields-panel';
import { shieldablePlanItems } from './shieldable-items';

export function PlanPage() {
  const { t } = useTranslation();
  const { familyId = '' } = useParams();
  const plan = usePlan(familyId);
  const decisions = useFamilyDecisions(familyId);
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  if (plan.isPending) return <Loading />;
  if (plan.isError)
    return (
      <>
        <PageHeading>{t('plans.title')}</PageHeading>
        <ProblemAlert error={plan.error} />
      </>
    );
  const p = plan.data;
  return (
    <>
      <PageHeading>{t('plans.titleWithRef', { reference: p.familyReference })}</PageHeading>
      <DeadlineBanner deadline={p.deadline} />
      <ProposalsPanel familyId={familyId} />
      <Paragraph>
        <AppLink to={`/families/${familyId}/meetings`}>{t('plans.toMeetings')}</AppLink>
        {p.current ? (
          <>
            {' '}
            · <AppLink to={`/families/${familyId}/plan/print`}>{t('plans.toPrint')}</AppLink>
          </>
        ) : null}
      </Paragraph>
      {saved && !editing ? (
        <Alert type="ok" role="status" className="kt-alert">
          <Paragraph>{t('plans.saved', { version: p.current?.version ?? 0 })}</Paragraph>
        </Alert>
      ) : null}
      {p.current ? (
        <Paragraph data-testid="plan-current-version">
          {t('plans.currentVersion', {
            version: p.current.version,
            author: p.current.author.name,
            date: format.dateTime(p.current.createdAt),
          })}
        </Paragraph>
      ) : (
        <Paragraph>{t('plans.noPlan')}</Paragraph>
      )}
      {editing ? (
        <PlanEditor
          plan={p}
          onSaved={() => {
            setEditing(false);
            setSaved(true);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          {p.abilities.edit ? (
            <Button
              appearance="primary-action-button"
              onClick={() => {
                setEditing(true);
                setSaved(false);
              }}
            >
              {p.current ? t('plans.edit') : t('plans.start')}
            </Button>
          ) : null}
          {p.current ? (
            <PlanSections
              content={p.current.content}
              actionExtra={(action) => (
                <PlanActionHelp
                  familyId={familyId}
                  action={action}
                  decisions={decisions.data}
                  canAsk={p.abilities.edit}
                />
              )}
            />
          ) : null}
        </>
      )}
      {p.current && !editing ? (
        <ShieldsPanel
          familyId={familyId}
          items={shieldablePlanItems(p.current.content, t, format)}
          canShield={p.abilities.edit}
        />
      ) : null}
      {p.current && p.abilities.signOff && !editing ? <SignOffForm plan={p} /> : null}
      <Versions plan={p} />
      {p.versionCount >= 2 ? <PlanCompare plan={p} /> : null}
      {p.current ? (
        <ButtonAppLink appearance="secondary-action-button" to={`/families/${familyId}/plan/print`}>
          {t('plans.toPrint')}
        </ButtonAppLink>
      ) : null}
    </>
  );
}

const VERSION_SORTS = ['newest'] as const;

/**
 * The plan's versions, newest first, a page at a time with the shared pager (its page in the URL as
 * `versionsPage`): the first page is the plan view's own, the others are read from the server.
 */
function Versions({ plan }: { plan: PlanView }) {
  const { t } = useTranslation();
  const list = useListState(VERSION_SORTS, { prefix: 'versions', pageSize: PLAN_VERSIONS_PAGE_SIZE });
  const heading = useRef<HTMLHeadingElement>(null);
  const older = usePlanVersions(plan, list.page);
  if (plan.versionCount === 0) return null;
  const onPageChange = (next: number) => {
    list.setPage(next);
    heading.current?.focus();
  };
  return (
    <section className="kt-section" aria-labelledby="plan-versions">
      <Heading2 id="plan-versions" ref={heading} tabIndex={-1}>
        {t('plans.versionsTitle')}
      </Heading2>
      {list.page === 1 ? (
        <>
          <VersionsTable plan={plan} items={plan.versions} busy={false} />
          <ListPager page={1} pageSize={list.pageSize} total={plan.versionCount} onPageChange={onPageChange} />
        </>
      ) : (
        <QueryView query={older}>
          {(data) => (
            <>
              <VersionsTable plan={plan} items={data.items} busy={older.isFetching} />
              <ListPager page={data.page} pageSize={data.pageSize} total={data.total} onPageChange={onPageChange} />
            </>
          )}
        </QueryView>
      )}
    </section>
  );
}

function VersionsTable({ plan, items, busy }: { plan: PlanView; items: PlanVersionHeader[]; busy: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <DataTable caption={t('plans.versionsCaption')} testId="plan-versions" busy={busy}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('plans.version')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('plans.when')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('plans.author')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('plans.change')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('plans.signedBy')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((v) => (
          <TableRow key={v.version}>
            <TableCell>
              <AppLink
                to={`/families/${plan.familyId}/plan/versions/${v.version}`}
                aria-label={t('plans.viewVersion', { version: v.version })}
              >
                {v.version}
              </AppLink>
            </TableCell>
            <TableCell>{format.dateTime(v.createdAt)}</TableCell>
            <TableCell>{v.author.name}</TableCell>
            <TableCell>{v.source === 'meeting' ? t('plans.fromMeeting') : (v.note ?? '')}</TableCell>
            <TableCell>
              {v.signOffs.length === 0
                ? t('plans.notSigned')
                : v.signOffs
                    .map((s) => t('plans.signedOn', { name: s.signedByName, date: format.date(s.signedOn) }))
                    .join('; ')}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </DataTable>
  );
}
