// Generated — do not edit.
// scripts/generate-twiml.mjs from specs/twiml/vocabulary.yaml.
// Change the vocabulary, then run `pnpm --filter @conference-kit/sandbox generate`.

/** How one attribute's string value is read. */
export type AttributeSpec =
  | AttributeCommon<'boolean'> & { readonly default?: boolean }
  | AttributeCommon<'integer'> & { readonly minimum?: number; readonly maximum?: number; readonly default?: number }
  | AttributeCommon<'string'> & {
      readonly minLength?: number;
      readonly maxLength?: number;
      readonly pattern?: string;
      readonly notPattern?: string;
      readonly default?: string;
    }
  | AttributeCommon<'url'> & { readonly allowEmpty?: boolean; readonly default?: string }
  | AttributeCommon<'enum'> & {
      readonly values: readonly string[];
      readonly aliases?: readonly { readonly value: string; readonly means: string }[];
      readonly default?: string;
    }
  | AttributeCommon<'enumList'> & { readonly values: readonly string[]; readonly minItems?: number; readonly default?: readonly string[] };

export interface AttributeCommon<T extends string> {
  readonly name: string;
  readonly type: T;
  readonly description: string;
  readonly invalidCode: number;
}

export interface TextSpec {
  readonly use: 'required' | 'optional' | 'notSimulated';
  /** What the text is, as a short noun phrase: "a room name". */
  readonly label: string;
  readonly unlessAttribute?: string;
  readonly type?: 'string' | 'url';
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly description: string;
  readonly invalidCode?: number;
}

export interface ChildrenSpec {
  readonly allowed: readonly string[];
  readonly notSimulated: readonly string[];
  readonly min?: number;
  readonly max?: number;
  readonly invalidCode: number;
}

export interface ElementSpec {
  readonly name: string;
  readonly category: 'root' | 'verb' | 'noun';
  readonly description: string;
  readonly text?: TextSpec;
  readonly children?: ChildrenSpec;
  readonly conflicts?: { readonly with: readonly string[]; readonly code: number };
  readonly attributes?: readonly AttributeSpec[];
  readonly notSimulatedAttributes?: readonly { readonly name: string; readonly description: string }[];
}

export interface ContextSpec {
  readonly name: string;
  readonly description: string;
  readonly root: string;
  readonly verbs: readonly string[];
  readonly notSimulated: readonly string[];
  readonly invalidCode: number;
}

export type BehaviourAction = 'fail-document' | 'skip-element' | 'ignore-attribute' | 'use-default' | 'ignore-text';

export interface BehaviourSpec {
  readonly kind: string;
  readonly action: BehaviourAction;
  readonly code?: number;
  readonly codeFrom?: 'attribute' | 'children' | 'context' | 'conflicts' | 'content';
  readonly description: string;
}

export interface CodeSpec {
  readonly code: number;
  readonly level: 'error' | 'warning';
  readonly levelStated?: boolean;
  readonly title: string;
  readonly description: string;
}

export interface Vocabulary {
  readonly format: string;
  readonly version: number;
  readonly description: string;
  readonly codes: readonly CodeSpec[];
  readonly behaviours: readonly BehaviourSpec[];
  readonly contexts: readonly ContextSpec[];
  readonly elements: readonly ElementSpec[];
}

