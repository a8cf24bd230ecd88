// The in-memory view of a review log that both stores share: entries in log order, which
// reviews are undone, and each card's state. Grading a card costs one scheduler step; only
// an undo or an out-of-order (imported) review replays that one card's history.
import { isUndo, replayCard, replayLog, type LogEntry, type Review } from '../srs/review-log.js';
import { grade, type CardState, type SchedulerSettings } from '../srs/scheduler.js';

export class ProgressIndex {
  private readonly log: LogEntry[] = [];
  private readonly byId = new Map<string, Review>();
  private readonly byCard = new Map<string, Review[]>();
  private readonly undone = new Set<string>();
  readonly states = new Map<string, CardState>();
  private live: Review[] | undefined;

  constructor(private settings: SchedulerSettings) {}

  /**
   * Adds one entry in log order. With `fold` false the entry is only indexed: its effect on
   * states is already in `states` (loaded from the cache). Returns false for a repeat.
   */
  add(entry: LogEntry, fold = true): boolean {
    if (isUndo(entry) ? this.undone.has(entry.undo) : this.byId.has(entry.id)) return false;
    this.log.push(entry);
    this.live = undefined;
    if (isUndo(entry)) {
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
    const sameTime = (r: Review) => r.at === entry.at && !this.undone.has(r.id);
    return this.byId.has(entry.id) || (this.byCard.get(entry.card) ?? []).some(sameTime);
  }

  isUndone(id: string): boolean {
    return this.undone.has(id);
  }

  review(id: string): Review | undefined {
    return this.byId.get(id);
  }

  /** Every entry, undo entries and undone reviews included, in log order. */
  entries(): readonly LogEntry[] {
    return this.log;
  }

  /** Reviews still in effect, in log order. A new array after each change, else the same one. */
  reviews(): readonly Review[] {
    this.live ??= this.log.filter((e): e is Review => !isUndo(e) && !this.undone.has(e.id));
    return this.live;
  }

  /** Replaces every state with a replay of the log (a rebuild, or new retention settings). */
  recomputeAll(settings: SchedulerSettings = this.settings): void {
    this.settings = settings;
    this.states.clear();
    for (const [card, state] of replayLog(this.log, settings)) this.states.set(card, state);
  }

  private recomputeCard(card: string): void {
    const reviews = (this.byCard.get(card) ?? []).filter((r) => !this.undone.has(r.id));
    const state = replayCard(reviews, this.settings);
    if (state) this.states.set(card, state);
    else this.states.delete(card);
  }
}
