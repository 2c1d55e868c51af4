/**
 * Every leg's lifecycle on the sandbox clock: queued → initiated → ringing → answered, or busy /
 * no-answer / failed for the magic numbers; call progress callbacks; a leg dropping out of its conference.
 */
import type { CallStatus, LeaveReason, Participant } from '../store.js';
import { rfc2822 } from '../util.js';
import { afterLeave, connected, dropAnnouncementsTo, maybeStart } from './conferences.js';
import type { Params, World } from './world.js';

/** Magic `To` values: how a dialled leg ends instead of being answered. */
export type MagicOutcome = 'busy' | 'no-answer' | 'failed' | 'never-answer';
export const magicNumbers: Readonly<Record<string, MagicOutcome>> = {
  '+15005550010': 'busy',
  '+15005550011': 'no-answer',
  '+15005550012': 'failed',
  '+15005550013': 'never-answer',
  'client:busy': 'busy',
  'client:no-answer': 'no-answer',
  'client:failed': 'failed',
  'client:never-answer': 'never-answer',
};

export const SIP_RESPONSE: Partial<Record<CallStatus, string>> = { busy: '486', 'no-answer': '487', failed: '404' };

function callProgress(w: World, p: Participant, subscription: 'initiated' | 'ringing' | 'answered' | 'completed'): void {
  const cb = p.callback;
  if (!cb || !cb.events.includes(subscription)) return;
  p.callSequence += 1;
  const params: Params = [
    ['AccountSid', p.accountSid],
    ['ApiVersion', '2010-04-01'],
    ['CallSid', p.callSid],
    ['CallStatus', p.callStatus],
    ['Direction', p.direction === 'outbound' ? 'outbound-api' : 'inbound'],
    ['From', p.from],
    ['To', p.to],
    ['Timestamp', rfc2822(w.now())],
    ['CallbackSource', 'call-progress-events'],
    ['SequenceNumber', String(p.callSequence)],
  ];
  if (subscription === 'completed') {
    const seconds = p.joinTime !== null ? Math.max(0, Math.round((w.now() - p.joinTime) / 1000)) : 0;
    params.push(['CallDuration', String(seconds)], ['Duration', String(Math.ceil(seconds / 60))]);
    const sip = SIP_RESPONSE[p.callStatus];
    if (sip) params.push(['SipResponseCode', sip]);
  }
  w.send('call-progress', p.accountSid, cb, p.callStatus, params, {
    conferenceSid: p.conferenceSid,
    callSid: p.callSid,
    sequenceNumber: p.callSequence,
  });
}

export function scheduleStep(w: World, p: Participant): void {
  const next = p.next;
  if (!next) return;
  w.clock.cancelByPrefix(`call:${p.callSid}`);
  w.clock.schedule(next.at, `call:${p.callSid}:${next.step}`, () => {
    if (p.next === next) runStep(w, p);
  });
}

function runStep(w: World, p: Participant): void {
  const step = p.next;
  const c = w.conferences.get(p.conferenceSid);
  if (!step || !c) return;
  p.next = null;
  const now = w.now();
  const outcome = magicNumbers[p.to];
  const { dialMs, answerMs } = w.options.delays;
  switch (step.step) {
    case 'initiate':
      p.status = 'connecting';
      p.callStatus = 'initiated';
      p.dateUpdated = now;
      callProgress(w, p, 'initiated');
      p.next = outcome === 'failed' ? { at: now + dialMs, step: 'fail' } : { at: now + dialMs, step: 'ring' };
      break;
    case 'ring': {
      p.status = 'ringing';
      p.callStatus = 'ringing';
      p.ringStartedAt = now;
      p.dateUpdated = now;
      callProgress(w, p, 'ringing');
      const timeoutAt = now + p.timeoutSeconds * 1000;
      const answerAt = now + answerMs;
      if (outcome === 'busy') p.next = { at: answerAt, step: 'busy' };
      else if (outcome === 'no-answer') p.next = { at: Math.min(answerAt, timeoutAt), step: 'no-answer' };
      else if (outcome === 'never-answer' || answerAt > timeoutAt) p.next = { at: timeoutAt, step: 'no-answer' };
      else p.next = { at: answerAt, step: 'answer' };
      break;
    }
    case 'answer': {
      p.status = 'connected';
      p.callStatus = 'in-progress';
      p.joinTime = now;
      p.dateUpdated = now;
      callProgress(w, p, 'answered');
      w.conferenceEvent(c, 'participant-join', w.participantFields(p), p.callSid);
      c.peakConcurrent = Math.max(c.peakConcurrent, connected(c).length);
      maybeStart(w, c);
      break;
    }
    case 'busy':
      dropLeg(w, p, 'participant_add_failed', 'busy');
      afterLeave(w, c, p, false);
      break;
    case 'no-answer':
      dropLeg(w, p, 'participant_add_failed', 'no-answer');
      afterLeave(w, c, p, false);
      break;
    case 'fail':
      dropLeg(w, p, 'participant_add_failed', 'failed');
      afterLeave(w, c, p, false);
      break;
  }
  if (p.next) scheduleStep(w, p);
}

/**
 * Ends one leg: the participant leaves (or never joined), `participant-leave` and the call's
 * `completed` progress event are sent. Does not decide whether the conference ends (afterLeave does).
 */
export function dropLeg(w: World, p: Participant, reason: LeaveReason, callStatus: CallStatus): void {
  const c = w.conferences.get(p.conferenceSid)!;
  const now = w.now();
  const wasConnected = p.status === 'connected';
  w.clock.cancelByPrefix(`call:${p.callSid}`);
  p.next = null;
  p.status = callStatus === 'busy' || callStatus === 'failed' || callStatus === 'no-answer' ? 'failed' : 'complete';
  p.callStatus = callStatus;
  p.leaveReason = reason;
  p.dateUpdated = now;
  if (wasConnected) p.leaveTime = now;
  const participantCallStatus = callStatus === 'in-progress' ? 'completed' : callStatus;
  w.conferenceEvent(
    c,
    'participant-leave',
    [...w.participantFields(p), ['ParticipantCallStatus', participantCallStatus], ['ReasonParticipantLeft', reason]],
    p.callSid,
  );
  callProgress(w, p, 'completed');
  dropAnnouncementsTo(w, c, p.callSid);
}

/** A participant is removed through the API (DELETE): a kick. */
export function kick(w: World, p: Participant): void {
  dropLeg(w, p, 'participant_updated_via_api', p.status === 'connected' ? 'completed' : 'canceled');
  afterLeave(w, w.conferences.get(p.conferenceSid)!, p, true);
}

/** The participant's far end hangs up (a network event). */
export function hangUp(w: World, p: Participant): void {
  dropLeg(w, p, 'participant_hung_up', p.status === 'connected' ? 'completed' : 'canceled');
  afterLeave(w, w.conferences.get(p.conferenceSid)!, p, false);
}
