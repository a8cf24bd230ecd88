// The reducers behind the settings, card-list and practice screens, without rendering.
import { describe, expect, it } from 'vitest';
import {
  cardListReducer,
  startCardList,
  visibleRows,
  type CardListAction,
  type CardListState,
} from '../../src/session/card-list.js';
import { navigationReducer, START } from '../../src/session/navigation.js';
import {
  START_SETUP,
  choiceFor,
  practiceRows,
  practiceSetupReducer,
} from '../../src/session/practice-setup.js';
import { practiceTrainer } from '../../src/session/practice-trainer.js';
import {
  SETTING_ROWS,
  START_FORM,
  settingChange,
  settingsFormReducer,
} from '../../src/session/settings-form.js';
import { storeTrainer } from '../../src/session/store-trainer.js';
import type { CardRow } from '../../src/srs/card-rows.js';
import { DEFAULT_SETTINGS } from '../../src/srs/settings.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { card } from '../srs/cards.js';

describe('settings form', () => {
  it('moves within its rows and keeps the learn-more count in 5..200', () => {
    let f = settingsFormReducer(START_FORM, { type: 'move', by: -1 });
    expect(f.cursor).toBe(0);
    f = settingsFormReducer(f, { type: 'move', by: 99 });
    expect(SETTING_ROWS[f.cursor]).toBe('color');
    f = settingsFormReducer(START_FORM, { type: 'learn-more', by: -1 });
    f = settingsFormReducer(f, { type: 'learn-more', by: -1 });
    expect(f.learnMore).toBe(5);
  });

  it('changes each setting by a step within its bounds', () => {
    const s = DEFAULT_SETTINGS;
    expect(settingChange('newPerDay', s, 1)).toEqual({ newPerDay: 25 });
    expect(settingChange('newPerDay', { ...s, newPerDay: 10 }, -1)).toEqual({ newPerDay: 9 });
    expect(settingChange('newPerDay', { ...s, newPerDay: 0 }, -1)).toEqual({ newPerDay: 0 });
    expect(settingChange('reviewsPerDay', s, -1)).toEqual({ reviewsPerDay: 150 });
    expect(settingChange('retention', s, 1)).toEqual({ requestRetention: 0.91 });
    expect(settingChange('retention', { ...s, requestRetention: 0.99 }, 1)).toEqual({
      requestRetention: 0.99,
    });
    // auto → English → Chinese → auto, as `settings lang=` takes them.
    expect(settingChange('lang', s, 1)).toEqual({ lang: 'en' });
    expect(settingChange('lang', { ...s, lang: 'en' }, 1)).toEqual({ lang: 'zh' });
    expect(settingChange('lang', { ...s, lang: 'zh' }, 1)).toEqual({ lang: undefined });
    expect(settingChange('lang', s, -1)).toEqual({ lang: 'zh' });
    expect(settingChange('color', s, 1)).toEqual({ color: 'on' });
    expect(settingChange('color', { ...s, color: 'on' }, -1)).toEqual({ color: undefined });
    expect(settingChange('learnMore', s, 1)).toBeUndefined();
  });
});

describe('card list', () => {
  const rows: CardRow[] = [
    { card: card('b-two'), status: 'review', due: 300, lapses: 1 },
    {
      card: { ...card('a-one', { topic: 'teardown' }), deck: 'other' },
      status: 'new',
      due: undefined,
      lapses: 0,
    },
    { card: card('c-three'), status: 'learning', due: 100, lapses: 4 },
  ];
  const run = (...actions: CardListAction[]): CardListState =>
    actions.reduce(cardListReducer, startCardList());
  const ids = (state: CardListState) => visibleRows(rows, state).map((r) => r.card.id);

  it('sorts by due (unstudied last), then lapses, then id', () => {
    expect(ids(run())).toEqual(['c-three', 'b-two', 'a-one']);
    expect(ids(run({ type: 'sort' }))).toEqual(['c-three', 'b-two', 'a-one']);
    expect(run({ type: 'sort' }).sort).toBe('lapses');
    expect(ids(run({ type: 'sort' }, { type: 'sort' }))).toEqual(['a-one', 'b-two', 'c-three']);
  });

  it('filters by deck, then by topic, and searches the text of each card', () => {
    const filter: CardListAction = {
      type: 'filter',
      decks: ['test', 'other'],
      topics: ['handshake', 'teardown'],
    };
    expect(ids(run(filter))).toEqual(['c-three', 'b-two']); // deck test
    expect(ids(run(filter, filter))).toEqual(['a-one']); // deck other
    expect(ids(run(filter, filter, filter))).toEqual(['c-three', 'b-two']); // topic handshake
    expect(run(filter, filter, filter, filter, filter).filter).toEqual({ kind: 'all' });
    const searched = run({ type: 'search' }, { type: 'type', text: 'ANSWER b' });
    expect(searched.searching).toBe(true);
    expect(ids(searched)).toEqual(['b-two']);
    expect(ids(cardListReducer(searched, { type: 'erase' }))).toHaveLength(3); // 'answer ' matches all
    const kept = cardListReducer(searched, { type: 'end-search', keep: true });
    expect([kept.searching, kept.query]).toEqual([false, 'ANSWER b']);
    expect(cardListReducer(searched, { type: 'end-search', keep: false }).query).toBe('');
  });

  it('keeps the cursor on the list and opens and closes one card', () => {
    expect(run({ type: 'move', by: 5, rows: 3 }).cursor).toBe(2);
    expect(run({ type: 'move', by: -5, rows: 3 }).cursor).toBe(0);
    const open = run({ type: 'open', card: 'b-two' });
    expect(open.open).toBe('b-two');
    expect(cardListReducer(open, { type: 'close' }).open).toBeUndefined();
  });
});

