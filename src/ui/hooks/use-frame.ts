import { useState } from 'react';
import { clampOffset, clampShift, planFrame } from '../layout/frame-layout.js';
import type { FrameInput, FramePlan } from '../layout/frame-layout.js';
import type { Command } from '../keymap.js';
import { useAppContext } from '../app-context.js';

export type FrameRequest = Pick<FrameInput, 'header' | 'body' | 'status' | 'scopes' | 'pin'> & {
  /** A new key (another card, the answer shown) starts the body at its top (or its focus). */
  readonly resetKey: string;
  /** A row and column to bring into view first: a diagram's blank, a cloze gap. */
  readonly focus?: { readonly row: number; readonly column: number; readonly size?: number };
  /** The focus is in a diagram: start with it near the top, so what follows shows too. */
  readonly focusTop?: boolean;
  /** A row that must be in view at the start as well (the verdict), with one line after it. */
  readonly anchor?: number;
};

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
  const plan = planFrame({
    rows,
    width,
    lang,
    header: request.header,
    body: request.body,
    status: request.status ?? [],
    scopes: request.scopes,
    more: { above: t.moreAbove, below: t.moreBelow },
    ...(request.pin ? { pin: request.pin } : {}),
  });
  const [saved, setSaved] = useState<{ key: string; offset: number; shift: number }>();
  const start = () => {
    const f = request.focus;
    const visible = f !== undefined && f.row >= 0 && f.row < plan.viewRows;
    // One line of context above the focus, when the window has room for it.
    const context = plan.viewRows >= 3 ? 1 : 0;
    let offset = f && (request.focusTop || !visible) ? f.row - context : 0;
    const anchor = request.anchor;
    if (anchor !== undefined && anchor + 1 >= offset + plan.viewRows)
      offset = anchor + 2 - plan.viewRows;
    if (!f) return { offset: clampOffset(plan, offset), shift: 0 };
    // Sideways, show the blank and a little after it.
    const shift = f.column + (f.size ?? 5) + 2 - width;
    return { offset: clampOffset(plan, offset), shift: clampShift(plan, shift) };
  };
  const here = saved?.key === request.resetKey ? saved : { key: request.resetKey, ...start() };
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
    setSaved({
      key: request.resetKey,
      offset: clampOffset(plan, offset + move[0]),
      shift: clampShift(plan, shift + move[1]),
    });
    return true;
  };
  return { plan, offset, shift, scroll };
}
