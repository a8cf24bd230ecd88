// The in-memory view of a review log that both stores share: entries in log order, which
// reviews are undone, and each card's state. Grading a card costs one scheduler step; only
// an undo or an out-of-order (imported) review replays that one card's history.
import {
  entryKey,
  isPractice,
  isReview,
  isUndo,
  replayCard,
  replayLog,
  type ExtraNewEntry,
  type LogEntry,
  type PracticeEntry,
  type Review,
  type SideEntry,
} from '../srs/review-log.js';
import { grade, type CardState, type SchedulerSettings } from '../srs/scheduler.js';

export class ProgressIndex {
  private readonly log: LogEntry[] = [];
  private readonly byId = new Map<string, Review>();
  private readonly byCard = new Map<string, Review[]>();
  private readonly undone = new Set<string>();
  readonly states = new Map<string, CardState>();
  private live: Review[] | undefined;
  /** Keys of practice, suspend/restore and extra-new entries, to drop repeats. */
  private readonly sideKeys = new Set<string>();
  private readonly practiceById = new Map<string, PracticeEntry>();
  private livePractice: PracticeEntry[] | undefined;
  /** Each card's newest suspend or restore: the newest wins, whatever order they arrive in. */
  private readonly suspension = new Map<string, { at: number; on: boolean }>();
  private readonly extra: ExtraNewEntry[] = [];

  constructor(private settings: SchedulerSettings) {}

  /**
   * Adds one entry in log order. With `fold` false the entry is only indexed: its effect on
   * states is already in `states` (loaded from the cache). Returns false for a repeat.
   */
  add(entry: LogEntry, fold = true): boolean {
    if (!isUndo(entry) && !isReview(entry)) return this.addSide(entry);
    if (isUndo(entry) ? this.undone.has(entry.undo) : this.byId.has(entry.id)) return false;
    this.log.push(entry);
    this.live = undefined;
    if (isUndo(entry)) {
      this.livePractice = undefined;
      this.undone.add(entry.undo);
      const target = this.byId.get(entry.undo);
      if (fold && target) this.recomputeCard(target.card);
      return true;
    }
    this.byId.set(entry.id, entry);
    const list = this.byCard.get(entry.card);
    if (list) list.push(entry);
    else this.byCard.set(entry.card, [entry]);
    if (!fold || this.undone.has(entry.id)) return true;
    const state = this.states.get(entry.card);
    // The common case: the newest review of its card. Anything older replays the card.
    if (state?.last_review === undefined || entry.at >= state.last_review) {
      this.states.set(entry.card, grade(state, entry.rating, entry.at, this.settings));
    } else this.recomputeCard(entry.card);
    return true;
  }

  /**
   * Whether the log already holds this entry: the same review id, the same undo, or a review
   * in effect of the same card at the same time. An undone one does not count: an overridden
   * grade and the learner's grade that replaced it share their time.
   */
  has(entry: LogEntry): boolean {
    if (isUndo(entry)) return this.undone.has(entry.undo);
    if (!isReview(entry)) return this.sideKeys.has(entryKey(entry));
    const sameTime = (r: Review) => r.at === entry.at && !this.undone.has(r.id);
    return this.byId.has(entry.id) || (this.byCard.get(entry.card) ?? []).some(sameTime);
  }

  isUndone(id: string): boolean {
    return this.undone.has(id);
  }

  /** The review, or practice answer, with this id. */
  review(id: string): Review | undefined {
    const practice = this.practiceById.get(id);
    if (practice) {
      const { practice: pid, ...rest } = practice;
      return { id: pid, ...rest };
    }
    return this.byId.get(id);
  }

  /** Practice answers still in effect (not undone), in log order. */
  practice(): readonly PracticeEntry[] {
    this.livePractice ??= [...this.practiceById.values()].filter(
      (p) => !this.undone.has(p.practice),
    );
    return this.livePractice;
  }

  /** Cards set aside: never scheduled until restored. A new set after each change. */
  suspended(): ReadonlySet<string> {
    return new Set([...this.suspension].filter(([, s]) => s.on).map(([card]) => card));
  }

  /** Every "learn N more new today" entry. */
  extraNew(): readonly ExtraNewEntry[] {
    return this.extra;
  }

  /** Every entry, undo entries and undone reviews included, in log order. */
  entries(): readonly LogEntry[] {
    return this.log;
  }

  /** Reviews still in effect, in log order. A new array after each change, else the same one. */
  reviews(): readonly Review[] {
    this.live ??= this.log.filter((e): e is Review => isReview(e) && !this.undone.has(e.id));
    return this.live;
  }

  /** Replaces every state with a replay of the log (a rebuild, or new retention settings). */
  recomputeAll(settings: SchedulerSettings = this.settings): void {
    this.settings = settings;
    this.states.clear();
    for (const [card, state] of replayLog(this.log, settings)) this.states.set(card, state);
  }

  private addSide(entry: SideEntry): boolean {
    const key = entryKey(entry);
    if (this.sideKeys.has(key)) return false;
    this.sideKeys.add(key);
    this.log.push(entry);
    if (isPractice(entry)) {
      this.practiceById.set(entry.practice, entry);
      this.livePractice = undefined;
    } else if ('extraNew' in entry) this.extra.push(entry);
    else {
      const card = 'suspend' in entry ? entry.suspend : entry.restore;
      const last = this.suspension.get(card);
      if (!last || entry.at >= last.at)
        this.suspension.set(card, { at: entry.at, on: 'suspend' in entry });
    }
    return true;
  }

  private recomputeCard(card: string): void {
    const reviews = (this.byCard.get(card) ?? []).filter((r) => !this.undone.has(r.id));
    const state = replayCard(reviews, this.settings);
    if (state) this.states.set(card, state);
    else this.states.delete(card);
  }
}
