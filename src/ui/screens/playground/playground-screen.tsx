import { writeFileSync } from 'node:fs';
import { useMemo, useState } from 'react';
import {
  EMPTY_PLAYGROUND,
  playgroundReducer,
  playgroundScript,
  playgroundTrace,
  visitedChanges,
} from '../../../session/playground.js';
import type { PlayAction } from '../../../session/playground.js';
import type { HostName } from '../../../tcp/sim/segment.js';
import { segmentText } from '../../../tcp/sim/segment.js';
import { padEnd } from '../../../text/width.js';
import { useAppContext } from '../../app-context.js';
import { Frame } from '../../components/frame.js';
import { useFrame } from '../../hooks/use-frame.js';
import { useKeys } from '../../hooks/use-keys.js';
import { useStateStore, useValueStore } from '../../hooks/use-state-store.js';
import type { Command, Scope } from '../../keymap.js';
import { planFrame } from '../../layout/frame-layout.js';
import { gap, line, lineWidth, textLines } from '../../layout/lines.js';
import type { Line } from '../../layout/lines.js';
import { playStrings } from './playground-strings.js';
import { STATE_W, stepLines } from './run-lines.js';

const PLAYING: readonly Scope[] = ['playground', 'global'];
const TYPING: readonly Scope[] = ['line'];
const SHOWN_IN_FLIGHT = 3;

/** Keys that become playground actions; the rest are the screen's own. */
const ACTIONS: Partial<Record<Command, PlayAction>> = {
  'host-a': { type: 'host', host: 'A' },
  'host-b': { type: 'host', host: 'B' },
  'call-listen': { type: 'call', call: 'listen' },
  'call-connect': { type: 'call', call: 'connect' },
  'call-send': { type: 'call', call: 'send' },
  'call-close': { type: 'call', call: 'close' },
  'call-abort': { type: 'call', call: 'abort' },
  'send-rst': { type: 'rst' },
  deliver: { type: 'network', op: 'deliver' },
  drop: { type: 'network', op: 'drop' },
  duplicate: { type: 'network', op: 'dup' },
  delay: { type: 'network', op: 'delay' },
  'next-timer': { type: 'next-timer' },
  'two-msl': { type: 'two-msl' },
  'step-back': { type: 'back' },
};

function stamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
}

/**
 * The playground:
 *
 *   Playground · t=1 s · calls go to A
 *
 *   Host A (calls)  SYN-SENT                     Host B  SYN-RECEIVED
 *
 *     2 B listen                                                LISTEN
 *     3 A connect    SYN-SENT  --> SYN seq=100 ...
 *     …the newest steps, growing downward; the number is the step's line in the file `w`
 *     saves (line 1 is its header comment), as `tcp-drill sim FILE` reports it
 *
 *   In flight, oldest first:  1. B→A SYN,ACK seq=300 ack=101
 *   Visited 3 of the 46 state changes.
 *   Not yet: …, with a hint how to get there
 */
