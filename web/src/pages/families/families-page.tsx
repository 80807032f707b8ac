import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FAMILY_SORTS, useMyFamilies, type FamilySearch, type FamilySummary } from '../../api/families';
import { AppLink, ButtonAppLink } from '../../components/app-link';
import { DataTable } from '../../components/data-table';
import { TextField } from '../../components/form/text-field';
import { ListPager, ListToolbar } from '../../components/list-controls';
import { useListState } from '../../components/list-state';
import { PageHeading } from '../../components/page-heading';
import { QueryView } from '../../components/query-view';
import { useFormat } from '../../i18n/format';
import { useCurrentUser } from '../../api/auth';
import { hasAnyRole } from '../../components/roles';
import { BreakGlassByReference } from './break-glass-by-reference';

/** "Mijn gezinnen": the caseload, searchable by name, birth date, postcode, or BSN (sent in a POST body). */
export function FamiliesPage() {
  const { t } = useTranslation();
  const list = useListState(FAMILY_SORTS);
  const [search, setSearchState] = useState<FamilySearch>({});
  const setSearch = (next: FamilySearch) => {
    setSearchState(next);
    list.firstPage();
  };
  const families = useMyFamilies(
    { ...search, ...(list.q ? { q: list.q } : {}) },
    { page: list.page, pageSize: list.pageSize, sort: list.sort },
  );
  // Registering a family opens a trajectory in one's team: professionals and team leads (the server's rule).
  const mayRegister = hasAnyRole(useCurrentUser(), ['professional', 'team_lead']);
  return (
    <>
      <PageHeading>{t('families.list.title')}</PageHeading>
      <Paragraph>{t('families.list.intro')}</Paragraph>
      {mayRegister ? (
        <Paragraph>
          <ButtonAppLink to="/families/new" appearance="primary-action-button">
            {t('families.list.new')}
          </ButtonAppLink>
        </Paragraph>
      ) : null}
      <SearchForm onSearch={setSearch} />
      <BsnSearchForm onSearch={(bsn) => setSearch({ bsn })} />
      <ListToolbar
        state={list}
        label={t('list.tools')}
        searchLabel={t('families.list.quickSearch')}
        sorts={FAMILY_SORTS.map((value) => ({ value, label: t(`families.list.sorts.${value}`) }))}
      />
      <QueryView query={families}>
        {(data) =>
          data.total === 0 ? (
            <Paragraph>{t('families.list.empty')}</Paragraph>
          ) : (
            <>
              <FamiliesTable items={data.items} total={data.total} busy={families.isFetching} />
              <ListPager page={data.page} pageSize={data.pageSize} total={data.total} onPageChange={list.setPage} />
            </>
          )
        }
      </QueryView>
      <BreakGlassByReference />
    </>
  );
}

function SearchForm({ onSearch }: { onSearch: (search: FamilySearch) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [postcode, setPostcode] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch({
      ...(name.trim() ? { name: name.trim() } : {}),
      ...(birthDate ? { birthDate } : {}),
      ...(postcode.trim() ? { postcode: postcode.trim() } : {}),
    });
  };
  const clear = () => {
    setName('');
    setBirthDate('');
    setPostcode('');
    onSearch({});
  };
  return (
    <form role="search" aria-label={t('families.list.searchLegend')} onSubmit={submit} className="kt-filter-form">
      <Fieldset>
        <FieldsetLegend>{t('families.list.searchLegend')}</FieldsetLegend>
        <TextField
          label={t('families.list.name')}
          type="search"
          value={name}
          onValueChange={setName}
          autoComplete="off"
        />
        <TextField label={t('families.list.birthDate')} type="date" value={birthDate} onValueChange={setBirthDate} />
        <TextField
          label={t('families.list.postcode')}
          value={postcode}
          onValueChange={setPostcode}
          autoComplete="off"
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button">
            {t('families.list.search')}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={clear}>
            {t('families.list.clear')}
          </Button>
        </ButtonGroup>
      </Fieldset>
    </form>
  );
}

function BsnSearchForm({ onSearch }: { onSearch: (bsn: string) => void }) {
  const { t } = useTranslation();
  const [bsn, setBsn] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (bsn.trim()) onSearch(bsn.trim());
  };
  return (
    <form role="search" aria-label={t('families.list.bsnLegend')} onSubmit={submit} className="kt-filter-form">
      <Fieldset>
        <FieldsetLegend>{t('families.list.bsnLegend')}</FieldsetLegend>
        <TextField
          label={t('families.list.bsn')}
          description={t('families.list.bsnDescription')}
          value={bsn}
          onValueChange={setBsn}
          inputMode="numeric"
          autoComplete="off"
        />
        <Button type="submit" appearance="secondary-action-button">
          {t('families.list.bsnSearch')}
        </Button>
      </Fieldset>
    </form>
  );
}

function FamiliesTable({ items, total, busy }: { items: FamilySummary[]; total: number; busy: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <DataTable caption={t('families.list.caption', { count: total })} busy={busy} testId="families-table" stack>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('families.list.reference')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('families.list.members')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('families.list.address')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('families.list.status')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('families.list.regisseur')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('families.list.myRelation')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((family) => (
          <TableRow key={family.id}>
            <TableHeaderCell scope="row" data-label={t('families.list.reference')}>
              <AppLink to={`/families/${family.id}`}>{family.reference}</AppLink>
            </TableHeaderCell>
            <TableCell data-label={t('families.list.members')}>
              {family.members
                .map((m) => `${m.givenName} ${m.familyName}${m.birthDate ? ` (${format.date(m.birthDate)})` : ''}`)
                .join(', ')}
            </TableCell>
            <TableCell data-label={t('families.list.address')}>
              {[family.postcode, family.houseNumber].filter(Boolean).join(' ')} {family.municipalityName}
            </TableCell>
            <TableCell data-label={t('families.list.status')}>
              {family.status ? t(`families.statuses.${family.status}`) : ''}
            </TableCell>
            <TableCell data-label={t('families.list.regisseur')}>
              {family.regisseur ? `${family.regisseur.displayName} (${family.regisseur.organisationName})` : ''}
            </TableCell>
            <TableCell data-label={t('families.list.myRelation')}>
              {t(`families.list.relations.${family.myRelation}`)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </DataTable>
  );
}