/** The vocabulary, without its sources and x-source-notes (read the YAML for those). */
export const VOCABULARY = {
  "format": "conference-kit-twiml-vocabulary",
  "version": 1,
  "description": "Voice TwiML for calls that join conferences: the <Response> root, the verbs Say, Play, Pause, Redirect, Hangup, Reject, Dial and Gather, and the Conference noun of Dial.",
  "codes": [
    {
      "code": 11100,
      "level": "error",
      "title": "Invalid URL format",
      "description": "A URL in an attribute or in Play's or Redirect's text is not a well-formed URL."
    },
    {
      "code": 11750,
      "level": "error",
      "title": "TwiML response body too large",
      "description": "The document is larger than 64 kB."
    },
    {
      "code": 11770,
      "level": "error",
      "title": "Empty response body",
      "description": "The document has no content at all."
    },
    {
      "code": 12100,
      "level": "error",
      "title": "Document parse failure",
      "description": "The document is not well-formed XML, or declares a DOCTYPE."
    },
    {
      "code": 12102,
      "level": "error",
      "title": "The root element must be Response",
      "description": "The document's root element is not <Response>."
    },
    {
      "code": 12200,
      "level": "warning",
      "title": "Schema validation warning",
      "description": "An unknown or misspelled element or attribute, an element where it may not be, or a bad value with no more specific code."
    },
    {
      "code": 13000,
      "level": "warning",
      "title": "Conference mixed with Number",
      "description": "A <Dial> holds both a <Conference> and <Number> nouns."
    },
    {
      "code": 13210,
      "level": "warning",
      "levelStated": false,
      "title": "Dial - invalid method",
      "description": "Dial's method is not GET or POST."
    },
    {
      "code": 13212,
      "level": "warning",
      "levelStated": false,
      "title": "Dial - invalid timeout",
      "description": "Dial's timeout is not an integer from 5 to 600."
    },
    {
      "code": 13213,
      "level": "warning",
      "levelStated": false,
      "title": "Dial - invalid hangupOnStar",
      "description": "Dial's hangupOnStar is not true or false."
    },
    {
      "code": 13214,
      "level": "warning",
      "levelStated": false,
      "title": "Dial - invalid callerId",
      "description": "Dial's callerId is not a caller id."
    },
    {
      "code": 13215,
      "level": "warning",
      "levelStated": false,
      "title": "Dial - invalid nested element",
      "description": "A <Dial> holds an element that is not a noun it can dial, or nothing to dial."
    },
    {
      "code": 13216,
      "level": "warning",
      "levelStated": false,
      "title": "Dial - invalid timeLimit",
      "description": "Dial's timeLimit is not a positive number of seconds."
    },
    {
      "code": 13217,
      "level": "warning",
      "levelStated": false,
      "title": "Dial - invalid record",
      "description": "Dial's record is not one of its recording modes."
    },
    {
      "code": 13218,
      "level": "warning",
      "levelStated": false,
      "title": "Dial - invalid sequential",
      "description": "Dial's sequential is not true or false."
    },
    {
      "code": 13230,
      "level": "warning",
      "title": "Conference - invalid muted",
      "description": "Conference's muted is not true or false."
    },
    {
      "code": 13231,
      "level": "error",
      "title": "Conference - invalid endConferenceOnExit",
      "description": "Conference's endConferenceOnExit is not true or false."
    },
    {
      "code": 13232,
      "level": "warning",
      "title": "Conference - invalid startConferenceOnEnter",
      "description": "Conference's startConferenceOnEnter is not true or false."
    },
    {
      "code": 13233,
      "level": "warning",
      "levelStated": false,
      "title": "Conference - invalid waitUrl",
      "description": "Conference's waitUrl is neither a well-formed URL nor empty."
    },
    {
      "code": 13234,
      "level": "warning",
      "levelStated": false,
      "title": "Conference - invalid waitMethod",
      "description": "Conference's waitMethod is not GET or POST."
    },
    {
      "code": 13235,
      "level": "warning",
      "levelStated": false,
      "title": "Conference - invalid beep",
      "description": "Conference's beep is not true, false, onEnter or onExit."
    },
    {
      "code": 13237,
      "level": "warning",
      "levelStated": false,
      "title": "Conference - invalid name",
      "description": "The room name is empty or longer than 128 characters."
    },
    {
      "code": 13238,
      "level": "warning",
      "levelStated": false,
      "title": "Invalid verb in waitUrl TwiML",
      "description": "A waitUrl document holds a verb other than Play, Say, Pause and Redirect."
    },
    {
      "code": 13239,
      "level": "warning",
      "levelStated": false,
      "title": "Conference - invalid trim",
      "description": "Conference's trim is not trim-silence or do-not-trim."
    },
    {
      "code": 13240,
      "level": "warning",
      "levelStated": false,
      "title": "Conference - invalid coach",
      "description": "Conference's coach is not a Call SID."
    },
    {
      "code": 13510,
      "level": "warning",
      "levelStated": false,
      "title": "Say - invalid loop",
      "description": "Say's loop is not a non-negative integer."
    },
    {
      "code": 13511,
      "level": "warning",
      "levelStated": false,
      "title": "Say - invalid voice",
      "description": "Say's voice is not a voice Twilio names."
    },
    {
      "code": 13520,
      "level": "warning",
      "levelStated": false,
      "title": "Say - invalid text",
      "description": "A <Say> has no words to say."
    },
    {
      "code": 13710,
      "level": "warning",
      "levelStated": false,
      "title": "Redirect - invalid method",
      "description": "Redirect's method is not GET or POST."
    },
    {
      "code": 13910,
      "level": "warning",
      "levelStated": false,
      "title": "Pause - invalid length",
      "description": "Pause's length is not a positive integer."
    },
    {
      "code": 16023,
      "level": "warning",
      "levelStated": false,
      "title": "Conference - invalid participant label",
      "description": "A participantLabel that contains \"/\" or looks like a Call SID."
    }
  ],
  "behaviours": [
    {
      "kind": "empty-document",
      "action": "fail-document",
      "code": 11770,
      "description": "An empty document cannot run; the call fails over as for any fatal error."
    },
    {
      "kind": "document-too-large",
      "action": "fail-document",
      "code": 11750,
      "description": "A document over 64 kB (65,536 bytes of UTF-8) is refused before it is parsed."
    },
    {
      "kind": "not-well-formed",
      "action": "fail-document",
      "code": 12100,
      "description": "XML that is not well-formed (text before the XML declaration, an unclosed or badly nested element, an unquoted attribute, an unescaped < or &, more than one root) or that declares a DOCTYPE."
    },
    {
      "kind": "root-not-response",
      "action": "fail-document",
      "code": 12102,
      "description": "The root element is not <Response>."
    },
    {
      "kind": "unknown-element",
      "action": "skip-element",
      "code": 12200,
      "description": "An element TwiML does not define (often a misspelling or a wrong case, like <say>) is skipped."
    },
    {
      "kind": "element-not-allowed",
      "action": "skip-element",
      "codeFrom": "children",
      "description": "A known element where its parent may not hold it (a <Pause> inside <Say>, a <Say> inside <Dial>, a second <Conference>) is skipped. The code is the parent's `children.invalidCode`, or 12200 for an element that holds no elements. What the root may hold is the context's business (next)."
    },
    {
      "kind": "not-allowed-in-context",
      "action": "skip-element",
      "codeFrom": "context",
      "description": "A known element the root may not hold in this kind of document (a <Dial> in a waitUrl document, a <Conference> outside <Dial>) is skipped, with the context's `invalidCode`."
    },
    {
      "kind": "conflicting-elements",
      "action": "skip-element",
      "codeFrom": "conflicts",
      "description": "Elements that may not appear together in one parent; the ones named in `conflicts.with` are skipped."
    },
    {
      "kind": "unknown-attribute",
      "action": "ignore-attribute",
      "code": 12200,
      "description": "An attribute the element does not define is ignored."
    },
    {
      "kind": "invalid-attribute",
      "action": "use-default",
      "codeFrom": "attribute",
      "description": "An attribute whose value has the wrong type, is not one of its values, or is out of range is ignored: the element runs as if it were absent (with its default, or unset)."
    },
    {
      "kind": "unexpected-text",
      "action": "ignore-text",
      "code": 12200,
      "description": "Text inside an element that takes none (other than white space) is ignored."
    },
    {
      "kind": "invalid-content",
      "action": "skip-element",
      "codeFrom": "content",
      "description": "An element whose required text is missing or invalid, or that has fewer children than it needs, is skipped. The code is the text's or the children's `invalidCode`."
    }
  ],
  "contexts": [
    {
      "name": "voice",
      "description": "A document that drives a call: the answer to a call's Url or inline Twiml, to a <Redirect>, to a <Dial> or <Gather> action, or to a fallback URL.",
      "root": "Response",
      "verbs": [
        "Say",
        "Play",
        "Pause",
        "Redirect",
        "Hangup",
        "Reject",
        "Dial",
        "Gather"
      ],
      "notSimulated": [
        "Record",
        "Enqueue",
        "Leave",
        "Pay"
      ],
      "invalidCode": 12200
    },
    {
      "name": "waitUrl",
      "description": "A document fetched from a <Conference waitUrl> while the caller waits for the conference to start. When it runs out of verbs the caller hears silence; a <Redirect> loops it.",
      "root": "Response",
      "verbs": [
        "Play",
        "Say",
        "Pause",
        "Redirect"
      ],
      "notSimulated": [],
      "invalidCode": 13238
    }
  ],
  "elements": [
    {
      "name": "Response",
      "category": "root",
      "description": "The root of every TwiML document; its children are the verbs, run in order."
    },
    {
      "name": "Say",
      "category": "verb",
      "description": "Speaks text to the caller with text-to-speech.",
      "text": {
        "use": "required",
        "label": "the words to say",
        "type": "string",
        "minLength": 1,
        "description": "The words to say.",
        "invalidCode": 13520
      },
      "children": {
        "allowed": [],
        "notSimulated": [
          "break",
          "emphasis",
          "lang",
          "p",
          "phoneme",
          "prosody",
          "s",
          "say-as",
          "sub",
          "w"
        ],
        "invalidCode": 12200
      },
      "attributes": [
        {
          "name": "voice",
          "type": "string",
          "pattern": "^(man|woman|alice|Polly\\.[A-Z][A-Za-z]*(-Neural|-Generative)?|Google\\.[a-z]{2,3}-[A-Z]{2}-[A-Za-z0-9-]+)$",
          "default": "man",
          "description": "The text-to-speech voice - man, woman, alice, Polly.<Name>[-Neural|-Generative] or Google.<language>-<model>.",
          "invalidCode": 13511
        },
        {
          "name": "language",
          "type": "string",
          "pattern": "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$",
          "default": "en-US",
          "description": "The language and locale of the text, like en-US or fr-FR.",
          "invalidCode": 12200
        },
        {
          "name": "loop",
          "type": "integer",
          "minimum": 0,
          "default": 1,
          "description": "How many times to say the text; 0 repeats it until the call ends (at most 1000 times).",
          "invalidCode": 13510
        }
      ]
    },
    {
      "name": "Play",
      "category": "verb",
      "description": "Plays an audio file to the caller, or sends DTMF tones.",
      "text": {
        "use": "required",
        "label": "an audio URL",
        "unlessAttribute": "digits",
        "type": "url",
        "description": "The URL of the audio file (MP3, WAV, AIFF, GSM or u-law); may be left out when digits is given.",
        "invalidCode": 11100
      },
      "attributes": [
        {
          "name": "loop",
          "type": "integer",
          "minimum": 0,
          "default": 1,
          "description": "How many times to play the file; 0 repeats it until the call ends (at most 1000 times).",
          "invalidCode": 12200
        },
        {
          "name": "digits",
          "type": "string",
          "pattern": "^[0-9A-D#*wW]+$",
          "description": "DTMF tones to play; w is a half-second pause and W a one-second pause.",
          "invalidCode": 12200
        }
      ]
    },
    {
      "name": "Pause",
      "category": "verb",
      "description": "Waits in silence; as the first verb it delays answering the call.",
      "attributes": [
        {
          "name": "length",
          "type": "integer",
          "minimum": 1,
          "default": 1,
          "description": "How many seconds to wait.",
          "invalidCode": 13910
        }
      ]
    },
    {
      "name": "Redirect",
      "category": "verb",
      "description": "Hands the call to the TwiML at another URL; verbs after it never run.",
      "text": {
        "use": "optional",
        "label": "a URL",
        "type": "url",
        "description": "The URL of the next document, relative or absolute; empty means the current document's URL again.",
        "invalidCode": 11100
      },
      "attributes": [
        {
          "name": "method",
          "type": "enum",
          "values": [
            "GET",
            "POST"
          ],
          "default": "POST",
          "description": "The HTTP method used to request the URL.",
          "invalidCode": 13710
        }
      ]
    },
    {
      "name": "Hangup",
      "category": "verb",
      "description": "Ends the call. As the first verb it still answers (and bills) the call."
    },
    {
      "name": "Reject",
      "category": "verb",
      "description": "Refuses an incoming call without answering it; verbs after it never run.",
      "attributes": [
        {
          "name": "reason",
          "type": "enum",
          "values": [
            "rejected",
            "busy"
          ],
          "default": "rejected",
          "description": "What the caller hears - a not-in-service style message (rejected) or a busy tone (busy).",
          "invalidCode": 12200
        }
      ]
    },
    {
      "name": "Gather",
      "category": "verb",
      "description": "Collects keypad digits or speech from the caller while nested Say, Play and Pause run, then requests its action URL.",
      "children": {
        "allowed": [
          "Say",
          "Play",
          "Pause"
        ],
        "notSimulated": [],
        "invalidCode": 12200
      },
      "notSimulatedAttributes": [
        {
          "name": "language",
          "description": "The speech recognition language."
        },
        {
          "name": "hints",
          "description": "Words or phrases to help speech recognition."
        },
        {
          "name": "speechTimeout",
          "description": "Seconds of silence that end speech input, or auto."
        },
        {
          "name": "speechModel",
          "description": "The speech recognition model."
        },
        {
          "name": "profanityFilter",
          "description": "Whether profanity is masked in the speech result."
        },
        {
          "name": "partialResultCallback",
          "description": "A URL that receives partial speech results."
        },
        {
          "name": "partialResultCallbackMethod",
          "description": "The HTTP method for partialResultCallback."
        },
        {
          "name": "enhanced",
          "description": "The deprecated premium speech model switch."
        },
        {
          "name": "bargeIn",
          "description": "Whether input stops the nested Say or Play."
        },
        {
          "name": "maxSpeechTime",
          "description": "The longest speech input, in seconds."
        },
        {
          "name": "debug",
          "description": "Extra debugging information in the action request."
        }
      ],
      "attributes": [
        {
          "name": "action",
          "type": "url",
          "description": "The URL requested with the caller's input; unset means the current document's URL.",
          "invalidCode": 11100
        },
        {
          "name": "method",
          "type": "enum",
          "values": [
            "GET",
            "POST"
          ],
          "default": "POST",
          "description": "The HTTP method used to request the action URL.",
          "invalidCode": 12200
        },
        {
          "name": "input",
          "type": "enumList",
          "values": [
            "dtmf",
            "speech"
          ],
          "minItems": 1,
          "default": [
            "dtmf"
          ],
          "description": "Which input to accept - dtmf, speech, or both.",
          "invalidCode": 12200
        },
        {
          "name": "timeout",
          "type": "integer",
          "minimum": 1,
          "default": 5,
          "description": "Seconds to wait for input once the nested verbs have finished (or after the last key pressed).",
          "invalidCode": 12200
        },
        {
          "name": "finishOnKey",
          "type": "enum",
          "values": [
            "0",
            "1",
            "2",
            "3",
            "4",
            "5",
            "6",
            "7",
            "8",
            "9",
            "#",
            "*",
            ""
          ],
          "default": "#",
          "description": "The key that ends DTMF input and is left out of Digits; empty means no key does.",
          "invalidCode": 12200
        },
        {
          "name": "numDigits",
          "type": "integer",
          "minimum": 1,
          "description": "Stop after this many digits; unset means no limit.",
          "invalidCode": 12200
        },
        {
          "name": "actionOnEmptyResult",
          "type": "boolean",
          "default": false,
          "description": "Request the action URL even when the caller gave no input, instead of going on to the next verb.",
          "invalidCode": 12200
        }
      ]
    },
    {
      "name": "Dial",
      "category": "verb",
      "description": "Connects the caller to another party - here, to a conference room.",
      "text": {
        "use": "notSimulated",
        "label": "a phone number",
        "description": "A phone number to dial, written as plain text."
      },
      "children": {
        "allowed": [
          "Conference"
        ],
        "notSimulated": [
          "Number",
          "Client",
          "Sip",
          "Queue",
          "Sim",
          "Application",
          "WhatsApp"
        ],
        "min": 1,
        "max": 1,
        "invalidCode": 13215
      },
      "notSimulatedAttributes": [
        {
          "name": "events",
          "description": "Call progress events; in twilio-node only, not on Twilio's Dial page."
        }
      ],
      "attributes": [
        {
          "name": "action",
          "type": "url",
          "description": "The URL requested when the caller leaves the conference; its TwiML continues the call and verbs after <Dial> never run.",
          "invalidCode": 11100
        },
        {
          "name": "method",
          "type": "enum",
          "values": [
            "GET",
            "POST"
          ],
          "default": "POST",
          "description": "The HTTP method used to request the action URL.",
          "invalidCode": 13210
        },
        {
          "name": "timeout",
          "type": "integer",
          "minimum": 5,
          "maximum": 600,
          "default": 30,
          "description": "Seconds to ring before no-answer; no effect with <Conference>.",
          "invalidCode": 13212
        },
        {
          "name": "hangupOnStar",
          "type": "boolean",
          "default": false,
          "description": "Pressing * leaves the conference; the action URL then gets DialCallStatus=answered.",
          "invalidCode": 13213
        },
        {
          "name": "timeLimit",
          "type": "integer",
          "minimum": 1,
          "maximum": 86400,
          "default": 14400,
          "description": "The most seconds the caller stays connected before being taken out of the conference.",
          "invalidCode": 13216
        },
        {
          "name": "callerId",
          "type": "string",
          "pattern": "^\\S+$",
          "description": "The caller id shown to the dialled party; no effect with <Conference>.",
          "invalidCode": 13214
        },
        {
          "name": "record",
          "type": "enum",
          "values": [
            "do-not-record",
            "record-from-answer",
            "record-from-ringing",
            "record-from-answer-dual",
            "record-from-ringing-dual"
          ],
          "aliases": [
            {
              "value": "true",
              "means": "record-from-answer"
            },
            {
              "value": "false",
              "means": "do-not-record"
            }
          ],
          "default": "do-not-record",
          "description": "Whether and how to record the caller's leg; with <Conference>, dual puts the caller on one channel and the room on the other.",
          "invalidCode": 13217
        },
        {
          "name": "recordingStatusCallback",
          "type": "url",
          "description": "The URL that receives the recording's status.",
          "invalidCode": 11100
        },
        {
          "name": "recordingStatusCallbackMethod",
          "type": "enum",
          "values": [
            "GET",
            "POST"
          ],
          "default": "POST",
          "description": "The HTTP method for recordingStatusCallback.",
          "invalidCode": 12200
        },
        {
          "name": "recordingStatusCallbackEvent",
          "type": "enumList",
          "values": [
            "in-progress",
            "completed",
            "absent"
          ],
          "default": [
            "completed"
          ],
          "description": "Which recording events are sent to recordingStatusCallback.",
          "invalidCode": 12200
        },
        {
          "name": "recordingTrack",
          "type": "enum",
          "values": [
            "inbound",
            "outbound",
            "both"
          ],
          "default": "both",
          "description": "Which audio the recording holds.",
          "invalidCode": 12200
        },
        {
          "name": "trim",
          "type": "enum",
          "values": [
            "trim-silence",
            "do-not-trim"
          ],
          "default": "do-not-trim",
          "description": "Whether leading and trailing silence is trimmed from the recording.",
          "invalidCode": 12200
        },
        {
          "name": "ringTone",
          "type": "enum",
          "values": [
            "at",
            "au",
            "bg",
            "br",
            "be",
            "ch",
            "cl",
            "cn",
            "cz",
            "de",
            "dk",
            "ee",
            "es",
            "fi",
            "fr",
            "gr",
            "hu",
            "il",
            "in",
            "it",
            "lt",
            "jp",
            "mx",
            "my",
            "nl",
            "no",
            "nz",
            "ph",
            "pl",
            "pt",
            "ru",
            "se",
            "sg",
            "th",
            "uk",
            "us",
            "us-old",
            "tw",
            "ve",
            "za"
          ],
          "description": "The ringback tone the caller hears, by country; unset means the carrier's.",
          "invalidCode": 12200
        },
        {
          "name": "answerOnBridge",
          "type": "boolean",
          "default": false,
          "description": "Keep an incoming call ringing until the dialled party answers.",
          "invalidCode": 12200
        },
        {
          "name": "sequential",
          "type": "boolean",
          "default": false,
          "description": "Dial several nouns one after another instead of at once.",
          "invalidCode": 13218
        },
        {
          "name": "callReason",
          "type": "string",
          "minLength": 1,
          "maxLength": 50,
          "description": "The reason shown with a branded call (beta).",
          "invalidCode": 12200
        },
        {
          "name": "referUrl",
          "type": "url",
          "description": "The URL requested when the dialled party sends a SIP REFER.",
          "invalidCode": 11100
        },
        {
          "name": "referMethod",
          "type": "enum",
          "values": [
            "GET",
            "POST"
          ],
          "default": "POST",
          "description": "The HTTP method for referUrl.",
          "invalidCode": 12200
        },
        {
          "name": "recordingConfigurationId",
          "type": "string",
          "minLength": 1,
          "description": "The id of a Recording Configuration to record with.",
          "invalidCode": 12200
        }
      ]
    },
    {
      "name": "Conference",
      "category": "noun",
      "description": "A conference room on the account; the first caller to dial a name that is not in progress creates it.",
      "text": {
        "use": "required",
        "label": "a room name",
        "type": "string",
        "minLength": 1,
        "maxLength": 128,
        "description": "The room name; the same name on the same account is the same room.",
        "invalidCode": 13237
      },
      "conflicts": {
        "with": [
          "Number"
        ],
        "code": 13000
      },
      "attributes": [
        {
          "name": "muted",
          "type": "boolean",
          "default": false,
          "description": "The participant can listen but not speak.",
          "invalidCode": 13230
        },
        {
          "name": "beep",
          "type": "enum",
          "values": [
            "true",
            "false",
            "onEnter",
            "onExit"
          ],
          "default": "true",
          "description": "When to beep - on join and leave (true), never (false), only on join (onEnter) or only on leave (onExit).",
          "invalidCode": 13235
        },
        {
          "name": "startConferenceOnEnter",
          "type": "boolean",
          "default": true,
          "description": "Start the conference when this participant joins; if false, wait with the hold music until someone who starts it joins.",
          "invalidCode": 13232
        },
        {
          "name": "endConferenceOnExit",
          "type": "boolean",
          "default": false,
          "description": "End the conference, and drop everyone else, when this participant leaves.",
          "invalidCode": 13231
        },
        {
          "name": "participantLabel",
          "type": "string",
          "minLength": 1,
          "maxLength": 128,
          "pattern": "^[^/]+$",
          "notPattern": "^CA[0-9a-fA-F]{32}$",
          "description": "A name for the participant, unique in the conference, usable instead of its Call SID.",
          "invalidCode": 16023
        },
        {
          "name": "jitterBufferSize",
          "type": "enum",
          "values": [
            "small",
            "medium",
            "large",
            "off"
          ],
          "default": "large",
          "description": "The participant's jitter buffer - about 20, 40 or 60 ms, or none.",
          "invalidCode": 12200
        },
        {
          "name": "waitUrl",
          "type": "url",
          "allowEmpty": true,
          "default": "https://s3.amazonaws.com/com.twilio.sounds.music/index.xml",
          "description": "Audio or a waitUrl TwiML document to play while the conference has not started; empty means silence.",
          "invalidCode": 13233
        },
        {
          "name": "waitMethod",
          "type": "enum",
          "values": [
            "GET",
            "POST"
          ],
          "default": "POST",
          "description": "The HTTP method used to request waitUrl.",
          "invalidCode": 13234
        },
        {
          "name": "maxParticipants",
          "type": "integer",
          "minimum": 1,
          "maximum": 250,
          "default": 250,
          "description": "The most participants the room may hold.",
          "invalidCode": 12200
        },
        {
          "name": "record",
          "type": "enum",
          "values": [
            "do-not-record",
            "record-from-start"
          ],
          "default": "do-not-record",
          "description": "Record the conference from the moment the first two participants are connected.",
          "invalidCode": 12200
        },
        {
          "name": "region",
          "type": "enum",
          "values": [
            "us1",
            "us2",
            "ie1",
            "de1",
            "sg1",
            "br1",
            "au1",
            "jp1"
          ],
          "description": "Where the audio is mixed; only the first participant's value counts.",
          "invalidCode": 12200
        },
        {
          "name": "trim",
          "type": "enum",
          "values": [
            "trim-silence",
            "do-not-trim"
          ],
          "default": "trim-silence",
          "description": "Whether leading and trailing silence is trimmed from the conference recording.",
          "invalidCode": 13239
        },
        {
          "name": "coach",
          "type": "string",
          "pattern": "^CA[0-9a-fA-F]{32}$",
          "description": "The Call SID of a participant this one coaches; it must be in an in-progress conference.",
          "invalidCode": 13240
        },
        {
          "name": "statusCallback",
          "type": "url",
          "description": "The URL that receives the conference's events; only the first participant's value counts.",
          "invalidCode": 11100
        },
        {
          "name": "statusCallbackMethod",
          "type": "enum",
          "values": [
            "GET",
            "POST"
          ],
          "default": "POST",
          "description": "The HTTP method for statusCallback.",
          "invalidCode": 12200
        },
        {
          "name": "statusCallbackEvent",
          "type": "enumList",
          "values": [
            "start",
            "end",
            "join",
            "leave",
            "mute",
            "hold",
            "modify",
            "speaker",
            "announcement"
          ],
          "default": [],
          "description": "Which conference events are sent to statusCallback; only the first participant's value counts.",
          "invalidCode": 12200
        },
        {
          "name": "recordingStatusCallback",
          "type": "url",
          "description": "The URL that receives the conference recording's status.",
          "invalidCode": 11100
        },
        {
          "name": "recordingStatusCallbackMethod",
          "type": "enum",
          "values": [
            "GET",
            "POST"
          ],
          "default": "POST",
          "description": "The HTTP method for recordingStatusCallback.",
          "invalidCode": 12200
        },
        {
          "name": "recordingStatusCallbackEvent",
          "type": "enumList",
          "values": [
            "in-progress",
            "completed",
            "absent"
          ],
          "default": [
            "completed"
          ],
          "description": "Which recording events are sent to recordingStatusCallback.",
          "invalidCode": 12200
        },
        {
          "name": "eventCallbackUrl",
          "type": "url",
          "description": "Deprecated - a URL told when the conference ends; never called when recordingStatusCallback is set.",
          "invalidCode": 11100
        },
        {
          "name": "recordingConfigurationId",
          "type": "string",
          "minLength": 1,
          "description": "The id of a Recording Configuration to record with.",
          "invalidCode": 12200
        }
      ]
    }
  ]
} as const satisfies Vocabulary;

