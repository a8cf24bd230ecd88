// Every shortcut, in one table: a command, its keys, the scope where it works and its hint
// in both languages. Key matching (`commandFor`), the footer (`footerHints`) and the help
// screen (`helpSections`) are all derived from these rows, so they cannot disagree. No
// screen checks a key itself.
import type { Lang } from '../content/types.js';

/**
 * Where a binding works. A screen lists the scopes it is in, most specific first; the first
 * binding that matches wins. `scroll` and `sideways` are added while the body is taller or
 * wider than the screen.
 */
export type Scope =
  | 'global'
  | 'home'
  | 'question'
  | 'typing'
  | 'picking'
  | 'ordering'
  | 'answer'
  | 'summary'
  | 'empty'
  | 'browse'
  | 'scroll'
  | 'sideways'
  | 'reading'
  | 'help'
  | 'stats'
  | 'settings'
  /** Settings, with the cursor on "learn N more today". */
  | 'learn-more'
  | 'practice'
  | 'cards'
  | 'card'
  | 'search'
  | 'playground'
  | 'line'
  | 'state-drill'
  | 'state-checked'
  | 'sequence-drill'
  | 'sequence-checked'
  | 'drill-over';

export type Command =
  | 'quit'
  | 'interrupt'
  | 'help'
  | 'close'
  | 'back'
  | 'up'
  | 'down'
  | 'page-up'
  | 'page-down'
  | 'first'
  | 'last'
  | 'left'
  | 'right'
  | 'open'
  | 'learn-new'
  | 'review-due'
  | 'open-deck'
  | 'read-intro'
  | 'reveal'
  | 'check'
  | 'erase'
  | 'clear'
  | 'pick'
  | 'take-back'
  | 'give-up'
  | 'previous'
  | 'next'
  | 'grade'
  | 'accept'
  | 'undo'
  | 'home'
  | 'open-stats'
  | 'open-settings'
  | 'open-practice'
  | 'open-cards'
  | 'practise-hardest'
  | 'decrease'
  | 'increase'
  | 'toggle'
  | 'start'
  | 'search'
  | 'filter'
  | 'sort'
  | 'suspend'
  | 'end-search'
  | 'open-playground'
  | 'open-state-drill'
  | 'open-sequence-drill'
  | 'whole-diagram'
  | 'next-card'
  | 'host-a'
  | 'host-b'
  | 'call-listen'
  | 'call-connect'
  | 'call-send'
  | 'call-close'
  | 'call-abort'
  | 'send-rst'
  | 'deliver'
  | 'drop'
  | 'duplicate'
  | 'delay'
  | 'next-timer'
  | 'two-msl'
  | 'step-back'
  | 'save-run'
  | 'type-line';

/** A named key, or one printable character (`q`, `?`, `G`). */
type KeyName =
  | 'space'
  | 'enter'
  | 'escape'
  | 'backspace'
  | 'delete'
  | 'up'
  | 'down'
  | 'left'
  | 'right'
  | 'pageup'
  | 'pagedown'
  | 'home'
  | 'end'
  | 'ctrl+u'
  | 'ctrl+z'
  | 'ctrl+c'
  | 'tab'
  | (string & {});

type Hint = Readonly<Record<Lang, string>>;

/** A footer hint's rank: see `Binding.rank`. */
export type Rank = 'main' | 'normal' | 'low';

export type Binding = {
  readonly command: Command;
  readonly scopes: readonly Scope[];
  readonly keys: readonly KeyName[];
  /** Digit keys `min`–`max` (ASCII or full-width); the digit is the command's argument. */
  readonly digits?: readonly [number, number];
  /** What the key does, as the help screen says it. */
  readonly hint: Hint;
  /** Bindings of one group share a footer entry: their first keys, then the group hint. */
  readonly group?: { readonly id: string; readonly hint: Hint };
  readonly footer?: false;
  /**
   * When the footer's hints do not fit its line: `main` ones always stay, `low` ones are
   * dropped first, the others next (each time the last of them in the row).
   */
  readonly rank?: Rank;
  /** In a burst of keys (a paste, fast typing over SSH), the next key still counts. */
  readonly repeatable?: boolean;
};

