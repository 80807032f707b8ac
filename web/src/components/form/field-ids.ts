import { useId } from 'react';

/** Ids that tie a label, its description and its error message to one input (`id` from the form when given). */
export function useFieldIds(hasDescription: boolean, hasError: boolean, givenId?: string) {
  const generated = useId();
  const id = givenId ?? generated;
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const describedBy = [hasDescription ? descriptionId : null, hasError ? errorId : null].filter(Boolean).join(' ');
  return { id, descriptionId, errorId, describedBy: describedBy || undefined };
}
