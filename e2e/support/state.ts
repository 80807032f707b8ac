// What one journey leaves for a later one in the same run (same server), e.g. the team the admin
// journey created, which the privacy officer then finds in the audit log.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RUN_STATE_DIR } from './env.js';

export interface AdminTeamResult {
  teamId: string;
  teamName: string;
  /** Usernames the admin added, in order; the first is the member from another organisation. */
  addedUsernames: string[];
  memberUsername: string;
}

const FILE = join(RUN_STATE_DIR, 'admin-team.json');

export async function saveAdminTeamResult(result: AdminTeamResult): Promise<void> {
  await mkdir(RUN_STATE_DIR, { recursive: true });
  await writeFile(FILE, JSON.stringify(result, null, 2));
}

export async function loadAdminTeamResult(): Promise<AdminTeamResult> {
  try {
    return JSON.parse(await readFile(FILE, 'utf8')) as AdminTeamResult;
  } catch {
    throw new Error(
      'The admin-team journey has not run in this run: the privacy officer journey looks for what it did. Run both: npx playwright test admin-team privacy-officer',
    );
  }
}