const SCROLL = { id: 'scroll', hint: { en: 'scroll', zh: '滚动' } } as const;
const SIDEWAYS = { id: 'sideways', hint: { en: 'sideways', zh: '左右移动' } } as const;
const MOVE = { id: 'move', hint: { en: 'move', zh: '移动' } } as const;
const BROWSE = { id: 'browse', hint: { en: 'previous/next card', zh: '上一张/下一张' } } as const;
const ENDED: readonly Scope[] = ['summary', 'empty'];
/** The screens opened from home by a letter: Esc goes back from each. */
const TOOLS: readonly Scope[] = ['stats', 'settings', 'practice', 'cards', 'card'];
const LISTS: readonly Scope[] = ['settings', 'practice', 'cards'];
const CHANGE = { id: 'change', hint: { en: 'change', zh: '调整' } } as const;

export const KEYMAP: readonly Binding[] = [
  // Home: the menu.
  {
    command: 'up',
    scopes: ['home'],
    keys: ['up', 'k'],
    hint: { en: 'previous row', zh: '上一行' },
    group: MOVE,
    repeatable: true,
  },
  {
    command: 'down',
    scopes: ['home'],
    keys: ['down', 'j'],
    hint: { en: 'next row', zh: '下一行' },
    group: MOVE,
    repeatable: true,
  },
  {
    command: 'page-up',
    scopes: ['home'],
    keys: ['pageup'],
    hint: { en: 'a page up', zh: '上一页' },
    footer: false,
    repeatable: true,
  },
  {
    command: 'page-down',
    scopes: ['home'],
    keys: ['pagedown'],
    hint: { en: 'a page down', zh: '下一页' },
    footer: false,
    repeatable: true,
  },
  {
    command: 'first',
    scopes: ['home'],
    keys: ['home', 'g'],
    hint: { en: 'first row', zh: '第一行' },
    footer: false,
  },
  {
    command: 'last',
    scopes: ['home'],
    keys: ['end', 'G'],
    hint: { en: 'last row', zh: '最后一行' },
    footer: false,
  },
  {
    command: 'open',
    scopes: ['home'],
    keys: ['enter'],
    hint: { en: 'open', zh: '打开' },
    rank: 'main',
  },
  {
    command: 'learn-new',
    scopes: ['home', 'summary', 'empty'],
    keys: ['n'],
    hint: { en: 'learn new', zh: '学新卡' },
  },
  {
    command: 'review-due',
    scopes: ['home', 'summary', 'empty'],
    keys: ['r'],
    hint: { en: 'review due', zh: '复习到期' },
  },
  {
    command: 'open-stats',
    scopes: ['home'],
    keys: ['s'],
    hint: { en: 'stats', zh: '统计' },
    // Shown beside its menu entry (and in help); the footer keeps to the essentials.
    footer: false,
  },
  {
    command: 'open-practice',
    scopes: ['home'],
    keys: ['p'],
    hint: { en: 'practice', zh: '练习' },
    // Shown beside its menu entry (and in help); the footer keeps to the essentials.
    footer: false,
  },
  {
    command: 'open-cards',
    scopes: ['home'],
    keys: ['c'],
    hint: { en: 'card list', zh: '卡片列表' },
    // Shown beside its menu entry (and in help); the footer keeps to the essentials.
    footer: false,
  },
  {
    command: 'open-settings',
    scopes: ['home'],
    keys: ['o'],
    hint: { en: 'settings', zh: '设置' },
    // Shown beside its menu entry (and in help); the footer keeps to the essentials.
    footer: false,
  },
  {
    command: 'open-state-drill',
    scopes: ['home'],
    keys: ['m'],
    hint: { en: 'state-machine drill', zh: '状态机练习' },
    footer: false,
  },
  {
    command: 'open-sequence-drill',
    scopes: ['home'],
    keys: ['d'],
    hint: { en: 'sequence-diagram drill', zh: '时序图练习' },
    footer: false,
  },
  {
    command: 'open-playground',
    scopes: ['home'],
    keys: ['f'],
    hint: { en: 'playground: drive two hosts', zh: '模拟场：操控两台主机' },
    footer: false,
  },
  {
    command: 'open-deck',
    scopes: ['home'],
    keys: [],
    digits: [0, 9],
    hint: { en: 'browse the deck with that number', zh: '浏览对应编号的卡组' },
    footer: false,
  },

  // A card, question side.
  {
    command: 'reveal',
    scopes: ['question'],
    keys: ['space', 'enter'],
    hint: { en: 'show answer', zh: '显示答案' },
    rank: 'main',
  },
  {
    command: 'check',
    scopes: ['typing'],
    keys: ['enter'],
    hint: { en: 'check', zh: '提交' },
    rank: 'main',
  },
  {
    command: 'erase',
    scopes: ['typing'],
    keys: ['backspace', 'delete'],
    hint: { en: 'erase a character', zh: '删除一个字符' },
    footer: false,
    repeatable: true,
  },
  {
    command: 'clear',
    scopes: ['typing'],
    keys: ['ctrl+u'],
    hint: { en: 'clear the answer', zh: '清空答案' },
    footer: false,
    repeatable: true,
  },
  {
    command: 'pick',
    scopes: ['picking', 'ordering'],
    keys: [],
    digits: [1, 9],
    hint: { en: 'pick', zh: '选择' },
    repeatable: true,
    rank: 'main',
  },
  // Only an ordering has picks to take back; a choice is answered by its one pick.
  {
    command: 'take-back',
    scopes: ['ordering'],
    keys: ['u', 'backspace', 'delete'],
    hint: { en: 'take back a pick (none left: undo)', zh: '撤回一次选择（没有可撤回时撤销评分）' },
    group: { id: 'take-back', hint: { en: 'take back', zh: '撤回' } },
    repeatable: true,
  },

  {
    command: 'give-up',
    scopes: ['question', 'typing', 'picking', 'ordering'],
    keys: ['tab'],
    hint: { en: 'give up: show the answer, graded Again', zh: '放弃：显示答案，记为重来' },
    group: { id: 'give-up', hint: { en: 'give up', zh: '放弃' } },
  },

  // A card, answer side.
  {
    command: 'grade',
    scopes: ['answer'],
    keys: [],
    digits: [1, 4],
    hint: { en: 'grade Again / Hard / Good / Easy', zh: '评分：重来 / 困难 / 良好 / 简单' },
    group: { id: 'grade', hint: { en: 'grade', zh: '评分' } },
    rank: 'main',
  },
  {
    command: 'accept',
    scopes: ['answer'],
    keys: ['space', 'enter'],
    hint: { en: 'accept grade', zh: '确认评分' },
    rank: 'main',
  },

  // Browsing a deck: no grades, so nothing to undo.
  {
    command: 'previous',
    scopes: ['browse'],
    keys: ['left', 'h'],
    hint: { en: 'previous card', zh: '上一张' },
    group: BROWSE,
    rank: 'main',
  },
  {
    command: 'next',
    scopes: ['browse'],
    keys: ['right', 'l', 'space'],
    hint: { en: 'next card', zh: '下一张' },
    group: BROWSE,
    rank: 'main',
  },
  {
    command: 'first',
    scopes: ['browse'],
    keys: ['home'],
    hint: { en: 'first card', zh: '第一张' },
    footer: false,
  },
  {
    command: 'last',
    scopes: ['browse'],
    keys: ['end'],
    hint: { en: 'last card', zh: '最后一张' },
    footer: false,
  },

  // The end of a session, or nothing to study.
  {
    command: 'home',
    scopes: ENDED,
    keys: ['enter'],
    hint: { en: 'home', zh: '主页' },
    rank: 'main',
  },

  // Undo: letters are text while typing, so there it takes a control key.
  {
    command: 'undo',
    // While picking one option, nothing is picked yet: `u` undoes the last grade.
    scopes: ['question', 'picking', 'answer', 'summary'],
    keys: ['u'],
    hint: { en: 'undo the last grade', zh: '撤销上一次评分' },
    group: { id: 'undo', hint: { en: 'undo', zh: '撤销' } },
    rank: 'low',
  },
  {
    command: 'undo',
    scopes: ['typing'],
    keys: ['ctrl+z'],
    hint: { en: 'undo the last grade', zh: '撤销上一次评分' },
    group: { id: 'undo', hint: { en: 'undo', zh: '撤销' } },
    rank: 'low',
  },

  // A body taller or wider than the screen.
  {
    command: 'up',
    scopes: ['scroll'],
    keys: ['up', 'k'],
    hint: { en: 'scroll up', zh: '向上滚动' },
    group: SCROLL,
    repeatable: true,
  },
  {
    command: 'down',
    scopes: ['scroll'],
    keys: ['down', 'j'],
    hint: { en: 'scroll down', zh: '向下滚动' },
    group: SCROLL,
    repeatable: true,
  },
  {
    command: 'page-up',
    scopes: ['scroll'],
    keys: ['pageup'],
    hint: { en: 'a page up', zh: '上一页' },
    footer: false,
    repeatable: true,
  },
  {
    command: 'page-down',
    scopes: ['scroll'],
    keys: ['pagedown'],
    hint: { en: 'a page down', zh: '下一页' },
    footer: false,
    repeatable: true,
  },
  {
    command: 'left',
    scopes: ['sideways'],
    // `<` `>` too: where ← → have a job of their own (browse: the cards), these still work.
    keys: ['left', 'h', '<'],
    hint: { en: 'diagram to the left', zh: '图向左看' },
    group: SIDEWAYS,
    repeatable: true,
  },
  {
    command: 'right',
    scopes: ['sideways'],
    keys: ['right', 'l', '>'],
    hint: { en: 'diagram to the right', zh: '图向右看' },
    group: SIDEWAYS,
    repeatable: true,
  },

  // Stats, settings, practice and the card list.
  {
    command: 'practise-hardest',
    scopes: ['stats'],
    keys: ['p'],
    hint: { en: 'practise the hardest cards', zh: '练习最难的卡' },
  },
  {
    command: 'up',
    scopes: LISTS,
    keys: ['up', 'k'],
    hint: { en: 'previous row', zh: '上一行' },
    group: MOVE,
  },
  {
    command: 'down',
    scopes: LISTS,
    keys: ['down', 'j'],
    hint: { en: 'next row', zh: '下一行' },
    group: MOVE,
  },
  {
    command: 'page-up',
    scopes: ['cards'],
    keys: ['pageup'],
    hint: { en: 'a page up', zh: '上一页' },
    footer: false,
  },
  {
    command: 'page-down',
    scopes: ['cards'],
    keys: ['pagedown'],
    hint: { en: 'a page down', zh: '下一页' },
    footer: false,
  },
  {
    command: 'decrease',
    scopes: ['settings', 'practice'],
    keys: ['left', 'h', '-'],
    hint: { en: 'less / previous choice', zh: '减少 / 上一个选项' },
    group: CHANGE,
    rank: 'main',
  },
  {
    command: 'increase',
    scopes: ['settings', 'practice'],
    keys: ['right', 'l', '+'],
    hint: { en: 'more / next choice', zh: '增加 / 下一个选项' },
    group: CHANGE,
    rank: 'main',
  },
  {
    command: 'toggle',
    scopes: ['practice'],
    keys: ['space'],
    hint: { en: 'choose this row (topics: one or more)', zh: '选中此行（主题可多选）' },
    group: { id: 'toggle', hint: { en: 'choose', zh: '选中' } },
    rank: 'main',
  },
  {
    command: 'start',
    scopes: ['practice'],
    keys: ['enter'],
    hint: { en: 'start practising', zh: '开始练习' },
    rank: 'main',
  },
  {
    command: 'start',
    scopes: ['learn-more'],
    keys: ['enter'],
    hint: { en: 'learn the extra cards now', zh: '立即学习加量的新卡' },
    rank: 'main',
  },
  {
    command: 'open',
    scopes: ['cards'],
    keys: ['enter'],
    hint: { en: 'open', zh: '打开' },
    rank: 'main',
  },
  { command: 'search', scopes: ['cards'], keys: ['/'], hint: { en: 'search', zh: '搜索' } },
  {
    command: 'filter',
    scopes: ['cards'],
    keys: ['f'],
    hint: { en: 'filter by deck or topic', zh: '按卡组或主题筛选' },
    rank: 'low',
  },
  {
    command: 'sort',
    scopes: ['cards'],
    keys: ['s'],
    hint: { en: 'sort by due, lapses or id', zh: '按到期、遗忘次数或编号排序' },
    rank: 'low',
  },
  {
    command: 'suspend',
    scopes: ['cards', 'card'],
    keys: ['!'],
    hint: { en: 'suspend / restore', zh: '暂停 / 恢复' },
    rank: 'low',
  },
  {
    command: 'end-search',
    scopes: ['search'],
    keys: ['enter'],
    hint: { en: 'keep the search', zh: '保留搜索' },
    rank: 'main',
  },
  {
    command: 'back',
    scopes: ['search'],
    keys: ['escape'],
    hint: { en: 'clear the search', zh: '清除搜索' },
    rank: 'main',
  },
  {
    command: 'erase',
    scopes: ['search'],
    keys: ['backspace', 'delete'],
    hint: { en: 'erase a character', zh: '删除一个字符' },
    footer: false,
    repeatable: true,
  },
  {
    command: 'back',
    scopes: TOOLS,
    keys: ['escape'],
    hint: { en: 'back', zh: '返回' },
    rank: 'low',
  },

  {
    command: 'read-intro',
    scopes: ['home'],
    keys: ['i'],
    hint: { en: "read the deck's introduction", zh: '阅读卡组简介' },
    footer: false,
  },
  // The state-machine drill: pick the next state and the segment sent, then go on.
  {
    command: 'pick',
    scopes: ['state-drill'],
    keys: [],
    digits: [1, 9],
    hint: { en: 'pick state and segment', zh: '选择状态和报文段' },
    rank: 'main',
  },
  {
    command: 'next-card',
    scopes: ['state-checked'],
    keys: ['enter', 'space'],
    hint: { en: 'next question', zh: '下一题' },
    rank: 'main',
  },
  {
    command: 'whole-diagram',
    scopes: ['state-drill', 'state-checked'],
    keys: ['v'],
    hint: { en: 'whole diagram / around the state', zh: '整张图 / 当前状态附近' },
    group: { id: 'whole-diagram', hint: { en: 'diagram', zh: '状态图' } },
  },
  {
    command: 'back',
    scopes: ['state-drill', 'state-checked'],
    keys: ['escape'],
    hint: { en: 'home', zh: '主页' },
    rank: 'low',
  },

  // The sequence drill: the blanks of one diagram, picked in turn.
  {
    command: 'pick',
    scopes: ['sequence-drill'],
    keys: [],
    digits: [1, 9],
    hint: { en: 'fill the blank', zh: '填空' },
    rank: 'main',
  },
  {
    command: 'next-card',
    scopes: ['sequence-checked'],
    keys: ['enter', 'space'],
    hint: { en: 'go on', zh: '继续' },
    rank: 'main',
  },
  {
    command: 'back',
    scopes: ['sequence-drill', 'sequence-checked'],
    keys: ['escape'],
    hint: { en: 'home', zh: '主页' },
    rank: 'low',
  },

  // A drill with nothing left to ask: only the way home.
  {
    command: 'home',
    scopes: ['drill-over'],
    keys: ['enter', 'space', 'escape'],
    hint: { en: 'home', zh: '主页' },
    rank: 'main',
  },

  // The playground: calls go to the chosen host, network keys act on the oldest segment.
  ...playBindings(),
  {
    command: 'close',
    scopes: ['help'],
    keys: ['escape', 'enter', '?'],
    hint: { en: 'close help', zh: '关闭帮助' },
    rank: 'main',
  },
  {
    command: 'back',
    scopes: ['question', 'typing', 'picking', 'ordering', 'answer', 'browse', ...ENDED, 'reading'],
    keys: ['escape'],
    hint: { en: 'back', zh: '返回' },
    rank: 'low',
  },
  // Help lists every key, so its hint stays when others are dropped.
  {
    command: 'help',
    scopes: ['global'],
    keys: ['?'],
    hint: { en: 'help', zh: '帮助' },
    rank: 'main',
  },
  {
    command: 'quit',
    scopes: ['global'],
    keys: ['q'],
    hint: { en: 'quit', zh: '退出' },
    rank: 'low',
  },
  {
    command: 'interrupt',
    scopes: ['global'],
    keys: ['ctrl+c'],
    hint: {
      en: 'quit, also while typing (exit status 130)',
      zh: '退出，输入时也可用（退出码 130）',
    },
    footer: false,
  },
];

