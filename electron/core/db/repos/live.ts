import type { Db } from '../connection';

export type LiveState = 'recording' | 'paused' | 'finishing' | 'done' | 'failed';

export interface LiveSessionRow {
  id: string;
  name: string;
  state: LiveState;
  providerId: string;
  liveModel: string;
  offlineModel: string;
  language: string | null;
  diarize: boolean;
  recordingId: string | null;
  liveCostMicros: number;
  createdAt: string;
}

export interface LiveSpan {
  startMs: number;
  endMs: number;
  kind: 'speech' | 'silence';
  /** The completed live text (speech only). */
  text: string | null;
  costMicros: number;
}

const now = () => new Date().toISOString();

function toRow(r: Record<string, unknown>): LiveSessionRow {
  return {
    id: r.id as string,
    name: r.name as string,
    state: r.state as LiveState,
    providerId: r.provider_id as string,
    liveModel: r.live_model as string,
    offlineModel: r.offline_model as string,
    language: r.language as string | null,
    diarize: r.diarize === 1,
    recordingId: r.recording_id as string | null,
    liveCostMicros: r.live_cost_micros as number,
    createdAt: r.created_at as string,
  };
}

/** Live sessions and the stretches of them the realtime session confirmed. */
export function createLiveRepo(db: Db) {
  const insert = db.prepare(`
    INSERT INTO live_sessions (id, name, state, provider_id, live_model, offline_model, language, diarize, created_at, updated_at)
    VALUES (@id, @name, 'recording', @providerId, @liveModel, @offlineModel, @language, @diarize, @now, @now)`);
  const get = db.prepare<[string], Record<string, unknown>>('SELECT * FROM live_sessions WHERE id = ?');
  const unfinished = db.prepare<[], Record<string, unknown>>("SELECT * FROM live_sessions WHERE state IN ('recording', 'paused', 'finishing') ORDER BY created_at");
  const setState = db.prepare('UPDATE live_sessions SET state = ?, updated_at = ? WHERE id = ?');
  const setRecording = db.prepare("UPDATE live_sessions SET recording_id = ?, state = 'done', updated_at = ? WHERE id = ?");
  const addSpan = db.prepare('INSERT INTO live_spans (session_id, start_ms, end_ms, kind, text, cost_micros) VALUES (?, ?, ?, ?, ?, ?)');
  const addCost = db.prepare('UPDATE live_sessions SET live_cost_micros = live_cost_micros + ? WHERE id = ?');
  const spans = db.prepare<[string], LiveSpan>('SELECT start_ms AS startMs, end_ms AS endMs, kind, text, cost_micros AS costMicros FROM live_spans WHERE session_id = ? ORDER BY start_ms, end_ms');

  return {
    insert: (r: Pick<LiveSessionRow, 'id' | 'name' | 'providerId' | 'liveModel' | 'offlineModel' | 'language' | 'diarize'>) =>
      void insert.run({ ...r, diarize: r.diarize ? 1 : 0, now: now() }),
    get: (id: string) => {
      const r = get.get(id);
      return r ? toRow(r) : undefined;
    },
    /** Sessions a crash left open: recovered at the next start. */
    unfinished: () => unfinished.all().map(toRow),
    setState: (id: string, state: LiveState) => void setState.run(state, now(), id),
    finished: (id: string, recordingId: string) => void setRecording.run(recordingId, now(), id),
    /** A confirmed stretch; a speech span's cost is added to the session's live cost in the same transaction. */
    addSpan: db.transaction((id: string, s: LiveSpan) => {
      addSpan.run(id, Math.round(s.startMs), Math.round(s.endMs), s.kind, s.text, s.costMicros);
      if (s.costMicros) addCost.run(s.costMicros, id);
    }),
    spans: (id: string) => spans.all(id),
  };
}
export type LiveRepo = ReturnType<typeof createLiveRepo>;
