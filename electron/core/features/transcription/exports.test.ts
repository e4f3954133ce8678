import { describe, expect, it } from 'vitest';
import type { RecordingDetail } from '../../../../shared/contract';
import { exportTranscript, speakerName, timecode } from './exports';

const detail = (over: Partial<RecordingDetail> = {}): RecordingDetail => ({
  recording: { id: 'r', jobId: 'j', name: 'Board: Q3/Q4 review.m4a', state: 'done', phase: 'done', durationMs: 5000, bytes: 1, providerId: 'p', model: 'whisper-1', language: null, chunks: { total: 1, done: 1 }, estimateMicros: 1, costMicros: 1, error: null, createdAt: '', startedAt: null, finishedAt: null },
  chunks: [],
  segments: [
    { idx: 0, startMs: 0, endMs: 1500, speaker: 'A', text: 'Welcome & hello <all>' },
    { idx: 1, startMs: 3_723_456, endMs: 3_724_000, speaker: 'Ana', text: 'Thanks.' },
  ],
  speakerNames: { A: 'Bo' },
  minutes: null,
  ...over,
});

describe('transcript exports', () => {
  it('formats SRT and VTT timecodes', () => {
    expect(timecode(3_723_456, ',')).toBe('01:02:03,456');
    expect(timecode(5, '.')).toBe('00:00:00.005');
  });

  it('names speakers: renamed labels, known speakers by their own name, others as "Speaker X"', () => {
    expect(speakerName('A', { A: 'Bo' })).toBe('Bo');
    expect(speakerName('B', {})).toBe('Speaker B');
    expect(speakerName('Ana', {})).toBe('Ana');
    expect(speakerName(null, {})).toBeNull();
  });

  it('writes SRT with numbered cues and names, and a safe file name', () => {
    const srt = exportTranscript(detail(), 'srt');
    expect(srt.filename).toBe('Board Q3 Q4 review.srt');
    expect(srt.content).toBe('1\n00:00:00,000 --> 00:00:01,500\nBo: Welcome & hello <all>\n\n2\n01:02:03,456 --> 01:02:04,000\nAna: Thanks.\n');
  });

  it('writes WebVTT with voice tags and DOCX as an escaped Word document', () => {
    expect(exportTranscript(detail(), 'vtt').content).toMatch(/^WEBVTT\n\n00:00:00\.000 --> 00:00:01\.500\n<v Bo>Welcome/);
    const docx = Buffer.from(exportTranscript(detail(), 'docx').content, 'base64');
    expect(docx.subarray(0, 4).toString('hex')).toBe('504b0304');
  });
});
