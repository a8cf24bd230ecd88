import { describe, expect, it } from 'vitest';
import {
  emptyMessage,
  leavingLine,
  shownEarly,
  summaryLines,
} from '../../src/session/study-text.js';

const NOW = new Date(2026, 2, 10, 12).getTime();
const MIN = 60_000;

describe('study text', () => {
  it('says why a queue is empty and what to press instead', () => {
    expect(emptyMessage({ kind: 'new-limit', limit: 20, due: 29 }, NOW, 'en')).toEqual([
      'Daily new limit reached (20): press r for the 29 due, or raise it in settings.',
    ]);
    expect(emptyMessage({ kind: 'new-limit', limit: 20, due: 29 }, NOW, 'zh')).toEqual([
      '今天的新卡上限（20）已到：按 r 复习 29 张到期卡，或在设置里调高上限。',
    ]);
    expect(
      emptyMessage({ kind: 'nothing-due', new: 0, nextDue: NOW + 8 * MIN }, NOW, 'en'),
    ).toEqual(['Nothing is due.', 'Next card in 8 min.']);
    expect(
      emptyMessage({ kind: 'nothing-due', new: 3, nextDue: NOW + 8 * MIN }, NOW, 'zh'),
    ).toEqual(['没有到期的卡：按 n 学习 3 张新卡。', '下一张卡 8 分钟后到期。']);
    expect(emptyMessage({ kind: 'review-limit', limit: 200, new: 1 }, NOW, 'en')).toEqual([
      'Daily review limit reached (200): raise it in settings, or press n for 1 new card.',
    ]);
  });

  it('sums up a session', () => {
    const s = { cards: 3, reviews: 4, ratings: { 1: 1, 2: 0, 3: 3, 4: 0 }, accuracy: 0.75 };
    expect(summaryLines({ ...s, ms: 125_000 }, NOW + 2 * 86_400_000, NOW, 'en')).toEqual([
      '3 cards studied (4 grades)',
      'Again 1 · Hard 0 · Good 3 · Easy 0',
      'Accuracy 75% · Time 2 min 5 s',
      'Next card in 2 days.',
    ]);
    expect(summaryLines({ ...s, ms: 5_000 }, undefined, NOW, 'zh')).toEqual([
      '学习了 3 张卡（评分 4 次）',
      '重来 1 · 困难 0 · 良好 3 · 简单 0',
      '正确率 75% · 用时 5 秒',
    ]);
  });

  it('marks a card shown before it is due', () => {
    expect(shownEarly(8 * MIN, 'en')).toBe('due in 8 min, shown early');
    expect(shownEarly(8 * MIN, 'zh')).toBe('8 分钟后到期，提前显示');
    expect(shownEarly(0, 'en')).toBeUndefined();
  });

  it('leaves one line on the terminal', () => {
    expect(leavingLine({ reviewsToday: 12, dueNow: 0, nextDue: NOW + 10 * MIN }, NOW, 'en')).toBe(
      '12 reviews today · next due in 10 min',
    );
    expect(leavingLine({ reviewsToday: 1, dueNow: 4 }, NOW, 'en')).toBe(
      '1 review today · 4 due now',
    );
    expect(leavingLine({ reviewsToday: 0, dueNow: 0 }, NOW, 'en')).toBe(
      '0 reviews today · nothing scheduled yet',
    );
    expect(
      leavingLine({ reviewsToday: 12, dueNow: 0, nextDue: NOW + 3 * 3_600_000 }, NOW, 'zh'),
    ).toBe('今天复习 12 次 · 下一张 3 小时后到期');
  });
});
