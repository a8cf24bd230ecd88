// The Chinese text uses one term per concept, the one Chinese interview notes and RFC/man
// page translations use. This keeps the variants we removed from coming back.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

interface Rule {
  /** What must not appear. */
  readonly banned: RegExp;
  /** What to write instead. */
  readonly preferred: string;
  /** A text the rule must catch, so the pattern is known to work. */
  readonly example: string;
}

/**
 * Only variants that are wrong wherever they appear. 服务端 is the role in a connection
 * (beside 客户端), 服务器 the machine or program (一台服务器, Web 服务器); only the
 * role phrases that are certain are checked.
 */
const GLOSSARY: readonly Rule[] = [
  { banned: /序号/u, preferred: '序列号', example: 'SYN 占一个序号' },
  { banned: /计时器/u, preferred: '定时器', example: '重传计时器到期' },
  { banned: /重发/u, preferred: '重传', example: '第一次重发' },
  { banned: /复位/u, preferred: '重置', example: '回一个复位报文' },
  { banned: /套接字/u, preferred: 'socket', example: '监听套接字' },
  { banned: /数据段/u, preferred: '数据报文段', example: '第一个数据段到达' },
  {
    banned: /客户端[和与或、]服务器|服务器[和与或、]客户端/u,
    preferred: '服务端',
    example: '客户端和服务器都进入',
  },
  {
    banned: /(?<!台)服务器先关闭|服务器[一这那]?[侧边]|server\.zh: 服务器/u,
    preferred: '服务端',
    example: '# server.zh: 服务器',
  },
  { banned: /台服务端/u, preferred: '台服务器', example: '一台服务端' },
  // A figure in a Chinese sentence is 图 N (the citation lines are rewritten on screen).
  {
    banned: /\p{Script=Han}.*\bFigure \d|\bFigure \d.*\p{Script=Han}/u,
    preferred: '图 5',
    example: '见 Figure 5',
  },
];

const SCANNED = ['content/zh', 'content/model', 'src', 'README.md', 'content/README.md'];
const TEXT_FILE = /\.(md|sim|ts|tsx)$/;

/** Every text file below a repo-relative path, as repo-relative paths. */
function files(path: string): string[] {
  const full = join(ROOT, path);
  if (TEXT_FILE.test(path)) return [path];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .filter((f) => TEXT_FILE.test(f))
    .map((f) => relative(ROOT, join(full, f)));
}

describe('Chinese glossary', () => {
  it('finds none of the banned variants in the Chinese content and interface text', () => {
    const scanned = SCANNED.flatMap(files);
    expect(scanned.length).toBeGreaterThan(50);
    const hits = scanned.flatMap((file) =>
      readFileSync(join(ROOT, file), 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          GLOSSARY.filter((r) => r.banned.test(line)).map(
            (r) => `${file}:${i + 1}: ${line.match(r.banned)?.[0]} -> ${r.preferred}`,
          ),
        ),
    );
    expect(hits).toEqual([]);
  });

  it('catches each variant it bans and lets the preferred term through', () => {
    for (const rule of GLOSSARY) {
      expect(rule.banned.test(rule.example), rule.example).toBe(true);
      expect(rule.banned.test(rule.preferred), rule.preferred).toBe(false);
    }
    expect(GLOSSARY.some((r) => r.banned.test('一台服务器先关闭连接'))).toBe(false);
  });
});