function playBindings(): Binding[] {
  const group = (id: string, en: string, zh: string) => ({ id, hint: { en, zh } });
  const HOST = group('host', 'host', '主机');
  const CALL = group('call', 'call', '调用');
  const NET = group('net', 'network', '网络');
  const TIME = group('time', 'time', '时间');
  const BACK = group('step-back', 'step back', '退一步');
  const SAVE = group('save-run', 'save', '保存');
  const LINE = group('type-line', 'type a line', '输入脚本行');
  const rows: [Command, string, string, string, ReturnType<typeof group>?][] = [
    ['host-a', 'a', 'calls go to host A', '调用发给主机 A', HOST],
    ['host-b', 'b', 'calls go to host B', '调用发给主机 B', HOST],
    ['call-listen', 'l', 'listen() (passive OPEN)', 'listen()（被动打开）', CALL],
    ['call-connect', 'c', 'connect() (active OPEN)', 'connect()（主动打开）', CALL],
    ['call-send', 's', 'send 10 bytes', '发送 10 字节', CALL],
    ['call-close', 'x', 'close()', 'close()', CALL],
    ['call-abort', 'k', 'abort (sends an RST)', 'abort（发送 RST）', CALL],
    ['send-rst', 'r', 'an RST arrives at the host', '一个 RST 到达该主机', CALL],
    ['deliver', 'd', 'deliver the oldest segment in flight', '投递最早的在途报文段', NET],
    ['drop', 'p', 'drop (lose) it', '丢弃它', NET],
    ['duplicate', 'u', 'deliver it and keep a copy in flight', '投递它，并在途中留一份副本', NET],
    ['delay', 'y', 'delay it: to the back of the queue', '延迟它：移到队尾', NET],
    ['next-timer', 'n', 'wait until the next timer fires', '等到下一个定时器触发', TIME],
    ['two-msl', 'm', 'wait 2MSL', '等待 2MSL', TIME],
    ['step-back', 'z', 'step back: undo the last action', '退一步：撤销上一个动作', BACK],
    ['save-run', 'w', 'save the run as a sim script', '把这次运行保存为 sim 脚本', SAVE],
    [
      'type-line',
      ':',
      'type any sim script line (to B: SYN seq=150)',
      '输入任意 sim 脚本行（to B: SYN seq=150）',
      LINE,
    ],
  ];
  const play: Scope[] = ['playground'];
  const typed: Scope[] = ['line'];
  // The footer keeps the hosts, the calls and the network; help has the rest.
  const ranks: Readonly<Record<string, Rank>> = {
    host: 'main',
    call: 'main',
    net: 'main',
    'step-back': 'low',
    // Saving the run is what the playground is for; scrolling shows its own markers.
    'save-run': 'normal',
    'type-line': 'low',
  };
  // Hosts, calls, the network and time act on the screen's own state, key after key, so
  // a burst of them (`blac` typed fast) is read whole; the rest change what keys mean.
  const once = new Set(['save-run', 'type-line']);
  return [
    ...rows.map(([command, key, en, zh, g]) => ({
      command,
      scopes: play,
      keys: [key],
      hint: { en, zh },
      ...(g ? { group: g, rank: ranks[g.id] ?? 'normal' } : {}),
      ...(g && once.has(g.id) ? {} : { repeatable: true }),
    })),
    {
      command: 'up',
      scopes: play,
      keys: ['up'],
      hint: { en: 'earlier steps', zh: '更早的步骤' },
      group: SCROLL,
      rank: 'low',
      repeatable: true,
    },
    {
      command: 'down',
      scopes: play,
      keys: ['down'],
      hint: { en: 'later steps', zh: '更晚的步骤' },
      group: SCROLL,
      rank: 'low',
      repeatable: true,
    },
    {
      command: 'page-up',
      scopes: play,
      keys: ['pageup'],
      hint: { en: 'a page of earlier steps', zh: '上一页步骤' },
      footer: false,
      repeatable: true,
    },
    {
      command: 'page-down',
      scopes: play,
      keys: ['pagedown'],
      hint: { en: 'a page of later steps', zh: '下一页步骤' },
      footer: false,
      repeatable: true,
    },
    {
      command: 'back',
      scopes: play,
      keys: ['escape'],
      hint: { en: 'home', zh: '主页' },
      rank: 'low',
    },
    {
      command: 'check',
      scopes: typed,
      keys: ['enter'],
      hint: { en: 'run the line', zh: '执行' },
      rank: 'main',
    },
    {
      command: 'erase',
      scopes: typed,
      keys: ['backspace', 'delete'],
      hint: { en: 'erase a character', zh: '删除一个字符' },
      footer: false,
      repeatable: true,
    },
    {
      command: 'back',
      scopes: typed,
      keys: ['escape'],
      hint: { en: 'cancel', zh: '取消' },
      rank: 'main',
    },
  ];
}

