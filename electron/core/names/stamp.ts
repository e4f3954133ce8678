/**
 * The date and time in names core gives things (an analysis batch, a meeting started without a name):
 * "2026-11-29 10:04" in the computer's time zone, which reads the same in every interface language.
 */
export function localStamp(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
