// Placement in a tailored or education-care arrangement (seed 002): the consultant picks one of the
// municipality's arrangements open in the row's period. Each shows its school and the places free in that
// period; a full one is shown as full and cannot be picked. Picking fixes the provider (one of the
// arrangement's providers contracted for the row's product) — the server checks the same (resolve.ts).
import { Button, Fieldset, FieldsetLegend, FormFieldErrorMessage, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { PlacementArrangement } from '../../api/decisions';

export function ArrangementPicker({
  arrangements,
  chosenId,
  contracted,
  onPick,
  id,
  error,
}: {
  arrangements: readonly PlacementArrangement[];
  chosenId: string;
  /** Providers contracted for the row's product over its period: only they can take the placement. */
  contracted: ReadonlySet<string>;
  onPick: (arrangement: PlacementArrangement, providerId: string) => void;
  id: string;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset id={id} invalid={Boolean(error)} aria-invalid={error ? true : undefined} data-testid="arrangement-picker">
      <FieldsetLegend>{t('decisions.arrangements.legend')}</FieldsetLegend>
      {error ? <FormFieldErrorMessage>{error}</FormFieldErrorMessage> : null}
      {arrangements.length === 0 ? <Paragraph>{t('decisions.arrangements.none')}</Paragraph> : null}
      <ul>
        {arrangements.map((a) => {
          const provider = a.providers.find((p) => contracted.has(p.id));
          const chosen = a.id === chosenId;
          const why =
            a.free === 0 ? t('decisions.arrangements.full') : provider ? null : t('decisions.arrangements.noProvider');
          return (
            <li key={a.id} data-testid={`arrangement-${a.id}`}>
              <Paragraph>
                <strong>{a.name}</strong> — {a.schoolName}.{' '}
                {t('decisions.arrangements.free', { free: a.free, capacity: a.capacity })}.{' '}
                {t('decisions.arrangements.providers', { names: a.providers.map((p) => p.name).join(', ') })}
              </Paragraph>
              <Button
                type="button"
                appearance={chosen ? 'primary-action-button' : 'secondary-action-button'}
                aria-pressed={chosen}
                disabled={why !== null}
                onClick={() => provider && onPick(a, provider.id)}
              >
                {why ??
                  (chosen
                    ? t('decisions.arrangements.chosen', { name: a.name })
                    : t('decisions.arrangements.pick', { name: a.name }))}
              </Button>
            </li>
          );
        })}
      </ul>
    </Fieldset>
  );
}