/** The parts of ink's `Key` that the table looks at. */
export type KeyPress = {
  readonly return?: boolean;
  readonly escape?: boolean;
  readonly backspace?: boolean;
  readonly delete?: boolean;
  readonly ctrl?: boolean;
  readonly meta?: boolean;
  readonly upArrow?: boolean;
  readonly downArrow?: boolean;
  readonly leftArrow?: boolean;
  readonly rightArrow?: boolean;
  readonly pageUp?: boolean;
  readonly pageDown?: boolean;
  readonly home?: boolean;
  readonly end?: boolean;
  readonly tab?: boolean;
};

export type Matched = {
  readonly command: Command;
  /** The digit pressed, for digit bindings. */
  readonly digit?: number;
  readonly binding: Binding;
};

// Full-width digits (１–９) come from Chinese IMEs; accept them as the ASCII ones.
function digitOf(input: string): number | undefined {
  const code = input.length === 1 ? input.charCodeAt(0) : -1;
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return undefined;
}

function isNamed(key: KeyPress): boolean {
  return Boolean(
    key.return ||
    key.escape ||
    key.backspace ||
    key.delete ||
    key.upArrow ||
    key.downArrow ||
    key.leftArrow ||
    key.rightArrow ||
    key.pageUp ||
    key.pageDown ||
    key.home ||
    key.end ||
    key.tab,
  );
}

