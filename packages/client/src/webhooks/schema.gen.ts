// Generated — do not edit.
// scripts/generate-webhooks.mjs from webhooks.conferenceStatusCallback of specs/api-v2010 (bundled to specs/dist/api-v2010.json).
// Change the spec, then run `pnpm --filter @conference-kit/client generate` (after the specs' build).

/** How one form field is read: `boolean` is `true`/`false`, `integer` is decimal digits; the rest are checked strings. */
export type FieldRule =
  | { readonly kind: 'boolean' }
  | { readonly kind: 'integer'; readonly minLength?: number; readonly maxLength?: number }
  | {
      readonly kind: 'string';
      readonly enum?: readonly string[];
      readonly pattern?: string;
      readonly minLength?: number;
      readonly maxLength?: number;
      readonly format?: 'uri';
    };

/** One `oneOf` member: its fields besides the discriminator, and fields that require others. */
export interface VariantRule {
  readonly required: readonly string[];
  readonly optional: readonly string[];
  readonly dependentRequired?: Readonly<Record<string, readonly string[]>>;
}

/** The field whose value picks the variant. */
export const DISCRIMINATOR = "StatusCallbackEvent";

/** Every field of every variant, except the discriminator. */
export const FIELDS: Readonly<Record<string, FieldRule>> = {
  "AccountSid": {
    "kind": "string",
    "pattern": "^AC[0-9a-fA-F]{32}$",
    "minLength": 34,
    "maxLength": 34
  },
  "ConferenceSid": {
    "kind": "string",
    "pattern": "^CF[0-9a-fA-F]{32}$",
    "minLength": 34,
    "maxLength": 34
  },
  "FriendlyName": {
    "kind": "string",
    "maxLength": 128
  },
  "SequenceNumber": {
    "kind": "integer"
  },
  "Timestamp": {
    "kind": "string",
    "pattern": "^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (0?[1-9]|[12][0-9]|3[01]) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]{4} ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9] \\+0000$"
  },
  "ReasonConferenceEnded": {
    "kind": "string",
    "enum": [
      "conference-ended-via-api",
      "participant-with-end-conference-on-exit-left",
      "participant-with-end-conference-on-exit-kicked",
      "last-participant-kicked",
      "last-participant-left"
    ]
  },
  "Reason": {
    "kind": "string"
  },
  "CallSidEndingConference": {
    "kind": "string",
    "pattern": "^CA[0-9a-fA-F]{32}$",
    "minLength": 34,
    "maxLength": 34
  },
  "ParticipantLabelEndingConference": {
    "kind": "string",
    "minLength": 1,
    "maxLength": 128
  },
  "CallSid": {
    "kind": "string",
    "pattern": "^CA[0-9a-fA-F]{32}$",
    "minLength": 34,
    "maxLength": 34
  },
  "ParticipantLabel": {
    "kind": "string",
    "minLength": 1,
    "maxLength": 128
  },
  "Muted": {
    "kind": "boolean"
  },
  "Hold": {
    "kind": "boolean"
  },
  "Coaching": {
    "kind": "boolean"
  },
  "EndConferenceOnExit": {
    "kind": "boolean"
  },
  "StartConferenceOnEnter": {
    "kind": "boolean"
  },
  "ReasonParticipantLeft": {
    "kind": "string",
    "enum": [
      "participant_hung_up",
      "participant_updated_via_api",
      "conference_ended_via_api",
      "moderator_ended_conference",
      "participant_add_failed"
    ]
  },
  "ParticipantCallStatus": {
    "kind": "string",
    "enum": [
      "completed",
      "in-progress",
      "no-answer",
      "busy",
      "failed",
      "canceled"
    ]
  },
  "AnnounceUrl": {
    "kind": "string",
    "format": "uri"
  },
  "ReasonAnnouncementFailed": {
    "kind": "string"
  }
};

