import { describe, expect, it } from 'vitest';
import {
  autoGrade,
  gradeChoice,
  gradeOrder,
  distinctAnswers,
  gradeTyped,
  normalizeAnswer,
} from '../../src/srs/grading.js';

describe('typed answers', () => {
  it('ignore case, _, - and spaces: TIME_WAIT = time-wait = TIME WAIT = timewait', () => {
    const forms = [
      'TIME_WAIT',
      'time-wait',
      'TIME WAIT',
      '  time   wait ',
      'Time_-_Wait',
      'ＴＩＭＥ＿ＷＡＩＴ',
    ];
    for (const f of forms) expect(normalizeAnswer(f)).toBe('timewait');
    for (const f of forms) expect(gradeTyped(f, ['TIME_WAIT'])).toBe(true);
  });

  it('accept any listed alternative, and nothing else', () => {
    const accept = ['FIN_WAIT_1', 'FIN-WAIT-1'];
    expect(gradeTyped('fin wait 1', accept)).toBe(true);
    expect(gradeTyped('fin wait 2', accept)).toBe(false);
    expect(gradeTyped('finwait1', accept)).toBe(true);
    expect(gradeTyped('fin wait', accept)).toBe(false);
    expect(gradeTyped('   ', accept)).toBe(false);
  });
});

describe('choice and order', () => {
  const options = [{ correct: false }, { correct: true }, { correct: false }];

  it('rate a right pick Good and a wrong one Again', () => {
    expect(gradeChoice(options, [1])).toEqual({ correct: true, rating: 3 });
    expect(gradeChoice(options, [0])).toEqual({ correct: false, rating: 1 });
    expect(gradeChoice(options, [])).toEqual({ correct: false, rating: 1 });
    expect(gradeChoice(options, [1, 1])).toEqual({ correct: false, rating: 1 });
    const multi = [{ correct: true }, { correct: false }, { correct: true }];
    expect(gradeChoice(multi, [2, 0]).correct).toBe(true);
    expect(gradeChoice(multi, [0]).correct).toBe(false);
  });

  it('need the whole order right', () => {
    expect(gradeOrder([0, 1, 2, 3], 4)).toEqual({ correct: true, rating: 3 });
    expect(gradeOrder([0, 2, 1, 3], 4)).toEqual({ correct: false, rating: 1 });
    expect(gradeOrder([0, 1, 2], 4).correct).toBe(false);
    expect(autoGrade(false).rating).toBe(1);
  });

  it('shows one spelling per accepted form', () => {
    expect(distinctAnswers(['SYN-SENT', 'SYN_SENT', 'SYN SENT', 'SYNSENT', 'SYN-RCVD'])).toEqual([
      'SYN-SENT',
      'SYN-RCVD',
    ]);
    // A space before a digit, as Chinese notes write it, does not matter either.
    expect(gradeTyped('终止等待 1', ['终止等待1'])).toBe(true);
    // An answer written as code in the deck is typed without its backticks.
    expect(gradeTyped('ss -tan', ['`ss -tan`'])).toBe(true);
  });
});
