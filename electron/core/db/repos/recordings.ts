import type { Db } from '../connection';
import type { SearchPlan } from '../fts';
import { createFtsSearch } from './fts-search';

export type Phase = 'queued' | 'preparing' | 'transcribing' | 'stitching' | 'done';

export interface RecordingRow {
  id: string;
  jobId: string | null;
  name: string;
  sourcePath: string;
  bytes: number;
  durationMs: number | null;
  providerId: string;
  model: string;
  language: string | null;
  prompt: string | null;
  /** Known speakers: names with the media hash of a reference clip. */
  speakers: { name: string; clipHash: string }[];
  phase: Phase;
  /** The realtime model that captioned it, for a meeting recorded in the app. */
  liveModel: string | null;
  estimateMicros: number | null;
  costMicros: number;
  createdAt: string;
  updatedAt: string;
}

export interface ChunkRow {
  recordingId: string;
  idx: number;
  startMs: number;
  endMs: number;
  overlapMs: number;
  file: string;
  fileHash: string;
  state: 'pending' | 'done';
  requestId: string | null;
  costMicros: number;
  cached: boolean;
  result: unknown;
  /** Times this chunk went to the provider, over every attempt (429s and failed connections given back). */
  sends: number;
}

export interface SegmentRow {
  idx: number;
  startMs: number;
  endMs: number;
  speaker: string | null;
  text: string;
}

const now = () => new Date().toISOString();

function toRecording(r: Record<string, unknown>): RecordingRow {
  return {
    id: r.id as string,
    jobId: r.job_id as string | null,
    name: r.name as string,
    sourcePath: r.source_path as string,
    bytes: r.bytes as number,
    durationMs: r.duration_ms as number | null,
    providerId: r.provider_id as string,
    model: r.model as string,
    language: r.language as string | null,
    prompt: r.prompt as string | null,
    speakers: JSON.parse(r.speakers as string) as RecordingRow['speakers'],
    phase: r.phase as Phase,
    liveModel: (r.live_model as string | null | undefined) ?? null,
    estimateMicros: r.estimate_micros as number | null,
    costMicros: r.cost_micros as number,
    createdAt: r.created_at as string,
    updatedAt: r.updated_at as string,
  };
}

function toChunk(r: Record<string, unknown>): ChunkRow {
  return {
    recordingId: r.recording_id as string,
    idx: r.idx as number,
    startMs: r.start_ms as number,
    endMs: r.end_ms as number,
    overlapMs: r.overlap_ms as number,
    file: r.file as string,
    fileHash: r.file_hash as string,
    state: r.state as ChunkRow['state'],
    requestId: r.request_id as string | null,
    costMicros: r.cost_micros as number,
    cached: r.cached === 1,
    result: r.result ? (JSON.parse(r.result as string) as unknown) : null,
    sends: r.sends as number,
  };
}

