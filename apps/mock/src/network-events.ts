/**
 * The events only the network causes (a far end hanging up, speech, an announcement ending), for tests
 * that hold a `startSandbox()`. The engine answers each with a status a host forwards; a test calling it
 * directly would not look, so a typo in a Call SID would pass silently. These throw instead,
 * the same SandboxCallError as the handles of `calls.incoming()`.
 */
import type { CallResource, Sandbox, SandboxResult, TwilioErrorBody } from '@conference-kit/sandbox';

/** What the sandbox refused about a call, with Twilio's error body (`code`, `message`, `more_info`, `status`). */
export class SandboxCallError extends Error {
  readonly status: number;
  readonly code: number;
  readonly moreInfo: string;
  constructor(readonly body: TwilioErrorBody) {
    super(body.message);
    this.name = 'SandboxCallError';
    this.status = body.status;
    this.code = body.code;
    this.moreInfo = body.more_info;
  }
}

/** The answer of an event (undefined for a 204), or a SandboxCallError with its Twilio body. */
export function accepted<T = CallResource>(result: SandboxResult): T | undefined {
  if (result.status >= 400) throw new SandboxCallError(result.body as TwilioErrorBody);
  return result.body as T | undefined;
}

/** The participant as the API renders it (snake_case, Twilio's JSON). */
export type ParticipantJson = Record<string, unknown>;

export interface NetworkEvents {
  /**
   * The call's far end hangs up (`participant_hung_up`); before it is answered, the call is canceled.
   * Returns the participant as it now stands, or undefined for a call in no conference. Throws a
   * SandboxCallError (404, 20404) for a Call SID the sandbox has no live call for.
   */
  hangUp(callSid: string): ParticipantJson | undefined;
  /**
   * The participant starts or stops speaking (`participant-speech-start` / `-stop`). Throws a
   * SandboxCallError: 404 for an unknown call, 409 for a call not (yet) connected to a conference.
   */
  speak(callSid: string, speaking: boolean): ParticipantJson;
  /**
   * Keys pressed on an answered call, for a `<Gather>`, or `*` to take a call that joined with
   * `<Dial hangupOnStar="true">` out of its conference. Returns the call. Throws 404 for an unknown
   * call, 409 for one not answered yet or when nothing listens for the keys.
   */
  pressKeys(callSid: string, digits: string): CallResource;
  /**
   * The conference's oldest playing announcement (or the one to `callSid`) ends, or fails with `failure`
   * as ReasonAnnouncementFailed. Throws 404 for an unknown conference, 409 when none is playing.
   */
  announcementEnd(conferenceSid: string, options?: { callSid?: string; failure?: string }): void;
}

export function networkEvents(sandbox: Sandbox): NetworkEvents {
  return {
    hangUp: (callSid) => accepted<ParticipantJson>(sandbox.events.hangUp({ callSid })),
    speak: (callSid, speaking) => accepted<ParticipantJson>(sandbox.events.speak({ callSid, speaking }))!,
    pressKeys: (callSid, digits) => accepted(sandbox.events.pressKeys({ callSid, digits }))!,
    announcementEnd: (conferenceSid, options = {}) => {
      accepted(sandbox.events.announcementEnd({ conferenceSid, ...options }));
    },
  };
}