function matches(name: KeyName, input: string, key: KeyPress): boolean {
  switch (name) {
    case 'space':
      return input === ' ' && !isNamed(key);
    case 'enter':
      return Boolean(key.return);
    case 'escape':
      return Boolean(key.escape);
    case 'backspace':
      return Boolean(key.backspace);
    case 'delete':
      return Boolean(key.delete);
    case 'up':
      return Boolean(key.upArrow);
    case 'down':
      return Boolean(key.downArrow);
    case 'left':
      return Boolean(key.leftArrow);
    case 'right':
      return Boolean(key.rightArrow);
    case 'pageup':
      return Boolean(key.pageUp);
    case 'pagedown':
      return Boolean(key.pageDown);
    case 'home':
      return Boolean(key.home);
    case 'end':
      return Boolean(key.end);
    case 'ctrl+u':
      return Boolean(key.ctrl) && input === 'u';
    case 'ctrl+z':
      return Boolean(key.ctrl) && input === 'z';
    case 'ctrl+c':
      return Boolean(key.ctrl) && input === 'c';
    case 'tab':
      return Boolean(key.tab);
    default:
      return !key.ctrl && !key.meta && !isNamed(key) && input === name;
  }
}

/** A key that types a character (and so is text while an answer is being typed). */
export function isPrintable(input: string, key: KeyPress): boolean {
  return input !== '' && !key.ctrl && !key.meta && !isNamed(key);
}

