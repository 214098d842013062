/**
 * A span of seconds as a person reads it, in its two largest units: `3 秒`, `2 分钟`,
 * `1 小时 5 分钟`, `2 天 3 小时`. Whole units, rounded down (a lag of 59.9 s is still
 * `59 秒`), so the number never claims more than the API said.
 */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const units = [
    { size: 86_400, name: '天' },
    { size: 3_600, name: '小时' },
    { size: 60, name: '分钟' },
    { size: 1, name: '秒' },
  ];
  const parts: string[] = [];
  let rest = whole;
  for (const unit of units) {
    const count = Math.floor(rest / unit.size);
    rest -= count * unit.size;
    if (count > 0 || parts.length > 0) parts.push(`${count} ${unit.name}`);
    if (parts.length === 2) break;
  }
  const shown = parts.filter((part, index) => index === 0 || !part.startsWith('0 '));
  return shown.length > 0 ? shown.join(' ') : '0 秒';
}
