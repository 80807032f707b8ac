import { useTranslation } from 'react-i18next';
import { useDossier } from '../../api/families';
import { OWNER_KINDS, type Owner } from '../../api/plans';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';

const SOMEONE_ELSE = '';

export interface OwnerCandidate {
  key: string;
  owner: Owner;
  label: string;
}

/**
 * Who can own an action, straight from the dossier: the household, the network (grandparents,
 * neighbours …) and the professionals of the trajectory with their organisation. A professional
 * is stored with their user id, so the action can later be found on their own list.
 */
export function useOwnerCandidates(familyId: string): OwnerCandidate[] {
  const { t } = useTranslation();
  const dossier = useDossier(familyId);
  const d = dossier.data;
  if (!d) return [];
  return [
    ...d.members.map((p) => ({
      key: `person:${p.id}`,
      owner: { kind: 'family_member' as const, name: `${p.givenName} ${p.familyName}`, userId: null },
      label: `${p.givenName} ${p.familyName} (${t(`families.kinds.${p.kind}`)})`,
    })),
    ...d.network.map((p) => ({
      key: `person:${p.id}`,
      owner: { kind: 'network' as const, name: `${p.givenName} ${p.familyName}`, userId: null },
      label: `${p.givenName} ${p.familyName} (${t('plans.owners.networkLabel', { relation: p.networkRelation ? t(`families.relations.${p.networkRelation}`) : '' })})`,
    })),
    ...(d.trajectory?.members ?? []).map((m) => ({
      key: `user:${m.userId}`,
      owner: { kind: 'professional' as const, name: m.displayName, userId: m.userId },
      label: `${m.displayName} (${m.organisationName})`,
    })),
  ];
}

const sameOwner = (a: Owner, b: Owner) =>
  a.kind === b.kind && a.name === b.name && (a.userId ?? null) === (b.userId ?? null);

/** Pick the owner from the family, network and team, or name someone else (or an organisation) by hand. */
export function OwnerField({
  n,
  owner,
  candidates,
  onChange,
  nameField,
}: {
  n: number;
  owner: Owner;
  candidates: OwnerCandidate[];
  onChange: (owner: Owner) => void;
  /** Id and message of the hand-typed name, from the form's errors. */
  nameField?: { id: string; error: string | undefined };
}) {
  const { t } = useTranslation();
  const chosen = candidates.find((c) => sameOwner(c.owner, owner));
  return (
    <>
      <SelectField
        label={t('plans.owners.pick', { n })}
        description={t('plans.owners.pickDescription')}
        value={chosen?.key ?? SOMEONE_ELSE}
        onValueChange={(key) => {
          const picked = candidates.find((c) => c.key === key);
          onChange(picked ? picked.owner : { kind: owner.kind, name: chosen ? '' : owner.name, userId: null });
        }}
        options={[
          ...candidates.map((c) => ({ value: c.key, label: c.label })),
          { value: SOMEONE_ELSE, label: t('plans.owners.someoneElse') },
        ]}
      />
      {chosen ? null : (
        <>
          <SelectField
            label={t('plans.editor.ownerKind', { n })}
            value={owner.kind}
            onValueChange={(v) =>
              onChange({ ...owner, kind: OWNER_KINDS.find((k) => k === v) ?? 'family_member', userId: null })
            }
            options={OWNER_KINDS.map((k) => ({ value: k, label: t(`plans.ownerKinds.${k}`) }))}
          />
          <TextField
            label={t('plans.editor.ownerName', { n })}
            value={owner.name}
            onValueChange={(v) => onChange({ ...owner, name: v, userId: null })}
            {...nameField}
          />
        </>
      )}
    </>
  );
}