describe('practice setup', () => {
  const rows = practiceRows(['handshake', 'teardown']);

  it('ticks topics, cycles the deck, steps the random count, and says what Enter practises', () => {
    let s = practiceSetupReducer(START_SETUP, { type: 'toggle', row: rows[1]! });
    s = practiceSetupReducer(s, { type: 'toggle', row: rows[0]! });
    expect(choiceFor(rows[0]!, s, ['d1', 'd2'], 'x')).toEqual({
      kind: 'topics',
      topics: ['teardown', 'handshake'],
    });
    // Nothing ticked: the topic under the cursor.
    expect(choiceFor(rows[1]!, START_SETUP, [], 'x')).toEqual({
      kind: 'topics',
      topics: ['teardown'],
    });
    s = practiceSetupReducer(START_SETUP, { type: 'change', row: rows[2]!, by: -1, decks: 2 });
    expect(choiceFor(rows[2]!, s, ['d1', 'd2'], 'x')).toEqual({ kind: 'deck', deck: 'd2' });
    s = practiceSetupReducer(START_SETUP, { type: 'change', row: rows[5]!, by: 1, decks: 2 });
    expect(choiceFor(rows[5]!, s, [], 'seed')).toEqual({ kind: 'random', count: 25, seed: 'seed' });
    expect(choiceFor(rows[3]!, s, [], 'x')).toEqual({ kind: 'failed' });
    expect(choiceFor(rows[4]!, s, [], 'x')).toEqual({ kind: 'hardest' });
    expect(practiceSetupReducer(s, { type: 'move', by: 99, rows: rows.length }).cursor).toBe(5);
  });
});

describe('navigation to the tool screens', () => {
  it('opens each screen and a practice run, and goes home again', () => {
    const stats = navigationReducer(START, { type: 'open', screen: 'stats' });
    expect(stats.screen).toEqual({ name: 'stats' });
    const run = navigationReducer(stats, { type: 'practise', choice: { kind: 'hardest' } });
    expect(run.screen).toMatchObject({ name: 'practice-run', choice: { kind: 'hardest' } });
    expect(navigationReducer(run, { type: 'home' }).screen).toEqual({ name: 'home' });
  });
});

describe('practiceTrainer', () => {
  it('serves the chosen cards and logs practice, leaving schedules and counts alone', () => {
    const bank = { decks: [], cards: [card('a'), card('b'), card('c')] };
    const store = createMemoryStore();
    const base = storeTrainer(bank, 'en', store, [], () => 1_000_000);
    const practice = practiceTrainer(base, [bank.cards[2]!]);
    expect(practice.queue('due').map((c) => c.id)).toEqual(['c']);
    const c = bank.cards[2]!;
    expect(practice.grade(c, 1, 500, 'auto', practice.preview(c))).toMatchObject({
      card: 'c',
      rating: 1,
      requeue: false,
    });
    expect(store.reviews()).toEqual([]);
    expect(store.practice()).toMatchObject([{ card: 'c', rating: 1 }]);
    expect(base.counts()).toMatchObject({ due: 0, new: 3 });
    expect(practice.summary(0)).toMatchObject({ reviews: 1 });
  });

  it('shows no interval on the grade bar, since practice schedules nothing', () => {
    const bank = { decks: [], cards: [card('a')] };
    const base = storeTrainer(bank, 'en', createMemoryStore(), [], () => 1_000_000);
    const practice = practiceTrainer(base, bank.cards);
    const labels = Object.values(practice.preview(bank.cards[0]!).outcomes).map((o) => o.label);
    expect(labels).toEqual(['', '', '', '']);
    expect(Object.values(base.preview(bank.cards[0]!).outcomes)[3]?.label).not.toBe('');
  });
});
