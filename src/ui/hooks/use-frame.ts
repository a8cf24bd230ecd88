import { useState } from 'react';
import { clampOffset, clampShift, planRequest, startPosition } from '../layout/frame-layout.js';
import type { FramePlan, FrameRequest } from '../layout/frame-layout.js';
import type { Command } from '../keymap.js';
import { useAppContext } from '../app-context.js';

export type { FrameRequest };

export type FrameState = {
  readonly plan: FramePlan;
  readonly offset: number;
  readonly shift: number;
  /** Runs a scroll command; false if `command` is not one. */
  readonly scroll: (command: Command) => boolean;
};

/** Lays out a screen's frame and keeps its scroll position (per reset key). */
export function useFrame(request: FrameRequest): FrameState {
  const { rows, width, lang, t } = useAppContext();
  const plan = planRequest(request, { rows, width, lang, t });
  const [saved, setSaved] = useState<{ key: string; offset: number; shift: number }>();
  const here =
    saved?.key === request.resetKey
      ? saved
      : { key: request.resetKey, ...startPosition(plan, request) };
  const offset = clampOffset(plan, here.offset);
  const shift = clampShift(plan, here.shift);
  const page = Math.max(1, plan.viewRows - 1);
  const step = Math.max(4, Math.floor(width / 4));
  const scroll = (command: Command): boolean => {
    const moves: Partial<Record<Command, [number, number]>> = {
      up: [-1, 0],
      down: [1, 0],
      'page-up': [-page, 0],
      'page-down': [page, 0],
      left: [0, -step],
      right: [0, step],
    };
    const move = moves[command];
    if (!move) return false;
    // From the previous position, not this render's: two keys of one burst both count.
    setSaved((prev) => {
      const from = prev?.key === request.resetKey ? prev : { offset, shift };
      return {
        key: request.resetKey,
        offset: clampOffset(plan, clampOffset(plan, from.offset) + move[0]),
        shift: clampShift(plan, clampShift(plan, from.shift) + move[1]),
      };
    });
    return true;
  };
  return { plan, offset, shift, scroll };
}