/**
 * The command a key runs in `scopes` (most specific first). With `text`, printable keys
 * are text, so only named and control keys can run a command.
 */
export function commandFor(
  scopes: readonly Scope[],
  input: string,
  key: KeyPress,
  opts: { readonly text?: boolean } = {},
): Matched | undefined {
  if (opts.text && isPrintable(input, key)) return undefined;
  for (const scope of scopes) {
    for (const binding of KEYMAP) {
      if (!binding.scopes.includes(scope)) continue;
      if (binding.keys.some((k) => matches(k, input, key)))
        return { command: binding.command, binding };
      const d = binding.digits && !key.ctrl && !key.meta ? digitOf(input) : undefined;
      if (d !== undefined && binding.digits && d >= binding.digits[0] && d <= binding.digits[1])
        return { command: binding.command, digit: d, binding };
    }
  }
  return undefined;
}

const KEY_LABELS: Readonly<Record<string, string>> = {
  space: 'Space',
  enter: 'Enter',
  escape: 'Esc',
  backspace: '⌫',
  delete: 'Del',
  up: '↑',
  down: '↓',
  left: '←',
  right: '→',
  pageup: 'PgUp',
  pagedown: 'PgDn',
  home: 'Home',
  end: 'End',
  'ctrl+u': 'Ctrl-U',
  'ctrl+z': 'Ctrl-Z',
  'ctrl+c': 'Ctrl-C',
  tab: 'Tab',
};

