/** Public surface of the simulator for tests, benchmarks and scripts. */
export { startSimulator, HOST, type Simulator } from './server';
export { SimulatorControl } from './control';
export { WORDS, encodeToneWav, analyseTones, toneFrequency, TONE_BASE_HZ, TONE_STEP_HZ, type ToneWavOptions, type ToneWord } from './audio/tone';
export { FILLER_WORDS } from './audio/transcript';
export { MODERATION_CATEGORIES } from './routes/moderations';
export { DEFAULT_MODELS } from './models';
export { DEFAULT_LIMITS } from './limits/limiter';
export { formatDuration } from './limits/bucket';
export * from './types';
export { transcribeTurn } from './realtime/session';
export { REALTIME_TRANSCRIBE_MODELS } from './realtime/config';
