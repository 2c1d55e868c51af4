/** Conference recordings: started when a recording conference starts, paused, resumed, stopped, processed. */
import type { Conference, Recording } from '../store.js';
import { badRequest, rfc2822 } from '../util.js';
import { connected } from './conferences.js';
import type { Params, World } from './world.js';

function recordingEvent(w: World, c: Conference, r: Recording, status: 'in-progress' | 'completed' | 'failed' | 'absent'): void {
  const cb = c.recordingStatusCallback;
  if (!cb || !cb.events.includes(status)) return;
  const params: Params = [
    ['AccountSid', r.accountSid],
    ['ConferenceSid', r.conferenceSid],
    ['RecordingSid', r.sid],
    ['RecordingUrl', `https://api.twilio.com/2010-04-01/Accounts/${r.accountSid}/Recordings/${r.sid}`],
    ['RecordingStatus', status],
    ['RecordingDuration', String(Math.round(recordedMs(w, r) / 1000))],
    ['RecordingChannels', String(r.channels)],
    ['RecordingStartTime', rfc2822(r.startTime)],
    ['RecordingSource', 'Conference'],
  ];
  w.send('recording', r.accountSid, cb, status, params, {
    conferenceSid: c.sid,
    callSid: null,
    sequenceNumber: null,
  });
}

export function recordedMs(w: World, r: Recording): number {
  return r.recordedMs + (r.runningSince !== null ? w.now() - r.runningSince : 0);
}

export function startRecording(w: World, c: Conference): void {
  const now = w.now();
  const first = connected(c)[0] ?? c.participants[0]!;
  const r: Recording = {
    ordinal: c.recordings.length,
    sid: w.sids.mint('RE'),
    accountSid: c.accountSid,
    conferenceSid: c.sid,
    callSid: first.callSid,
    status: 'in-progress',
    dateCreated: now,
    dateUpdated: now,
    startTime: now,
    recordedMs: 0,
    runningSince: now,
    channels: 1,
    source: 'Conference',
    errorCode: null,
    completesAt: null,
  };
  c.recordings.push(r);
  w.recordings.set(r.sid, r);
  w.noteActivity(c, 'recording-start', null, r.sid);
  recordingEvent(w, c, r, 'in-progress');
}

export function setRecordingStatus(w: World, r: Recording, status: 'in-progress' | 'paused' | 'stopped'): void {
  const now = w.now();
  if (r.status !== 'in-progress' && r.status !== 'paused') {
    throw badRequest(`Recording ${r.sid} is ${r.status}; only an in-progress or paused recording can be changed`);
  }
  if (status === 'stopped') {
    stopRecording(w, r, 'stopped');
    return;
  }
  if (status === r.status) return;
  if (status === 'paused') {
    r.recordedMs = recordedMs(w, r);
    r.runningSince = null;
  } else {
    r.runningSince = now;
  }
  r.status = status;
  r.dateUpdated = now;
  const c = w.conferences.get(r.conferenceSid);
  if (c) w.noteActivity(c, status === 'paused' ? 'recording-pause' : 'recording-resume', null, r.sid);
}

export function stopRecording(w: World, r: Recording, status: 'stopped' | 'processing'): void {
  r.recordedMs = recordedMs(w, r);
  r.runningSince = null;
  r.status = status;
  r.dateUpdated = w.now();
  r.completesAt = w.now() + w.options.delays.recordingProcessingMs;
  const c = w.conferences.get(r.conferenceSid);
  if (c) w.noteActivity(c, 'recording-stop', null, r.sid);
  scheduleRecording(w, r);
}

export function scheduleRecording(w: World, r: Recording): void {
  const at = r.completesAt;
  if (at === null) return;
  w.clock.schedule(at, `rec:${r.sid}`, () => {
    if (r.completesAt !== at || !w.recordings.has(r.sid)) return;
    r.completesAt = null;
    r.status = r.recordedMs > 0 ? 'completed' : 'absent';
    r.dateUpdated = w.now();
    const c = w.conferences.get(r.conferenceSid);
    if (c) recordingEvent(w, c, r, r.status === 'completed' ? 'completed' : 'absent');
  });
}

export function deleteRecording(w: World, c: Conference, r: Recording): void {
  if (r.status === 'in-progress' || r.status === 'paused') {
    throw badRequest(`Recording ${r.sid} is ${r.status}; stop it before deleting it`);
  }
  w.clock.cancelGroup(`rec:${r.sid}`);
  c.recordings = c.recordings.filter((x) => x !== r);
  w.recordings.delete(r.sid);
}