/** Recordings, their chunks and transcripts. */
export function createRecordingsRepo(db: Db) {
  const insert = db.prepare(`
    INSERT INTO recordings (id, job_id, name, source_path, bytes, provider_id, model, language, prompt, speakers, estimate_micros, created_at, updated_at)
    VALUES (@id, @jobId, @name, @sourcePath, @bytes, @providerId, @model, @language, @prompt, @speakers, @estimateMicros, @now, @now)`);
  const withLiveModel = 'SELECT r.*, (SELECT s.live_model FROM live_sessions s WHERE s.recording_id = r.id) AS live_model FROM recordings r';
  const get = db.prepare<[string], Record<string, unknown>>(`${withLiveModel} WHERE r.id = ?`);
  const list = db.prepare<[], Record<string, unknown>>(`${withLiveModel} ORDER BY r.created_at DESC`);
  const update = db.prepare(
    'UPDATE recordings SET job_id = @jobId, duration_ms = @durationMs, phase = @phase, estimate_micros = @estimateMicros, updated_at = @now WHERE id = @id',
  );
  const remove = db.prepare('DELETE FROM recordings WHERE id = ?');
  const chunks = db.prepare<[string], Record<string, unknown>>('SELECT * FROM recording_chunks WHERE recording_id = ? ORDER BY idx');
  const insertChunk = db.prepare(
    'INSERT INTO recording_chunks (recording_id, idx, start_ms, end_ms, overlap_ms, file, file_hash) VALUES (@recordingId, @idx, @startMs, @endMs, @overlapMs, @file, @fileHash)',
  );
  const chunkDone = db.prepare(
    "UPDATE recording_chunks SET state = 'done', request_id = @requestId, cost_micros = @costMicros, cached = @cached, result = @result WHERE recording_id = @recordingId AND idx = @idx AND state = 'pending'",
  );
  const takeSend = db.prepare("UPDATE recording_chunks SET sends = sends + 1 WHERE recording_id = ? AND idx = ? AND state = 'pending' AND sends < ?");
  const giveBackSend = db.prepare('UPDATE recording_chunks SET sends = MAX(sends - 1, 0) WHERE recording_id = ? AND idx = ?');
  const resetSends = db.prepare("UPDATE recording_chunks SET sends = 0 WHERE recording_id = ? AND state = 'pending'");
  const addCost = db.prepare('UPDATE recordings SET cost_micros = cost_micros + ?, updated_at = ? WHERE id = ?');
  const clearSegments = db.prepare('DELETE FROM transcript_segments WHERE recording_id = ?');
  const insertSegment = db.prepare('INSERT INTO transcript_segments (recording_id, idx, start_ms, end_ms, speaker, text) VALUES (?, ?, ?, ?, ?, ?)');
  const segments = db.prepare<[string], SegmentRow>(
    'SELECT idx, start_ms AS startMs, end_ms AS endMs, speaker, text FROM transcript_segments WHERE recording_id = ? ORDER BY idx',
  );
  const editSegment = db.prepare('UPDATE transcript_segments SET text = ? WHERE recording_id = ? AND idx = ?');
  const moveSegment = db.prepare('UPDATE transcript_segments SET speaker = ? WHERE recording_id = ? AND idx = ?');
  const speakerNames = db.prepare<[string], { label: string; name: string }>('SELECT label, name FROM speaker_names WHERE recording_id = ?');
  const setSpeaker = db.prepare('INSERT INTO speaker_names (recording_id, label, name) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET name = excluded.name');
  const search = createFtsSearch<{ recordingId: string; name: string; idx: number; startMs: number }>(db, {
    base: 'transcript_segments',
    key: 'id',
    column: 'text',
    words: 'transcript_fts',
    trigrams: 'transcript_trigram',
    units: 'transcript_units',
    select: 't.recording_id AS recordingId, r.name AS name, t.idx AS idx, t.start_ms AS startMs',
    joins: ['recordings r ON r.id = t.recording_id'],
  });
  const getMinutes = db.prepare<[string], { content: string; model: string; costMicros: number; createdAt: string }>(
    'SELECT content, model, cost_micros AS costMicros, created_at AS createdAt FROM minutes WHERE recording_id = ?',
  );
  const putMinutes = db.prepare(
    'INSERT INTO minutes (recording_id, content, model, cost_micros, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET content = excluded.content, model = excluded.model, cost_micros = excluded.cost_micros, created_at = excluded.created_at',
  );

  return {
    insert: (r: Omit<RecordingRow, 'phase' | 'costMicros' | 'createdAt' | 'updatedAt' | 'durationMs' | 'liveModel'>) =>
      void insert.run({ ...r, speakers: JSON.stringify(r.speakers), now: now() }),
    get: (id: string) => {
      const r = get.get(id);
      return r ? toRecording(r) : undefined;
    },
    list: () => list.all().map(toRecording),
    update: (r: RecordingRow) => void update.run({ ...r, now: now() }),
    remove: (id: string) => void remove.run(id),
    chunks: (id: string) => chunks.all(id).map(toChunk),
    insertChunks: db.transaction((rows: Omit<ChunkRow, 'state' | 'requestId' | 'costMicros' | 'cached' | 'result' | 'sends'>[]) => {
      for (const row of rows) insertChunk.run(row);
    }),
    /** Counts one send of a chunk if its budget allows; false when the chunk was already sent `budget` times. */
    takeChunkSend: (id: string, idx: number, budget: number) => takeSend.run(id, idx, budget).changes > 0,
    /** A send the provider provably did not process (429, no connection) does not count. */
    giveBackChunkSend: (id: string, idx: number) => void giveBackSend.run(id, idx),
    /** The user retried: unfinished chunks get their whole send budget again. */
    resetChunkSends: (id: string) => void resetSends.run(id),
    /** Records a chunk's transcript and cost together; a chunk is only ever marked done once. */
    chunkDone: db.transaction((c: { recordingId: string; idx: number; requestId: string; costMicros: number; cached: boolean; result: unknown }) => {
      const changed = chunkDone.run({ ...c, cached: c.cached ? 1 : 0, result: JSON.stringify(c.result) }).changes;
      if (changed) addCost.run(c.costMicros, now(), c.recordingId);
      return changed > 0;
    }),
    replaceSegments: db.transaction((id: string, rows: Omit<SegmentRow, 'idx'>[]) => {
      clearSegments.run(id);
      rows.forEach((s, i) => insertSegment.run(id, i, s.startMs, s.endMs, s.speaker, s.text));
    }),
    segments: (id: string) => segments.all(id),
    editSegment: (id: string, idx: number, text: string) => editSegment.run(text, id, idx).changes > 0,
    moveSegment: (id: string, idx: number, speaker: string) => moveSegment.run(speaker, id, idx).changes > 0,
    speakerNames: (id: string) => Object.fromEntries(speakerNames.all(id).map((r) => [r.label, r.name])),
    setSpeakerName: (id: string, label: string, name: string) => void setSpeaker.run(id, label, name),
    /** Newest matches first; rows carry their full text for the snippet. */
    search: (plan: SearchPlan, limit: number) => search(plan, limit),
    minutes: (id: string) => getMinutes.get(id),
    putMinutes: (id: string, content: string, model: string, costMicros: number) => void putMinutes.run(id, content, model, costMicros, now()),
  };
}
export type RecordingsRepo = ReturnType<typeof createRecordingsRepo>;
