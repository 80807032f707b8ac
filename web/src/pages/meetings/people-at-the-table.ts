import { useTranslation } from 'react-i18next';
import { useDossier } from '../../api/families';
import type { ParticipantKind } from '../../api/meetings';

export interface TablePerson {
  key: string;
  kind: ParticipantKind;
  name: string;
  roleLabel: string;
  label: string;
}

/**
 * The household and its network as candidates for the table, so a family member or the neighbour
 * is entered with their own name and role; professionals and chain partners are typed in.
 */
export function usePeopleAtTheTable(familyId: string): TablePerson[] {
  const { t } = useTranslation();
  const dossier = useDossier(familyId).data;
  if (!dossier) return [];
  return [
    ...dossier.members.map((p) => {
      const household = p.kind === 'network' ? 'household' : p.kind;
      return {
        key: p.id,
        kind: 'family_member' as const,
        name: `${p.givenName} ${p.familyName}`,
        roleLabel: t(`meetings.participant.roles.${household}`),
        label: `${p.givenName} ${p.familyName} (${t(`families.kinds.${household}`)})`,
      };
    }),
    ...dossier.network.map((p) => {
      const relation = p.networkRelation ? t(`families.relations.${p.networkRelation}`) : t('families.kinds.network');
      return {
        key: p.id,
        kind: 'network' as const,
        name: `${p.givenName} ${p.familyName}`,
        roleLabel: relation.toLowerCase(),
        label: `${p.givenName} ${p.familyName} (${relation})`,
      };
    }),
  ];
}
