// Tests read one-time links the way the recipient would: from the mail drop (never from the outbox).
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function newMailDropDir(): string {
  return mkdtempSync(join(tmpdir(), 'kt-mail-drop-'));
}

/** Every dropped mail to this address, oldest first. */
export function droppedMails(dir: string, to: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .filter((text) => text.startsWith(`To: ${to}\n`));
}

export function lastTokenTo(dir: string, to: string): string {
  const mails = droppedMails(dir, to);
  const token = /token=([A-Za-z0-9_-]+)/.exec(mails[mails.length - 1] ?? '')?.[1];
  if (!token) throw new Error(`no mail with a token to ${to} in ${dir}`);
  return token;
}
