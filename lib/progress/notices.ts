/**
 * Notices: short messages telling the learner what happened to their saved progress (set aside, storage
 * full, storage unavailable, saved by a newer version). They are shown until dismissed.
 */

/** What a notice is about. */
export type NoticeKind = 'corrupt' | 'partial' | 'unavailable' | 'quota' | 'newer-version';

/** One message for the learner. */
export interface ProgressNotice {
  id: string;
  kind: NoticeKind;
  message: string;
  at: number;
  /** The storage key under which unreadable data was set aside, or null when nothing was. */
  asideKey: string | null;
}

/** The notices of one store. At most one notice per kind is kept (the latest), except for set-aside data. */
export class NoticeList {
  private items: ProgressNotice[] = [];
  private counter = 0;
  /** Increases with every change, so callers can tell whether something changed. */
  version = 0;

  constructor(private readonly now: () => number) {}

  /** The current notices, oldest first (a new array after every change). */
  get list(): readonly ProgressNotice[] {
    return this.items;
  }

  /** Adds a notice, replacing an earlier one of the same kind unless both point at set-aside data. */
  add(kind: NoticeKind, message: string, asideKey: string | null): void {
    const existing = this.items.find(
      (n) => n.kind === kind && (asideKey === null || n.asideKey === asideKey),
    );
    if (existing && existing.message === message && existing.asideKey === asideKey) return;
    this.counter += 1;
    const notice: ProgressNotice = { id: `${kind}-${this.counter}`, kind, message, at: this.now(), asideKey };
    this.items = [...this.items.filter((n) => n !== existing), notice];
    this.version += 1;
  }

  /** Removes one notice by id. */
  remove(id: string): void {
    const next = this.items.filter((n) => n.id !== id);
    if (next.length !== this.items.length) {
      this.items = next;
      this.version += 1;
    }
  }

  /** Removes every notice of a kind (e.g. "storage full" once a write succeeds again). */
  removeKind(kind: NoticeKind): void {
    const next = this.items.filter((n) => n.kind !== kind);
    if (next.length !== this.items.length) {
      this.items = next;
      this.version += 1;
    }
  }
}
