/* global AudioWorkletProcessor, registerProcessor */
/**
 * Runs on the audio rendering thread: turns the input into PCM16 frames of `frameSamples` and posts
 * each one (with its peak, for the level meter) to the page. Posted frames queue up when the page is
 * busy; a ScriptProcessorNode drops them instead, which cut words out of recordings on a loaded machine.
 * Plain JavaScript: a worklet is loaded as a separate module from the app's own origin (CSP 'self').
 */
class PcmCapture extends AudioWorkletProcessor {
  constructor(options) {
    super();
    this.size = options.processorOptions.frameSamples;
    this.frame = new Int16Array(this.size);
    this.filled = 0;
    this.peak = 0;
  }

  process(inputs) {
    const input = inputs[0] && inputs[0][0];
    if (!input) return true;
    for (let i = 0; i < input.length; i++) {
      const s = Math.max(-1, Math.min(1, input[i]));
      const a = s < 0 ? -s : s;
      if (a > this.peak) this.peak = a;
      this.frame[this.filled++] = Math.round(s * 32767);
      if (this.filled === this.size) {
        this.port.postMessage({ pcm: this.frame, peak: this.peak }, [this.frame.buffer]);
        this.frame = new Int16Array(this.size);
        this.filled = 0;
        this.peak = 0;
      }
    }
    return true;
  }
}

registerProcessor('atelier-pcm-capture', PcmCapture);