/** The kinds of document the sandbox runs. */
export type ContextName = "voice" | "waitUrl";

/** Every element the vocabulary defines. */
export type ElementName = "Response" | "Say" | "Play" | "Pause" | "Redirect" | "Hangup" | "Reject" | "Gather" | "Dial" | "Conference";

/** Every code the vocabulary uses. */
export type TwimlCode = 11100 | 11750 | 11770 | 12100 | 12102 | 12200 | 13000 | 13210 | 13212 | 13213 | 13214 | 13215 | 13216 | 13217 | 13218 | 13230 | 13231 | 13232 | 13233 | 13234 | 13235 | 13237 | 13238 | 13239 | 13240 | 13510 | 13511 | 13520 | 13710 | 13910 | 16023;

/** Every class of mistake, as the vocabulary's behaviours name them. */
export type ProblemKind = "empty-document" | "document-too-large" | "not-well-formed" | "root-not-response" | "unknown-element" | "element-not-allowed" | "not-allowed-in-context" | "conflicting-elements" | "unknown-attribute" | "invalid-attribute" | "unexpected-text" | "invalid-content";

/** What every node of a validated document has. */
export interface TwimlNodeBase {
  readonly name: ElementName;
  /** The text content, trimmed; '' when the element has none. */
  readonly text: string;
  /** The line the element starts on (1-based). */
  readonly line: number;
  /** XPath-like position, e.g. `/Response/Dial[1]/Conference[1]`. */
  readonly path: string;
}

