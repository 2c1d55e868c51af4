// Generated — do not edit.
// scripts/generate-twiml.mjs from specs/twiml/vocabulary.yaml.
// Change the vocabulary, then run `pnpm --filter @conference-kit/client generate`.
import { element, twimlDocument, type Check, type TextRule, type TwimlDocument, type TwimlNode } from './core.js';

/** A verb the <Response> of a voice document may hold. */
export type VoiceVerb = Say | Play | Pause | Redirect | Hangup | Reject | Dial | Gather;

/** A voice document: a document that drives a call: the answer to a call's Url or inline Twiml, to a <Redirect>, to a <Dial> or <Gather> action, or to a fallback URL. */
export type VoiceDocument = TwimlDocument<"voice">;

/**
 * A voice document: `<?xml version="1.0" encoding="UTF-8"?><Response>…</Response>`, holding <Say>, <Play>, <Pause>, <Redirect>, <Hangup>, <Reject>, <Dial>, <Gather>.
 * Throws a RangeError when the document is over Twilio's 64 kB limit.
 */
export function response(...verbs: VoiceVerb[]): VoiceDocument {
  return twimlDocument("Response", verbs);
}

/** A verb the <Response> of a waitUrl document may hold. */
export type WaitUrlVerb = Play | Say | Pause | Redirect;

/** A waitUrl document: a document fetched from a <Conference waitUrl> while the caller waits for the conference to start. When it runs out of verbs the caller hears silence; a <Redirect> loops it. */
export type WaitUrlDocument = TwimlDocument<"waitUrl">;

/**
 * A waitUrl document: `<?xml version="1.0" encoding="UTF-8"?><Response>…</Response>`, holding <Play>, <Say>, <Pause>, <Redirect>.
 * Throws a RangeError when the document is over Twilio's 64 kB limit.
 */
export function waitUrlResponse(...verbs: WaitUrlVerb[]): WaitUrlDocument {
  return twimlDocument("Response", verbs);
}

/** <Say>: Speaks text to the caller with text-to-speech. */
export type Say = TwimlNode<"Say">;

/** The attributes of <Say>. None is required: an absent one takes Twilio's default. */
export interface SayAttributes {
  /** The text-to-speech voice - man, woman, alice, Polly.<Name>[-Neural|-Generative] or Google.<language>-<model>. Matches `^(man|woman|alice|Polly\.[A-Z][A-Za-z]*(-Neural|-Generative)?|Google\.[a-z]{2,3}-[A-Z]{2}-[A-Za-z0-9-]+)$`. Default: `man`. */
  readonly voice?: string | undefined;
  /** The language and locale of the text, like en-US or fr-FR. Matches `^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$`. Default: `en-US`. */
  readonly language?: string | undefined;
  /** How many times to say the text; 0 repeats it until the call ends (at most 1000 times). At least 0. Default: `1`. */
  readonly loop?: number | undefined;
}

const SAY_CHECKS: Readonly<Record<string, Check>> = {
  voice: ["string", /^(man|woman|alice|Polly\.[A-Z][A-Za-z]*(-Neural|-Generative)?|Google\.[a-z]{2,3}-[A-Z]{2}-[A-Za-z0-9-]+)$/u],
  language: ["string", /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/u],
  loop: ["integer", 0],
};

const SAY_TEXT: TextRule = ["wordsToSay", ["string", undefined, 1]];

/**
 * <Say>: Speaks text to the caller with text-to-speech.
 *
 * `wordsToSay`: the words to say (required). The words to say.
 *
 * @see https://www.twilio.com/docs/voice/twiml/say
 */
export function say(...args: [wordsToSay: string] | [attributes: SayAttributes, wordsToSay: string]): Say {
  return element("Say", args, SAY_CHECKS, SAY_TEXT);
}

/** <Play>: Plays an audio file to the caller, or sends DTMF tones. */
export type Play = TwimlNode<"Play">;

/** The attributes of <Play>. None is required: an absent one takes Twilio's default. */
export interface PlayAttributes {
  /** How many times to play the file; 0 repeats it until the call ends (at most 1000 times). At least 0. Default: `1`. */
  readonly loop?: number | undefined;
  /** DTMF tones to play; w is a half-second pause and W a one-second pause. Matches `^[0-9A-D#*wW]+$`. */
  readonly digits?: string | undefined;
}

