/** Only same-origin paths become links; anything else in `link` is ignored. */
export function internalLink(link: string | null): string | null {
  return link && link.startsWith('/') && !link.startsWith('//') ? link : null;
}