/** The verbs the root may hold, per context. */
export interface ContextVerbNodes {
  /** A document that drives a call: the answer to a call's Url or inline Twiml, to a <Redirect>, to a <Dial> or <Gather> action, or to a fallback URL. */
  "voice": SayNode | PlayNode | PauseNode | RedirectNode | HangupNode | RejectNode | DialNode | GatherNode;
  /** A document fetched from a <Conference waitUrl> while the caller waits for the conference to start. When it runs out of verbs the caller hears silence; a <Redirect> loops it. */
  "waitUrl": PlayNode | SayNode | PauseNode | RedirectNode;
}

/** <Response>: The root of every TwiML document; its children are the verbs, run in order. What it may hold depends on the context. */
export interface ResponseNode<C extends ContextName = ContextName> extends TwimlNodeBase {
  readonly name: "Response";
  readonly attributes: Readonly<Record<string, never>>;
  readonly children: readonly ContextVerbNodes[C][];
}

/** The attributes of <Say> after validation: typed, defaults applied, invalid values replaced. */
export interface SayAttributes {
  /** The text-to-speech voice - man, woman, alice, Polly.<Name>[-Neural|-Generative] or Google.<language>-<model>. Default: "man". */
  readonly voice: string;
  /** The language and locale of the text, like en-US or fr-FR. Default: "en-US". */
  readonly language: string;
  /** How many times to say the text; 0 repeats it until the call ends (at most 1000 times). Default: 1. */
  readonly loop: number;
}