/** The variants, by schema name. */
export const VARIANTS: Readonly<Record<string, VariantRule>> = {
  "ConferenceStartCallback": {
    "required": [
      "AccountSid",
      "ConferenceSid",
      "FriendlyName",
      "SequenceNumber",
      "Timestamp"
    ],
    "optional": []
  },
  "ConferenceEndCallback": {
    "required": [
      "AccountSid",
      "ConferenceSid",
      "FriendlyName",
      "SequenceNumber",
      "Timestamp",
      "ReasonConferenceEnded",
      "Reason"
    ],
    "optional": [
      "CallSidEndingConference",
      "ParticipantLabelEndingConference"
    ]
  },
  "ParticipantEventCallback": {
    "required": [
      "AccountSid",
      "ConferenceSid",
      "FriendlyName",
      "SequenceNumber",
      "Timestamp",
      "CallSid",
      "Muted",
      "Hold",
      "Coaching",
      "EndConferenceOnExit",
      "StartConferenceOnEnter"
    ],
    "optional": [
      "ParticipantLabel"
    ]
  },
  "ParticipantLeaveCallback": {
    "required": [
      "AccountSid",
      "ConferenceSid",
      "FriendlyName",
      "SequenceNumber",
      "Timestamp",
      "CallSid",
      "Muted",
      "Hold",
      "Coaching",
      "EndConferenceOnExit",
      "StartConferenceOnEnter",
      "ReasonParticipantLeft",
      "ParticipantCallStatus"
    ],
    "optional": [
      "ParticipantLabel"
    ]
  },
  "AnnouncementEndCallback": {
    "required": [
      "AccountSid",
      "ConferenceSid",
      "FriendlyName",
      "SequenceNumber",
      "Timestamp",
      "AnnounceUrl"
    ],
    "optional": [
      "CallSid",
      "ParticipantLabel",
      "Muted",
      "Hold",
      "Coaching",
      "EndConferenceOnExit",
      "StartConferenceOnEnter"
    ],
    "dependentRequired": {
      "CallSid": [
        "Muted",
        "Hold",
        "Coaching",
        "EndConferenceOnExit",
        "StartConferenceOnEnter"
      ]
    }
  },
  "AnnouncementFailCallback": {
    "required": [
      "AccountSid",
      "ConferenceSid",
      "FriendlyName",
      "SequenceNumber",
      "Timestamp",
      "AnnounceUrl",
      "ReasonAnnouncementFailed"
    ],
    "optional": [
      "CallSid",
      "ParticipantLabel",
      "Muted",
      "Hold",
      "Coaching",
      "EndConferenceOnExit",
      "StartConferenceOnEnter"
    ],
    "dependentRequired": {
      "CallSid": [
        "Muted",
        "Hold",
        "Coaching",
        "EndConferenceOnExit",
        "StartConferenceOnEnter"
      ]
    }
  }
};

/** Each discriminator value, and the variant it selects. */
export const EVENTS: Readonly<Record<string, string>> = {
  "conference-start": "ConferenceStartCallback",
  "conference-end": "ConferenceEndCallback",
  "participant-join": "ParticipantEventCallback",
  "participant-mute": "ParticipantEventCallback",
  "participant-unmute": "ParticipantEventCallback",
  "participant-hold": "ParticipantEventCallback",
  "participant-unhold": "ParticipantEventCallback",
  "participant-modify": "ParticipantEventCallback",
  "participant-speech-start": "ParticipantEventCallback",
  "participant-speech-stop": "ParticipantEventCallback",
  "participant-leave": "ParticipantLeaveCallback",
  "announcement-end": "AnnouncementEndCallback",
  "announcement-fail": "AnnouncementFailCallback"
};

/** Fields read as booleans. */
export type BooleanField = "Coaching" | "EndConferenceOnExit" | "Hold" | "Muted" | "StartConferenceOnEnter";

/** Fields read as integers. */
export type IntegerField = "SequenceNumber";
