// The Stats screen's body as lines, a pure function of the numbers, the language and the
// width (the screen only scrolls them). Two columns when the terminal is wide enough.
import { topicName } from '../../../content/topic-name.js';
import type { Card, Lang } from '../../../content/types.js';
import type { Stats } from '../../../srs/stats.js';
import { padEnd, stringWidth, truncateEnd } from '../../../text/width.js';
import { bar, forecastRows, heatmapRows, rowWidth, type ChartRow } from '../../layout/charts.js';
import { clozeText } from '../../layout/card-lines.js';
import { gap, line, stack, textLines } from '../../layout/lines.js';
import type { Line, Span } from '../../layout/lines.js';
import { toolStrings } from './tool-strings.js';

const figure = (row: ChartRow): Line => ({ role: 'figure', verbatim: true, spans: row });
const title = (text: string): Line => line('title', { text, tone: 'title', bold: true });

function pct(r: number, decimals = 0): string {
  return `${(r * 100).toFixed(decimals)}%`;
}

export function statsLines(
  stats: Stats,
  cards: ReadonlyMap<string, { readonly card: Card; readonly lapses: number }>,
  lang: Lang,
  width: number,
): Line[] {
  const s = toolStrings(lang);
  const minutes = (ms: number) => s.minutes(Math.round(ms / 60_000));
  const [open, close] = lang === 'zh' ? ['（', '）'] : [' (', ')'];
  const rate = (r: { reviews: number; rate: number | null }) =>
    r.rate === null ? `–${open}0${close}` : `${pct(r.rate, 1)}${open}${r.reviews}${close}`;
  const barWidth = Math.max(8, Math.min(24, width - 30));
  const space = lang === 'zh' ? '' : ' ';
  // Prose lines wrap at the screen's width: nothing here is cut off at 60 columns.
  const readinessBar = [
    { text: `${s.readiness} ` },
    ...bar(stats.readiness, barWidth),
    { text: ` ${pct(stats.readiness)}`, tone: 'accent' as const },
  ];
  const note = `  ${s.readinessNote}`;
  const summary: Line[] = [
    ...textLines(
      `${s.perDay(stats.dailyAverage)} · ${s.time(minutes(stats.timeSpentMs), minutes(stats.timeTodayMs))}`,
      width,
      'status',
      { lead: [{ text: `${s.streak(stats.streakDays)} · `, tone: 'accent' }] },
    ),
    ...(rowWidth([...readinessBar, { text: note }]) <= width
      ? [line('status', ...readinessBar, { text: note, tone: 'muted' })]
      : [
          line('status', ...readinessBar),
          ...textLines(s.readinessNote, width - 2, 'status', {
            tone: 'muted',
            lead: [{ text: '  ' }],
          }),
        ]),
    ...textLines(
      `${s.trueRetention}${space}${s.young} ${rate(stats.trueRetention30d.young)} · ${s.mature} ${rate(stats.trueRetention30d.mature)}`,
      width,
      'status',
    ),
    ...textLines(s.practice(stats.practice.total, stats.practice.today), width, 'status', {
      tone: 'muted',
    }),
  ];
  const heat = [title(s.heatmapTitle), ...heatmapRows(stats.heatmap, lang, s.legend).map(figure)];
  const forecastWidth = Math.min(56, width);
  const forecast = [
    title(s.forecastTitle),
    ...forecastRows(stats.forecast, {
      height: 3,
      width: forecastWidth,
      today: s.today,
      last: s.inDays(stats.forecast.length - 1),
    }).map(figure),
  ];
  const nameWidth = Math.min(
    18,
    Math.max(...stats.topics.map((t) => stringWidth(topicName(t.topic, lang))), 4),
  );
  const topicBar = Math.max(6, Math.min(30, width - nameWidth - 20));
  const topics = [
    title(s.topicsTitle),
    ...stats.topics.map((t) =>
      line(
        'status',
        { text: `${padEnd(truncateEnd(topicName(t.topic, lang), nameWidth), nameWidth)} ` },
        ...bar(t.readiness, topicBar),
        { text: ` ${pct(t.readiness).padStart(4)}`, tone: 'accent' },
        { text: `  ${s.cardsCount(t.cards)}`, tone: 'muted' },
      ),
    ),
  ];
  const hardestRows = stats.hardest.slice(0, 10).map((id) => {
    const info = cards.get(id);
    const lapses = info ? `${s.lapses(info.lapses)} · ` : '';
    const prompt = info ? promptOf(info.card) : '';
    const idWidth = Math.min(24, Math.max(12, ...stats.hardest.map((x) => stringWidth(x))));
    const rest = Math.max(0, width - idWidth - 4);
    return line(
      'status',
      { text: `  ${padEnd(truncateEnd(id, idWidth), idWidth)}  `, tone: 'accent' },
      { text: truncateEnd(`${lapses}${prompt}`, rest), tone: 'muted' },
    );
  });
  const hardest = [
    line(
      'title',
      { text: s.hardestTitle, tone: 'title', bold: true },
      ...(stats.hardest.length > 0 ? [{ text: `  ${s.hardestKey}`, tone: 'accent' } as Span] : []),
    ),
    ...(hardestRows.length > 0
      ? hardestRows
      : [line('status', { text: `  ${s.none}`, tone: 'muted' })]),
  ];
  // Side by side when both plots fit with a gap of three columns.
  const heatWidth = Math.max(...heat.map((l) => rowWidth(l.spans)));
  const sideForecast = [
    title(s.forecastTitle),
    ...forecastRows(stats.forecast, {
      height: 3,
      width: width - heatWidth - 3,
      today: s.today,
      last: s.inDays(stats.forecast.length - 1),
    }).map(figure),
  ];
  const sideWidth = Math.max(...sideForecast.map((l) => rowWidth(l.spans)));
  const plots =
    heatWidth + 3 + sideWidth <= width && width - heatWidth - 3 >= 14 * 2 - 1
      ? beside(heat, sideForecast, heatWidth + 3)
      : stack(heat, forecast);
  return stack(summary, plots, topics, hardest);
}

/** Two columns of lines: `left` padded to `at` columns, `right` after it. */
function beside(left: readonly Line[], right: readonly Line[], at: number): Line[] {
  const n = Math.max(left.length, right.length);
  return Array.from({ length: n }, (_, i) => {
    const l = left[i] ?? gap;
    const r = right[i] ?? gap;
    const pad = ' '.repeat(Math.max(0, at - rowWidth(l.spans)));
    return { role: 'figure', verbatim: true, spans: [...l.spans, { text: pad }, ...r.spans] };
  });
}

/** A card's question in one line, for lists. */
export function promptOf(card: Card): string {
  // A cloze reads as it is asked: its gap as […], never the {{c1::…}} markup.
  if (card.type === 'cloze')
    return clozeText(card.text, card.index, false)
      .replace(/[\uE000\uE001]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  const o = card as unknown as Record<string, unknown>;
  const text = ['prompt', 'text', 'question'].map((k) => o[k]).find((v) => typeof v === 'string');
  return typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : card.id;
}