/** <Say>: Speaks text to the caller with text-to-speech. */
export interface SayNode extends TwimlNodeBase {
  readonly name: "Say";
  readonly attributes: SayAttributes;
  readonly children: readonly [];
}

/** The attributes of <Play> after validation: typed, defaults applied, invalid values replaced. */
export interface PlayAttributes {
  /** How many times to play the file; 0 repeats it until the call ends (at most 1000 times). Default: 1. */
  readonly loop: number;
  /** DTMF tones to play; w is a half-second pause and W a one-second pause. */
  readonly digits?: string;
}

/** <Play>: Plays an audio file to the caller, or sends DTMF tones. */
export interface PlayNode extends TwimlNodeBase {
  readonly name: "Play";
  readonly attributes: PlayAttributes;
  readonly children: readonly [];
}

/** The attributes of <Pause> after validation: typed, defaults applied, invalid values replaced. */
export interface PauseAttributes {
  /** How many seconds to wait. Default: 1. */
  readonly length: number;
}

/** <Pause>: Waits in silence; as the first verb it delays answering the call. */
export interface PauseNode extends TwimlNodeBase {
  readonly name: "Pause";
  readonly attributes: PauseAttributes;
  readonly children: readonly [];
}

/** The attributes of <Redirect> after validation: typed, defaults applied, invalid values replaced. */
export interface RedirectAttributes {
  /** The HTTP method used to request the URL. Default: "POST". */
  readonly method: "GET" | "POST";
}