const PLAY_CHECKS: Readonly<Record<string, Check>> = {
  loop: ["integer", 0],
  digits: ["string", /^[0-9A-D#*wW]+$/u],
};

const PLAY_TEXT: TextRule = ["audioUrl", ["url"], "digits"];

/**
 * <Play>: Plays an audio file to the caller, or sends DTMF tones.
 *
 * `audioUrl`: an audio URL (required unless digits is given). The URL of the audio file (MP3, WAV, AIFF, GSM or u-law); may be left out when digits is given.
 */
export function play(...args: [audioUrl: string] | [attributes: PlayAttributes, audioUrl: string] | [attributes: PlayAttributes & { readonly digits: NonNullable<PlayAttributes["digits"]> }, audioUrl?: string]): Play {
  return element("Play", args, PLAY_CHECKS, PLAY_TEXT);
}

/** <Pause>: Waits in silence; as the first verb it delays answering the call. */
export type Pause = TwimlNode<"Pause">;

/** The attributes of <Pause>. None is required: an absent one takes Twilio's default. */
export interface PauseAttributes {
  /** How many seconds to wait. At least 1. Default: `1`. */
  readonly length?: number | undefined;
}

const PAUSE_CHECKS: Readonly<Record<string, Check>> = {
  length: ["integer", 1],
};

/** <Pause>: Waits in silence; as the first verb it delays answering the call. */
export function pause(...args: [attributes?: PauseAttributes & object]): Pause {
  return element("Pause", args, PAUSE_CHECKS);
}

/** <Redirect>: Hands the call to the TwiML at another URL; verbs after it never run. */
export type Redirect = TwimlNode<"Redirect">;

/** The attributes of <Redirect>. None is required: an absent one takes Twilio's default. */
export interface RedirectAttributes {
  /** The HTTP method used to request the URL. Default: `POST`. */
  readonly method?: "GET" | "POST" | undefined;
}

const REDIRECT_TEXT: TextRule = ["url", ["url", true]];

/**
 * <Redirect>: Hands the call to the TwiML at another URL; verbs after it never run.
 *
 * `url`: a URL (optional). The URL of the next document, relative or absolute; empty means the current document's URL again.
 */
export function redirect(...args: [url?: string] | [attributes: RedirectAttributes, url?: string]): Redirect {
  return element("Redirect", args, {}, REDIRECT_TEXT);
}

/** <Hangup>: Ends the call. As the first verb it still answers (and bills) the call. */
export type Hangup = TwimlNode<"Hangup">;

/** <Hangup>: Ends the call. As the first verb it still answers (and bills) the call. */
export function hangup(...args: []): Hangup {
  return element("Hangup", args);
}

/** <Reject>: Refuses an incoming call without answering it; verbs after it never run. */
export type Reject = TwimlNode<"Reject">;

/** The attributes of <Reject>. None is required: an absent one takes Twilio's default. */
export interface RejectAttributes {
  /** What the caller hears - a not-in-service style message (rejected) or a busy tone (busy). Default: `rejected`. */
  readonly reason?: "rejected" | "busy" | undefined;
}

/** <Reject>: Refuses an incoming call without answering it; verbs after it never run. */
export function reject(...args: [attributes?: RejectAttributes]): Reject {
  return element("Reject", args);
}

/** <Gather>: Collects keypad digits or speech from the caller while nested Say, Play and Pause run, then requests its action URL. */
export type Gather = TwimlNode<"Gather">;

/** The attributes of <Gather>. None is required: an absent one takes Twilio's default. */
export interface GatherAttributes {
  /** The URL requested with the caller's input; unset means the current document's URL. A relative or absolute http(s) URL. */
  readonly action?: string | undefined;
  /** The HTTP method used to request the action URL. Default: `POST`. */
  readonly method?: "GET" | "POST" | undefined;
  /** Which input to accept - dtmf, speech, or both. Written space-separated. Default: `dtmf`. */
  readonly input?: readonly [("dtmf" | "speech"), ...("dtmf" | "speech")[]] | undefined;
  /** Seconds to wait for input once the nested verbs have finished (or after the last key pressed). At least 1. Default: `5`. */
  readonly timeout?: number | undefined;
  /** The key that ends DTMF input and is left out of Digits; empty means no key does. Default: `#`. */
  readonly finishOnKey?: "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "#" | "*" | "" | undefined;
  /** Stop after this many digits; unset means no limit. At least 1. */
  readonly numDigits?: number | undefined;
  /** Request the action URL even when the caller gave no input, instead of going on to the next verb. Default: `false`. */
  readonly actionOnEmptyResult?: boolean | undefined;
}

/** What <Gather> may hold. */
export type GatherChild = Say | Play | Pause;

const GATHER_CHECKS: Readonly<Record<string, Check>> = {
  action: ["url"],
  timeout: ["integer", 1],
  numDigits: ["integer", 1],
};

/** <Gather>: Collects keypad digits or speech from the caller while nested Say, Play and Pause run, then requests its action URL. */
export function gather(...args: [...children: GatherChild[]] | [attributes: GatherAttributes, ...children: GatherChild[]]): Gather {
  return element("Gather", args, GATHER_CHECKS, "children");
}

/** <Dial>: Connects the caller to another party - here, to a conference room. */
export type Dial = TwimlNode<"Dial">;

/** The attributes of <Dial>. None is required: an absent one takes Twilio's default. */
export interface DialAttributes {
  /** The URL requested when the caller leaves the conference; its TwiML continues the call and verbs after <Dial> never run. A relative or absolute http(s) URL. */
  readonly action?: string | undefined;
  /** The HTTP method used to request the action URL. Default: `POST`. */
  readonly method?: "GET" | "POST" | undefined;
  /** Seconds to ring before no-answer; no effect with <Conference>. From 5 to 600. Default: `30`. */
  readonly timeout?: number | undefined;
  /** Pressing * leaves the conference; the action URL then gets DialCallStatus=answered. Default: `false`. */
  readonly hangupOnStar?: boolean | undefined;
  /** The most seconds the caller stays connected before being taken out of the conference. From 1 to 86400. Default: `14400`. */
  readonly timeLimit?: number | undefined;
  /** The caller id shown to the dialled party; no effect with <Conference>. Matches `^\S+$`. */
  readonly callerId?: string | undefined;
  /** Whether and how to record the caller's leg; with <Conference>, dual puts the caller on one channel and the room on the other. Default: `do-not-record`. */
  readonly record?: "do-not-record" | "record-from-answer" | "record-from-ringing" | "record-from-answer-dual" | "record-from-ringing-dual" | undefined;
  /** The URL that receives the recording's status. A relative or absolute http(s) URL. */
  readonly recordingStatusCallback?: string | undefined;
  /** The HTTP method for recordingStatusCallback. Default: `POST`. */
  readonly recordingStatusCallbackMethod?: "GET" | "POST" | undefined;
  /** Which recording events are sent to recordingStatusCallback. Written space-separated. Default: `completed`. */
  readonly recordingStatusCallbackEvent?: readonly ("in-progress" | "completed" | "absent")[] | undefined;
  /** Which audio the recording holds. Default: `both`. */
  readonly recordingTrack?: "inbound" | "outbound" | "both" | undefined;
  /** Whether leading and trailing silence is trimmed from the recording. Default: `do-not-trim`. */
  readonly trim?: "trim-silence" | "do-not-trim" | undefined;
  /** The ringback tone the caller hears, by country; unset means the carrier's. */
  readonly ringTone?: "at" | "au" | "bg" | "br" | "be" | "ch" | "cl" | "cn" | "cz" | "de" | "dk" | "ee" | "es" | "fi" | "fr" | "gr" | "hu" | "il" | "in" | "it" | "lt" | "jp" | "mx" | "my" | "nl" | "no" | "nz" | "ph" | "pl" | "pt" | "ru" | "se" | "sg" | "th" | "uk" | "us" | "us-old" | "tw" | "ve" | "za" | undefined;
  /** Keep an incoming call ringing until the dialled party answers. Default: `false`. */
  readonly answerOnBridge?: boolean | undefined;
  /** Dial several nouns one after another instead of at once. Default: `false`. */
  readonly sequential?: boolean | undefined;
  /** The reason shown with a branded call (beta). 1 to 50 characters. */
  readonly callReason?: string | undefined;
  /** The URL requested when the dialled party sends a SIP REFER. A relative or absolute http(s) URL. */
  readonly referUrl?: string | undefined;
  /** The HTTP method for referUrl. Default: `POST`. */
  readonly referMethod?: "GET" | "POST" | undefined;
  /** The id of a Recording Configuration to record with. 1 to any number of characters. */
  readonly recordingConfigurationId?: string | undefined;
}

const DIAL_CHECKS: Readonly<Record<string, Check>> = {
  action: ["url"],
  timeout: ["integer", 5, 600],
  timeLimit: ["integer", 1, 86400],
  callerId: ["string", /^\S+$/u],
  recordingStatusCallback: ["url"],
  callReason: ["string", undefined, 1, 50],
  referUrl: ["url"],
  recordingConfigurationId: ["string", undefined, 1],
};

/**
 * <Dial>: Connects the caller to another party - here, to a conference room.
 *
 * @see https://www.twilio.com/docs/voice/twiml/dial
 */
export function dial(...args: [conference: Conference] | [attributes: DialAttributes, conference: Conference]): Dial {
  return element("Dial", args, DIAL_CHECKS, "children");
}

/** <Conference>: A conference room on the account; the first caller to dial a name that is not in progress creates it. */
export type Conference = TwimlNode<"Conference">;

/** The attributes of <Conference>. None is required: an absent one takes Twilio's default. */
export interface ConferenceAttributes {
  /** The participant can listen but not speak. Default: `false`. */
  readonly muted?: boolean | undefined;
  /** When to beep - on join and leave (true), never (false), only on join (onEnter) or only on leave (onExit). Default: `true`. */
  readonly beep?: "true" | "false" | "onEnter" | "onExit" | undefined;
  /** Start the conference when this participant joins; if false, wait with the hold music until someone who starts it joins. Default: `true`. */
  readonly startConferenceOnEnter?: boolean | undefined;
  /** End the conference, and drop everyone else, when this participant leaves. Default: `false`. */
  readonly endConferenceOnExit?: boolean | undefined;
  /** A name for the participant, unique in the conference, usable instead of its Call SID. 1 to 128 characters. Matches `^[^/]+$`. Does not match `^CA[0-9a-fA-F]{32}$`. */
  readonly participantLabel?: string | undefined;
  /** The participant's jitter buffer - about 20, 40 or 60 ms, or none. Default: `large`. */
  readonly jitterBufferSize?: "small" | "medium" | "large" | "off" | undefined;
  /** Audio or a waitUrl TwiML document to play while the conference has not started; empty means silence. A relative or absolute http(s) URL, or empty. Default: `https://s3.amazonaws.com/com.twilio.sounds.music/index.xml`. */
  readonly waitUrl?: string | undefined;
  /** The HTTP method used to request waitUrl. Default: `POST`. */
  readonly waitMethod?: "GET" | "POST" | undefined;
  /** The most participants the room may hold. From 1 to 250. Default: `250`. */
  readonly maxParticipants?: number | undefined;
  /** Record the conference from the moment the first two participants are connected. Default: `do-not-record`. */
  readonly record?: "do-not-record" | "record-from-start" | undefined;
  /** Where the audio is mixed; only the first participant's value counts. */
  readonly region?: "us1" | "us2" | "ie1" | "de1" | "sg1" | "br1" | "au1" | "jp1" | undefined;
  /** Whether leading and trailing silence is trimmed from the conference recording. Default: `trim-silence`. */
  readonly trim?: "trim-silence" | "do-not-trim" | undefined;
  /** The Call SID of a participant this one coaches; it must be in an in-progress conference. Matches `^CA[0-9a-fA-F]{32}$`. */
  readonly coach?: string | undefined;
  /** The URL that receives the conference's events; only the first participant's value counts. A relative or absolute http(s) URL. */
  readonly statusCallback?: string | undefined;
  /** The HTTP method for statusCallback. Default: `POST`. */
  readonly statusCallbackMethod?: "GET" | "POST" | undefined;
  /** Which conference events are sent to statusCallback; only the first participant's value counts. Written space-separated. Default: `(none)`. */
  readonly statusCallbackEvent?: readonly ("start" | "end" | "join" | "leave" | "mute" | "hold" | "modify" | "speaker" | "announcement")[] | undefined;
  /** The URL that receives the conference recording's status. A relative or absolute http(s) URL. */
  readonly recordingStatusCallback?: string | undefined;
  /** The HTTP method for recordingStatusCallback. Default: `POST`. */
  readonly recordingStatusCallbackMethod?: "GET" | "POST" | undefined;
  /** Which recording events are sent to recordingStatusCallback. Written space-separated. Default: `completed`. */
  readonly recordingStatusCallbackEvent?: readonly ("in-progress" | "completed" | "absent")[] | undefined;
  /** Deprecated - a URL told when the conference ends; never called when recordingStatusCallback is set. A relative or absolute http(s) URL. */
  readonly eventCallbackUrl?: string | undefined;
  /** The id of a Recording Configuration to record with. 1 to any number of characters. */
  readonly recordingConfigurationId?: string | undefined;
}

const CONFERENCE_CHECKS: Readonly<Record<string, Check>> = {
  participantLabel: ["string", /^[^/]+$/u, 1, 128, /^CA[0-9a-fA-F]{32}$/u],
  waitUrl: ["url", true],
  maxParticipants: ["integer", 1, 250],
  coach: ["string", /^CA[0-9a-fA-F]{32}$/u],
  statusCallback: ["url"],
  recordingStatusCallback: ["url"],
  eventCallbackUrl: ["url"],
  recordingConfigurationId: ["string", undefined, 1],
};

const CONFERENCE_TEXT: TextRule = ["roomName", ["string", undefined, 1, 128]];

/**
 * <Conference>: A conference room on the account; the first caller to dial a name that is not in progress creates it.
 *
 * `roomName`: a room name (required). The room name; the same name on the same account is the same room.
 *
 * @see https://www.twilio.com/docs/voice/twiml/conference
 */
export function conference(...args: [roomName: string] | [attributes: ConferenceAttributes, roomName: string]): Conference {
  return element("Conference", args, CONFERENCE_CHECKS, CONFERENCE_TEXT);
}
