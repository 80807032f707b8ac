import { describe, expect, it } from 'vitest';
import type { Notification } from '../../api/inbox';
import { groupNotifications } from './grouping';

const item = (id: string, kind: Notification['kind'], link: string | null, read = false): Notification => ({
  id,
  kind,
  link,
  about: null,
  createdAt: `2026-12-0${id.length}T10:00:00Z`,
  readAt: read ? '2026-12-06T10:00:00Z' : null,
});

describe('groupNotifications', () => {
  it('puts one kind in one group and the same thing in one line with its count', () => {
    const groups = groupNotifications([
      item('a', 'support_checkin_due', '/buurtgezinnen/koppelingen/1'),
      item('b', 'signal_routed', '/signals/9'),
      item('c', 'support_checkin_due', '/buurtgezinnen/koppelingen/2', true),
      item('d', 'support_checkin_due', '/buurtgezinnen/koppelingen/1'),
    ]);
    expect(groups.map((g) => g.kind)).toEqual(['support_checkin_due', 'signal_routed']);
    const checkins = groups[0]!;
    expect(checkins.items).toHaveLength(3);
    expect(checkins.unreadIds).toEqual(['a', 'd']);
    expect(checkins.lines.map((l) => [l.key, l.items.length])).toEqual([
      ['/buurtgezinnen/koppelingen/1', 2],
      ['/buurtgezinnen/koppelingen/2', 1],
    ]);
    expect(checkins.lines[0]?.latest.id).toBe('a');
  });

  it('keeps items without a link apart', () => {
    const groups = groupNotifications([item('a', 'account_created', null), item('b', 'account_created', null)]);
    expect(groups[0]?.lines).toHaveLength(2);
  });
});
