import Bowser from 'bowser';

/**
 * A session's user-agent string as people say it: "Chrome op Linux". Parsed with bowser (maintained, MIT);
 * the raw string is kept for the details.
 */
export function deviceName(userAgent: string, on: (browser: string, os: string) => string): string | null {
  const parsed = Bowser.parse(userAgent);
  const browser = parsed.browser.name || null;
  const os = parsed.os.name || null;
  if (browser && os) return on(browser, os);
  return browser ?? os;
}