const keyLabel = (name: KeyName): string => KEY_LABELS[name] ?? name;

/**
 * Every key of a binding, as the help screen shows it: `Space/Enter`, `1-4`. With `picks`,
 * a digit binding names only the digits that have an option on screen.
 */
export function bindingLabel(binding: Binding, picks?: number): string {
  const keys = binding.keys.filter((k) => k !== 'delete').map(keyLabel);
  if (binding.digits) {
    const [low, high] = binding.digits;
    const top = picks === undefined ? high : Math.min(high, low + picks - 1);
    keys.unshift(top <= low ? String(low) : `${low}-${top}`);
  }
  return keys.join('/');
}

/** The first key of the binding of `command` in `scope`, as shown beside a menu entry. */
export function keyOf(command: Command, scope: Scope): string | undefined {
  const binding = KEYMAP.find((b) => b.command === command && b.scopes.includes(scope));
  const first = binding?.keys[0];
  return first === undefined ? undefined : keyLabel(first);
}

export type Hinted = { readonly label: string; readonly hint: string };

/** A footer entry: its keys, its hint and how it ranks when the row is full. */
export type FooterHint = Hinted & { readonly rank: Rank };

const RANKS: readonly Rank[] = ['low', 'normal', 'main'];

/**
 * The footer: one entry per binding of `scopes`, in scope order. The bindings of a group
 * share one entry: `↑` and `↓` make `↑↓ scroll`. A key that an earlier scope takes is not
 * shown again (in browse, `←` is the previous card, so sideways is `<>`).
 */
