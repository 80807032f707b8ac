// The learning log of a municipality: what went well, less well and where it chafed — paged and
// searchable, each entry with what became of it (discussed at which meeting, the decision, the
// follow-up actions and their status) — and writing a new entry.
import { Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  learningKindValues,
  useLearningContext,
  useLearningEntries,
  type LearningEntry,
  type LearningEntrySort,
  type LearningKind,
} from '../../api/learning';
import { ButtonAppLink } from '../../components/app-link';
import { SelectField } from '../../components/form/select-field';
import { ListPager, ListToolbar } from '../../components/list-controls';
import { useListState } from '../../components/list-state';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { useFormat } from '../../i18n/format';
import { EntryForm } from './entry-form';
import './learning.css';

const SORTS = ['newest', 'oldest'] as const satisfies readonly [LearningEntrySort, ...LearningEntrySort[]];
type State = 'all' | 'undiscussed' | 'open_actions';

export function LogPage() {
  const { t } = useTranslation();
  const context = useLearningContext();
  return (
    <>
      <PageHeading>{t('learning.log.title')}</PageHeading>
      <Paragraph>{t('learning.log.intro')}</Paragraph>
      <QueryView query={context}>
        {(c) =>
          c.municipalities.length === 0 ? <Paragraph>{t('learning.log.noAccess')}</Paragraph> : <Log context={c} />
        }
      </QueryView>
    </>
  );
}

type Context = NonNullable<ReturnType<typeof useLearningContext>['data']>;

function Log({ context }: { context: Context }) {
  const { t } = useTranslation();
  const [municipality, setMunicipality] = useState(context.municipalities[0]?.code ?? '');
  const [kind, setKind] = useState<LearningKind | ''>('');
  const [state, setState] = useState<State>('all');
  const list = useListState(SORTS);
  const entries = useLearningEntries({
    municipality,
    page: list.page,
    sort: list.sort,
    state,
    ...(kind ? { kind } : {}),
    ...(list.q ? { q: list.q } : {}),
  });
  // Writing goes to the chosen municipality when allowed there, else to the first where it is.
  const writeIn = context.abilities.write.includes(municipality) ? municipality : context.abilities.write[0];
  return (
    <>
      <Paragraph>
        <ButtonAppLink appearance="secondary-action-button" to="/learning/meetings">
          {t('learning.log.toMeetings')}
        </ButtonAppLink>
      </Paragraph>
      {writeIn ? <EntryForm context={context} municipality={writeIn} /> : null}
      <section aria-labelledby="log-entries">
        <Heading2 id="log-entries">{t('learning.log.entries')}</Heading2>
        <ListToolbar
          state={list}
          label={t('learning.log.filters')}
          searchLabel={t('learning.log.search')}
          sorts={SORTS.map((s) => ({ value: s, label: t(`learning.log.sorts.${s}`) }))}
        >
          <SelectField
            label={t('learning.log.municipality')}
            value={municipality}
            onValueChange={(v) => {
              setMunicipality(v);
              list.firstPage();
            }}
            options={context.municipalities.map((m) => ({ value: m.code, label: m.name }))}
          />
          <SelectField
            label={t('learning.log.kind')}
            value={kind}
            emptyOption={t('learning.log.anyKind')}
            onValueChange={(v) => {
              setKind(learningKindValues.find((k) => k === v) ?? '');
              list.firstPage();
            }}
            options={learningKindValues.map((k) => ({ value: k, label: t(`learning.kinds.${k}`) }))}
          />
          <SelectField
            label={t('learning.log.state')}
            value={state}
            onValueChange={(v) => {
              setState(v === 'undiscussed' || v === 'open_actions' ? v : 'all');
              list.firstPage();
            }}
            options={(['all', 'undiscussed', 'open_actions'] as const).map((s) => ({
              value: s,
              label: t(`learning.log.states.${s}`),
            }))}
          />
        </ListToolbar>
        <ProblemAlert error={entries.error} />
        {entries.data ? (
          <>
            <ul className="kt-entries" data-testid="log-entries" aria-busy={entries.isFetching}>
              {entries.data.items.map((e) => (
                <EntryCard key={e.id} entry={e} />
              ))}
            </ul>
            <ListPager
              page={entries.data.page}
              pageSize={entries.data.pageSize}
              total={entries.data.total}
              onPageChange={list.setPage}
            />
          </>
        ) : null}
      </section>
    </>
  );
}

function EntryCard({ entry }: { entry: LearningEntry }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li className={`kt-entry kt-entry--${entry.kind}`}>
      <Heading3>{entry.title}</Heading3>
      <Paragraph>
        <strong>{t(`learning.kinds.${entry.kind}`)}</strong> · {format.date(entry.createdAt)} · {entry.author}
        {entry.team ? ` · ${entry.team.name}` : ''}
        {entry.step
          ? ` · ${t('learning.log.stepRef', { position: entry.step.position, title: entry.step.title })}`
          : ''}
        {entry.pilotId ? ` · ${t('learning.log.pilot')}` : ''}
      </Paragraph>
      <Paragraph>{entry.body}</Paragraph>
      <Paragraph>
        <strong>{t('learning.log.becameOf')}</strong>{' '}
        {entry.discussions.length === 0 ? t('learning.log.notDiscussed') : null}
      </Paragraph>
      {entry.discussions.length > 0 ? (
        <UnorderedList>
          {entry.discussions.map((d) => (
            <UnorderedListItem key={d.meetingId}>
              {t('learning.log.discussedAt', { meeting: d.meetingTitle, date: format.date(d.heldOn) })}: {d.decision}
            </UnorderedListItem>
          ))}
          {entry.actions.map((a) => (
            <UnorderedListItem key={a.id}>
              {t('learning.log.action', { what: a.description, owner: a.owner.name, due: format.date(a.dueOn) })} —{' '}
              <strong>{t(`learning.actionStatus.${a.status}`)}</strong>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
    </li>
  );
}
