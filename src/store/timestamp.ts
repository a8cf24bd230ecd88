// File-name timestamps for backups and moved-aside files: local time, sortable.
import { existsSync } from 'node:fs';

/** 'YYYYMMDD-HHMMSS' in local time. */
export function fileStamp(now: number): string {
  const d = new Date(now);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

/** `base`, or `base-2`, `base-3`… if that path is taken (two recoveries in one second). */
export function freePath(base: string): string {
  if (!existsSync(base)) return base;
  for (let i = 2; ; i++) if (!existsSync(`${base}-${i}`)) return `${base}-${i}`;
}