/** <Redirect>: Hands the call to the TwiML at another URL; verbs after it never run. */
export interface RedirectNode extends TwimlNodeBase {
  readonly name: "Redirect";
  readonly attributes: RedirectAttributes;
  readonly children: readonly [];
}

/** The attributes of <Hangup> after validation: typed, defaults applied, invalid values replaced. */
export type HangupAttributes = Readonly<Record<string, never>>;

/** <Hangup>: Ends the call. As the first verb it still answers (and bills) the call. */
export interface HangupNode extends TwimlNodeBase {
  readonly name: "Hangup";
  readonly attributes: HangupAttributes;
  readonly children: readonly [];
}

/** The attributes of <Reject> after validation: typed, defaults applied, invalid values replaced. */
export interface RejectAttributes {
  /** What the caller hears - a not-in-service style message (rejected) or a busy tone (busy). Default: "rejected". */
  readonly reason: "rejected" | "busy";
}

/** <Reject>: Refuses an incoming call without answering it; verbs after it never run. */
export interface RejectNode extends TwimlNodeBase {
  readonly name: "Reject";
  readonly attributes: RejectAttributes;
  readonly children: readonly [];
}

/** The attributes of <Gather> after validation: typed, defaults applied, invalid values replaced. */
export interface GatherAttributes {
  /** The URL requested with the caller's input; unset means the current document's URL. */
  readonly action?: string;
  /** The HTTP method used to request the action URL. Default: "POST". */
  readonly method: "GET" | "POST";
  /** Which input to accept - dtmf, speech, or both. Default: ["dtmf"]. */
  readonly input: readonly ("dtmf" | "speech")[];
  /** Seconds to wait for input once the nested verbs have finished (or after the last key pressed). Default: 5. */
  readonly timeout: number;
  /** The key that ends DTMF input and is left out of Digits; empty means no key does. Default: "#". */
  readonly finishOnKey: "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "#" | "*" | "";
  /** Stop after this many digits; unset means no limit. */
  readonly numDigits?: number;
  /** Request the action URL even when the caller gave no input, instead of going on to the next verb. Default: false. */
  readonly actionOnEmptyResult: boolean;
}

