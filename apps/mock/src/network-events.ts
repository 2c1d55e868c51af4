/**
 * The events only the network causes (a far end hanging up, speech, an announcement ending), for tests
 * that hold a `startSandbox()`. The engine answers each with a status a host forwards; a test calling it
 * directly would not look, so a typo in a Call SID would pass silently. These throw instead.
 */
import type { Sandbox, SandboxResult, TwilioErrorBody } from '@conference-kit/sandbox';

/** A network event the sandbox refused: Twilio's error body, and its fields as twilio-node's RestException names them. */
export class SandboxEventError extends Error {
  readonly status: number;
  readonly code: number;
  readonly moreInfo: string;

  constructor(readonly body: TwilioErrorBody) {
    super(body.message);
    this.name = 'SandboxEventError';
    this.status = body.status;
    this.code = body.code;
    this.moreInfo = body.more_info;
  }
}

/** The participant as the API renders it (snake_case, Twilio's JSON). */
export type ParticipantJson = Record<string, unknown>;

export interface NetworkEvents {
  /**
   * The call's far end hangs up (`participant_hung_up`); before it is answered, the call is canceled.
   * Resolves the participant as it now stands, or undefined for a call in no conference. Throws a
   * SandboxEventError (404, 20404) for a Call SID the sandbox has no live call for.
   */
  hangUp(callSid: string): ParticipantJson | undefined;
  /**
   * The participant starts or stops speaking (`participant-speech-start` / `-stop`). Throws a
   * SandboxEventError: 404 for an unknown call, 409 for a call not (yet) connected to a conference.
   */
  speak(callSid: string, speaking: boolean): ParticipantJson;
  /**
   * Keys pressed on a live call; `*` takes a call that joined with `<Dial hangupOnStar="true">` out of
   * its conference. Throws 404 for an unknown call, 409 when the keys change nothing.
   */
  pressKeys(callSid: string, digits: string): ParticipantJson | undefined;
  /**
   * The conference's oldest playing announcement (or the one to `callSid`) ends, or fails with `failure`
   * as ReasonAnnouncementFailed. Throws 404 for an unknown conference, 409 when none is playing.
   */
  announcementEnd(conferenceSid: string, options?: { callSid?: string; failure?: string }): void;
}

export function networkEvents(sandbox: Sandbox): NetworkEvents {
  return {
    hangUp: (callSid) => participantOrThrow(sandbox.events.hangUp({ callSid })),
    speak: (callSid, speaking) => participantOrThrow(sandbox.events.speak({ callSid, speaking }))!,
    pressKeys: (callSid, digits) => participantOrThrow(sandbox.events.pressKeys({ callSid, digits })),
    announcementEnd: (conferenceSid, options = {}) => {
      participantOrThrow(sandbox.events.announcementEnd({ conferenceSid, ...options }));
    },
  };
}

function participantOrThrow(result: SandboxResult): ParticipantJson | undefined {
  if (result.status >= 400) throw new SandboxEventError(result.body as TwilioErrorBody);
  return result.status === 204 ? undefined : (result.body as ParticipantJson);
}
