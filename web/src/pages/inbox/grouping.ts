// Repeated items are grouped: all items of one kind form a group (newest first), and inside it the
// items about the same thing (same link) form one line with a count. A kind with a single item
// stays a plain item.
import type { Notification } from '../../api/inbox';

export interface SubjectLine {
  /** The same thing: its link (or the item id when there is none). */
  key: string;
  items: Notification[];
  latest: Notification;
  unreadIds: string[];
}

export interface KindGroup {
  kind: Notification['kind'];
  items: Notification[];
  lines: SubjectLine[];
  unreadIds: string[];
}

export function groupNotifications(items: readonly Notification[]): KindGroup[] {
  const groups = new Map<string, KindGroup>();
  for (const item of items) {
    let group = groups.get(item.kind);
    if (!group) {
      group = { kind: item.kind, items: [], lines: [], unreadIds: [] };
      groups.set(item.kind, group);
    }
    group.items.push(item);
    if (item.readAt === null) group.unreadIds.push(item.id);
    const key = item.link ?? item.id;
    let line = group.lines.find((l) => l.key === key);
    if (!line) {
      line = { key, items: [], latest: item, unreadIds: [] };
      group.lines.push(line);
    }
    line.items.push(item);
    if (item.readAt === null) line.unreadIds.push(item.id);
  }
  // Map keeps first-seen order and the items arrive newest first: groups follow their newest item.
  return [...groups.values()];
}