/** <Gather>: Collects keypad digits or speech from the caller while nested Say, Play and Pause run, then requests its action URL. */
export interface GatherNode extends TwimlNodeBase {
  readonly name: "Gather";
  readonly attributes: GatherAttributes;
  readonly children: readonly (SayNode | PlayNode | PauseNode)[];
}

/** The attributes of <Dial> after validation: typed, defaults applied, invalid values replaced. */
export interface DialAttributes {
  /** The URL requested when the caller leaves the conference; its TwiML continues the call and verbs after <Dial> never run. */
  readonly action?: string;
  /** The HTTP method used to request the action URL. Default: "POST". */
  readonly method: "GET" | "POST";
  /** Seconds to ring before no-answer; no effect with <Conference>. Default: 30. */
  readonly timeout: number;
  /** Pressing * leaves the conference; the action URL then gets DialCallStatus=answered. Default: false. */
  readonly hangupOnStar: boolean;
  /** The most seconds the caller stays connected before being taken out of the conference. Default: 14400. */
  readonly timeLimit: number;
  /** The caller id shown to the dialled party; no effect with <Conference>. */
  readonly callerId?: string;
  /** Whether and how to record the caller's leg; with <Conference>, dual puts the caller on one channel and the room on the other. Default: "do-not-record". */
  readonly record: "do-not-record" | "record-from-answer" | "record-from-ringing" | "record-from-answer-dual" | "record-from-ringing-dual";
  /** The URL that receives the recording's status. */
  readonly recordingStatusCallback?: string;
  /** The HTTP method for recordingStatusCallback. Default: "POST". */
  readonly recordingStatusCallbackMethod: "GET" | "POST";
  /** Which recording events are sent to recordingStatusCallback. Default: ["completed"]. */
  readonly recordingStatusCallbackEvent: readonly ("in-progress" | "completed" | "absent")[];
  /** Which audio the recording holds. Default: "both". */
  readonly recordingTrack: "inbound" | "outbound" | "both";
  /** Whether leading and trailing silence is trimmed from the recording. Default: "do-not-trim". */
  readonly trim: "trim-silence" | "do-not-trim";
  /** The ringback tone the caller hears, by country; unset means the carrier's. */
  readonly ringTone?: "at" | "au" | "bg" | "br" | "be" | "ch" | "cl" | "cn" | "cz" | "de" | "dk" | "ee" | "es" | "fi" | "fr" | "gr" | "hu" | "il" | "in" | "it" | "lt" | "jp" | "mx" | "my" | "nl" | "no" | "nz" | "ph" | "pl" | "pt" | "ru" | "se" | "sg" | "th" | "uk" | "us" | "us-old" | "tw" | "ve" | "za";
  /** Keep an incoming call ringing until the dialled party answers. Default: false. */
  readonly answerOnBridge: boolean;
  /** Dial several nouns one after another instead of at once. Default: false. */
  readonly sequential: boolean;
  /** The reason shown with a branded call (beta). */
  readonly callReason?: string;
  /** The URL requested when the dialled party sends a SIP REFER. */
  readonly referUrl?: string;
  /** The HTTP method for referUrl. Default: "POST". */
  readonly referMethod: "GET" | "POST";
  /** The id of a Recording Configuration to record with. */
  readonly recordingConfigurationId?: string;
}