export function PlaygroundScreen() {
  const { trainer, lang, width, rows, navigate, now, t: app } = useAppContext();
  const t = playStrings(lang);
  // The run and the typed line live outside React: keys of one burst (`a` then `c`, a typed line and its Enter)
  // each act on the state the one before left, not on what this render's closure saw.
  const {
    state: play,
    latest: latestPlay,
    dispatch,
  } = useStateStore(playgroundReducer, () => EMPTY_PLAYGROUND);
  const {
    state: typing,
    latest: latestTyping,
    set: setTyping,
  } = useValueStore<string | undefined>(() => undefined);
  const [note, setNote] = useState<{ text: string; tone: 'good' | 'bad' } | undefined>();
  // How many rows above the newest the diagram is scrolled (0: the newest is in view).
  const [back, setBack] = useState(0);
  const trace = useMemo(() => playgroundTrace(play), [play]);
  // Visited rows stay visited: a step back takes the action away, not what it taught.
  const {
    state: seen,
    latest: latestSeen,
    set: setSeen,
  } = useValueStore<readonly string[]>(() => trainer.visited());
  const visited = visitedChanges(seen);
  const last = trace.steps.at(-1);
  const states = last?.states ?? { A: 'CLOSED', B: 'CLOSED' };
  const seconds = String((last?.time ?? 0) / 1000);

  const header = [
    line(
      'header',
      { text: t.title, tone: 'title', bold: true },
      { text: ` · ${t.time(seconds)} · `, tone: 'muted' },
      { text: t.callsGoTo(play.host), tone: 'accent' },
    ),
  ];
  const hostSpan = (h: HostName) => {
    const label = `${t.host(h)}${play.host === h ? ` ${t.chosen}` : ''}`;
    return [
      { text: `${play.host === h ? '▶ ' : '  '}${label} `, bold: play.host === h },
      { text: padEnd(states[h], STATE_W), tone: 'accent' as const, inverse: true },
    ];
  };
  const side = line('title', ...hostSpan('A'), { text: '    ' }, ...hostSpan('B'));
  // Narrow, the hosts go one above the other: B's state is never cut off.
  const hosts =
    lineWidth(side) <= width
      ? [side]
      : [line('title', ...hostSpan('A')), line('title', ...hostSpan('B'))];
  const diagram: Line[] =
    trace.steps.length === 0
      ? textLines(t.start, width, 'instruction', { tone: 'muted' })
      : trace.steps.flatMap((s) => stepLines(s, width, lang));
  const flight = last?.inFlight ?? [];
  const flightLines: Line[] =
    flight.length === 0
      ? [line('status', { text: t.nothingInFlight, tone: 'muted' })]
      : [
          line('status', { text: t.inFlight, tone: 'muted' }),
          ...flight
            .slice(0, SHOWN_IN_FLIGHT)
            .map((s, i) =>
              line(
                'status',
                { text: `  ${i + 1}. ${s.from}→${s.to} `, tone: 'muted' },
                { text: segmentText(s), tone: 'code' },
              ),
            ),
          ...(flight.length > SHOWN_IN_FLIGHT
            ? [line('status', { text: `  ${t.moreInFlight(flight.length - SHOWN_IN_FLIGHT)}` })]
            : []),
        ];
  const next = visited.next;
  const panel = [
    line('status', { text: t.visited(visited.count, visited.total), tone: 'good', bold: true }),
    ...(next
      ? textLines(t.notYet(next.from, next.to, next[lang].event), width, 'status', {
          tone: 'muted',
        })
      : [line('status', { text: t.allVisited, tone: 'good' })]),
  ];
  const problem = play.problem;
  const message: Line[] = problem
    ? textLines(
        problem.kind === 'no-timer' ? t.noTimer : t.badLine(problem.text, problem.message),
        width,
        'status',
        { tone: 'warn' },
      )
    : note
      ? textLines(note.text, width, 'status', { tone: note.tone })
      : [];
  const status: Line[] =
    typing === undefined
      ? message
      : [
          line('response', { text: t.typeLine, tone: 'accent' }, { text: `${typing}▏` }),
          line('status', { text: t.typeHint, tone: 'muted' }),
        ];
  const scopes = typing === undefined ? PLAYING : TYPING;
  const room = planFrame({
    rows,
    width,
    lang,
    header,
    body: [],
    status,
    scopes,
    more: { above: () => '', below: () => '' },
  }).bodyRows;
  // The diagram gets what the hosts, the network and the panel leave; when that is too
  // little, the gaps go first, then the network and the panel shrink to their first lines.
  const flightShort = flight.length === 0 ? flightLines : [flightLines[1]!];
  const layouts = [
    { gaps: true, flight: flightLines, panel },
    { gaps: false, flight: flightLines, panel },
    { gaps: false, flight: flightShort, panel },
    { gaps: false, flight: flightShort, panel: panel.slice(0, 1) },
  ];
  const used = (l: (typeof layouts)[number]) =>
    hosts.length + l.flight.length + l.panel.length + (l.gaps ? 3 : 0);
  const layout = layouts.find((l) => room - used(l) >= 4) ?? layouts.at(-1)!;
  const diagramRows = Math.max(1, room - used(layout));
  const maxBack = Math.max(0, diagram.length - diagramRows);
  const from = Math.max(0, diagram.length - diagramRows - Math.min(back, maxBack));
  // Rows out of view are counted where they would be, as every scrolling body does; a
  // marker takes the row it covers, which it counts too.
  const shown = diagram.slice(from, from + diagramRows);
  const below = diagram.length - from - shown.length;
  if (from > 0 && shown.length > 1)
    shown[0] = line('more', { text: app.moreAbove(from + 1), tone: 'muted' });
  if (below > 0 && shown.length > 1)
    shown[shown.length - 1] = line('more', { text: app.moreBelow(below + 1), tone: 'muted' });
  const body = (
    layout.gaps
      ? [...hosts, gap, ...shown, gap, ...layout.flight, gap, ...layout.panel]
      : [...hosts, ...shown, ...layout.flight, ...layout.panel]
  ).slice(0, Math.max(1, room));
  const frame = useFrame({ header, body, status, scopes, resetKey: 'playground' });

  const act = (action: PlayAction) => {
    dispatch(action);
    const rows = playgroundTrace(latestPlay()).visited;
    setNote(undefined);
    setBack(0);
    const before = latestSeen();
    if (rows.some((id) => !before.includes(id))) {
      trainer.markVisited(rows);
      setSeen([...new Set([...before, ...rows])]);
    }
  };
  const save = () => {
    const file = `tcp-drill-run-${stamp(now())}.sim`;
    try {
      writeFileSync(file, playgroundScript(latestPlay(), t.scriptHead), { flag: 'wx' });
      setNote({ text: t.saved(file), tone: 'good' });
    } catch (error) {
      setNote({ text: t.notSaved((error as Error).message), tone: 'bad' });
    }
  };
  useKeys(
    frame.plan.scopes,
    ({ command }) => {
      const line = latestTyping();
      if (line !== undefined) {
        if (command === 'check') {
          act({ type: 'line', text: line });
          setTyping(undefined);
        } else if (command === 'erase') setTyping([...line].slice(0, -1).join(''));
        else if (command === 'back') setTyping(undefined);
        return true;
      }
      const action = ACTIONS[command];
      if (action) {
        act(action);
        return true;
      }
      switch (command) {
        case 'type-line':
          setTyping('');
          return true;
        case 'save-run':
          save();
          return true;
        case 'up':
        case 'down':
        case 'page-up':
        case 'page-down': {
          const page = Math.max(1, diagramRows - 1);
          const move = { up: 1, down: -1, 'page-up': page, 'page-down': -page }[command];
          setBack((was) => Math.min(maxBack, Math.max(0, Math.min(was, maxBack) + move)));
          return true;
        }
        case 'back':
          navigate({ type: 'home' });
          return true;
        default:
          return false;
      }
    },
    typing === undefined
      ? {}
      : { burst: true, onText: (text) => setTyping((latestTyping() ?? '') + text) },
  );
  return <Frame frame={frame} />;
}