export function footerHints(
  scopes: readonly Scope[],
  lang: Lang,
  opts: { readonly text?: boolean; readonly picks?: number } = {},
): FooterHint[] {
  // While typing, a binding with only printable keys (q, ?) is text: it is not offered.
  const works = (b: Binding) => !opts.text || b.keys.some((k) => k.length > 1);
  const taken = new Set<KeyName>();
  const shown: { binding: Binding; keys: KeyName[] }[] = [];
  for (const scope of scopes) {
    for (const binding of KEYMAP.filter((b) => b.scopes.includes(scope))) {
      const keys = binding.keys.filter((k) => !taken.has(k));
      if (shown.some((s) => s.binding === binding)) continue;
      binding.keys.forEach((k) => taken.add(k));
      const any = keys.length > 0 || binding.digits !== undefined;
      if (binding.footer !== false && works(binding) && any) shown.push({ binding, keys });
    }
  }
  const entries: { id: string; items: typeof shown }[] = [];
  for (const item of shown) {
    const id = item.binding.group?.id ?? `${item.binding.command}:${bindingLabel(item.binding)}`;
    const entry = entries.find((e) => e.id === id);
    if (!entry) entries.push({ id, items: [item] });
    else entry.items.push(item);
  }
  return entries.map(({ items }) => {
    const first = items[0]!;
    const label =
      items.length === 1
        ? bindingLabel({ ...first.binding, keys: first.keys }, opts.picks)
        : items.map((i) => keyLabel(i.keys[0] ?? '')).join('');
    const rank = RANKS[Math.max(...items.map((i) => RANKS.indexOf(i.binding.rank ?? 'normal')))]!;
    return { label, hint: (first.binding.group?.hint ?? first.binding.hint)[lang], rank };
  });
}

export type HelpSection = {
  readonly scope: Scope;
  readonly keys: readonly Hinted[];
};

/** Every binding, scope by scope, for the help screen. */
export function helpSections(lang: Lang): HelpSection[] {
  const order: readonly Scope[] = [
    'home',
    'question',
    'typing',
    'picking',
    'ordering',
    'answer',
    'summary',
    'empty',
    'stats',
    'settings',
    'learn-more',
    'practice',
    'cards',
    'card',
    'search',
    'browse',
    'scroll',
    'sideways',
    'reading',
    'playground',
    'line',
    'state-drill',
    'state-checked',
    'sequence-drill',
    'sequence-checked',
    'drill-over',
    'help',
    'global',
  ];
  return order.map((scope) => ({
    scope,
    keys: KEYMAP.filter((b) => b.scopes.includes(scope)).map((b) => ({
      label: bindingLabel(b),
      hint: b.hint[lang],
    })),
  }));
}

/** One key press, as `useInput` would have reported it on its own. */
export type SplitPress = { readonly input: string; readonly key: KeyPress };

/**
 * ink hands over a burst of plain bytes as one input: a paste, a Chinese IME committing a
 * word, keys typed over a slow SSH link, `abc\r` or three DELs in a row. Split such a
 * burst into single presses so Enter still submits and Backspace still erases, and drop
 * other control bytes instead of printing them into the frame.
 */
export function splitPresses(input: string, key: KeyPress): SplitPress[] {
  const named = isNamed(key) || key.ctrl || key.meta || input.length <= 1;
  if (named) return [{ input, key }];
  const presses: SplitPress[] = [];
  for (const ch of input) {
    if (ch === '\r' || ch === '\n') presses.push({ input: '', key: { return: true } });
    else if (ch === '\u007F' || ch === '\b') presses.push({ input: '', key: { backspace: true } });
    else if (ch >= ' ') presses.push({ input: ch, key: {} });
  }
  return presses;
}
