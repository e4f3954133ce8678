import type { Page } from '@playwright/test';

/**
 * What the page saw of a live meeting's capture, for a recording that lost audio: whether Chromium's own
 * microphone track dropped frames (MediaStreamTrack.stats) and how busy the page's main thread was
 * (long tasks of 50 ms or more) from the recording's start. Install before the page loads.
 */
export async function watchCapture(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __captureWatch: { tasks: [number, number][]; mic: MediaStream | null } };
    const watch = (w.__captureWatch = { tasks: [] as [number, number][], mic: null as MediaStream | null });
    new PerformanceObserver((list) => list.getEntries().forEach((e) => watch.tasks.push([e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
    const getUserMedia = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (constraints) => (watch.mic = await getUserMedia(constraints));
  });
}

/** One line for a failure message: the microphone track's delivered and total frames, the page's long tasks since the recording began. */
export async function captureReport(page: Page): Promise<string> {
  return page.evaluate(() => {
    const watch = (window as unknown as { __captureWatch?: { tasks: [number, number][]; mic: MediaStream | null } }).__captureWatch;
    if (!watch) return 'capture not watched';
    const origin = Number(document.querySelector('[data-clock-origin]')?.getAttribute('data-clock-origin') ?? 0);
    const stats = (watch.mic?.getAudioTracks()[0] as unknown as { stats?: { deliveredFrames: number; totalFrames: number } } | undefined)?.stats;
    const tasks = watch.tasks.filter(([start]) => start >= origin).map(([start, ms]) => `${Math.round(start - origin)}+${Math.round(ms)}ms`);
    const track = stats ? `microphone track delivered ${stats.deliveredFrames} of ${stats.totalFrames} frames` : 'no track stats';
    return `${track}; page long tasks since the recording began (at+duration): ${tasks.join(' ') || 'none'}`;
  });
}