/** <Dial>: Connects the caller to another party - here, to a conference room. */
export interface DialNode extends TwimlNodeBase {
  readonly name: "Dial";
  readonly attributes: DialAttributes;
  readonly children: readonly (ConferenceNode)[];
}

/** The attributes of <Conference> after validation: typed, defaults applied, invalid values replaced. */
export interface ConferenceAttributes {
  /** The participant can listen but not speak. Default: false. */
  readonly muted: boolean;
  /** When to beep - on join and leave (true), never (false), only on join (onEnter) or only on leave (onExit). Default: "true". */
  readonly beep: "true" | "false" | "onEnter" | "onExit";
  /** Start the conference when this participant joins; if false, wait with the hold music until someone who starts it joins. Default: true. */
  readonly startConferenceOnEnter: boolean;
  /** End the conference, and drop everyone else, when this participant leaves. Default: false. */
  readonly endConferenceOnExit: boolean;
  /** A name for the participant, unique in the conference, usable instead of its Call SID. */
  readonly participantLabel?: string;
  /** The participant's jitter buffer - about 20, 40 or 60 ms, or none. Default: "large". */
  readonly jitterBufferSize: "small" | "medium" | "large" | "off";
  /** Audio or a waitUrl TwiML document to play while the conference has not started; empty means silence. Default: "https://s3.amazonaws.com/com.twilio.sounds.music/index.xml". */
  readonly waitUrl: string;
  /** The HTTP method used to request waitUrl. Default: "POST". */
  readonly waitMethod: "GET" | "POST";
  /** The most participants the room may hold. Default: 250. */
  readonly maxParticipants: number;
  /** Record the conference from the moment the first two participants are connected. Default: "do-not-record". */
  readonly record: "do-not-record" | "record-from-start";
  /** Where the audio is mixed; only the first participant's value counts. */
  readonly region?: "us1" | "us2" | "ie1" | "de1" | "sg1" | "br1" | "au1" | "jp1";
  /** Whether leading and trailing silence is trimmed from the conference recording. Default: "trim-silence". */
  readonly trim: "trim-silence" | "do-not-trim";
  /** The Call SID of a participant this one coaches; it must be in an in-progress conference. */
  readonly coach?: string;
  /** The URL that receives the conference's events; only the first participant's value counts. */
  readonly statusCallback?: string;
  /** The HTTP method for statusCallback. Default: "POST". */
  readonly statusCallbackMethod: "GET" | "POST";
  /** Which conference events are sent to statusCallback; only the first participant's value counts. Default: []. */
  readonly statusCallbackEvent: readonly ("start" | "end" | "join" | "leave" | "mute" | "hold" | "modify" | "speaker" | "announcement")[];
  /** The URL that receives the conference recording's status. */
  readonly recordingStatusCallback?: string;
  /** The HTTP method for recordingStatusCallback. Default: "POST". */
  readonly recordingStatusCallbackMethod: "GET" | "POST";
  /** Which recording events are sent to recordingStatusCallback. Default: ["completed"]. */
  readonly recordingStatusCallbackEvent: readonly ("in-progress" | "completed" | "absent")[];
  /** Deprecated - a URL told when the conference ends; never called when recordingStatusCallback is set. */
  readonly eventCallbackUrl?: string;
  /** The id of a Recording Configuration to record with. */
  readonly recordingConfigurationId?: string;
}

/** <Conference>: A conference room on the account; the first caller to dial a name that is not in progress creates it. */
export interface ConferenceNode extends TwimlNodeBase {
  readonly name: "Conference";
  readonly attributes: ConferenceAttributes;
  readonly children: readonly [];
}

/** Any validated element other than the root. */
export type TwimlNode = SayNode | PlayNode | PauseNode | RedirectNode | HangupNode | RejectNode | GatherNode | DialNode | ConferenceNode;
