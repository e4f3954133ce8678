import { afterEach, describe, expect, it, vi } from 'vitest';
import { backgroundWorkHeld } from '../../lib/backgroundWork';
import { Capture } from './capture';

const track = () => ({ stop: vi.fn(), addEventListener: vi.fn() });
const stream = () => {
  const tracks = [track()];
  return { getTracks: () => tracks, getAudioTracks: () => tracks, getVideoTracks: () => [] };
};

class FakeAudioContext {
  state = 'running';
  destination = {};
  audioWorklet = { addModule: vi.fn(async () => undefined) };
  createMediaStreamSource = () => ({ connect: vi.fn() });
  createGain = () => ({ gain: { value: 1 }, connect: vi.fn() });
  close = vi.fn(async () => undefined);
}

class FakeWorkletNode {
  port: { onmessage: unknown } = { onmessage: null };
  connect = vi.fn();
  disconnect = vi.fn();
}

const handlers = { frame: vi.fn(), level: vi.fn(), ended: vi.fn() };

describe('a live capture and the page’s idle background work', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('holds background work off from start until stop', async () => {
    vi.stubGlobal('navigator', { mediaDevices: { getUserMedia: vi.fn(async () => stream()) } });
    vi.stubGlobal('AudioContext', FakeAudioContext);
    vi.stubGlobal('AudioWorkletNode', FakeWorkletNode);
    const capture = new Capture();
    const started = capture.start({ deviceId: null, system: false }, handlers);
    expect(backgroundWorkHeld()).toBe(true);
    await started;
    expect(backgroundWorkHeld()).toBe(true);
    capture.stop();
    expect(backgroundWorkHeld()).toBe(false);
  });

  it('lets go when the microphone is refused and the capture is stopped', async () => {
    vi.stubGlobal('navigator', { mediaDevices: { getUserMedia: vi.fn(async () => Promise.reject(new Error('denied'))) } });
    const capture = new Capture();
    await expect(capture.start({ deviceId: null, system: false }, handlers)).rejects.toThrow('denied');
    expect(backgroundWorkHeld()).toBe(true);
    capture.stop();
    expect(backgroundWorkHeld()).toBe(false);
  });
});
