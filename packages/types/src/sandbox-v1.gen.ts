// Generated — do not edit.
// openapi-typescript from specs/sandbox-v1/openapi.yaml (bundled to specs/dist/sandbox-v1.json).
// Change the spec, then run `pnpm generate` at the repository root.

export interface paths {
    "/__sandbox/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset the sandbox
         * @description Goes back to the world the sandbox started with (the host's seed, the default world unless it was
         *     given another) and clears the journal. The clock is not touched: freeze or advance it separately.
         *     Webhook deliveries already under way still finish.
         *
         */
        post: operations["CreateSandboxReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/seed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Load a seed
         * @description Replaces every account and conference with the seed's (accounts the host configured stay), and arms
         *     the timers of calls still being placed and announcements playing. The seed is checked field by field
         *     first; on the first bad field the world stays as it was and the answer is a 400 whose message names
         *     the field by its path (`$.conferences[2].participants[0].status: …`). The clock and the journal are not
         *     touched.
         *
         */
        post: operations["CreateSandboxSeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/snapshot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export a snapshot
         * @description The whole state of the sandbox as one JSON document: the clock, the SID generator, every account and
         *     conference, and the timers pending on them. Importing it later (or into another sandbox) restores all
         *     of it, so a test can start from a world reached by requests without replaying them. The journal is not
         *     part of it.
         *
         */
        get: operations["FetchSandboxSnapshot"];
        /**
         * Import a snapshot
         * @description Replaces the whole state with a snapshot: accounts (the host's configured ones too), conferences, the
         *     SID generator and the clock, frozen or running as the snapshot says, with the timers it holds armed
         *     but not run. It is checked like a seed; on the first bad field the world and the clock stay as they
         *     were and the answer is a 400 naming the field. The journal is not touched. Idempotent: importing the same snapshot twice gives the
         *     same state.
         *
         */
        put: operations["UpdateSandboxSnapshot"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch the clock
         * @description The sandbox time, whether it is frozen, and the timers waiting on it.
         */
        get: operations["FetchSandboxClock"];
        put?: never;
        /**
         * Freeze, advance or unfreeze the clock
         * @description Freezes the clock, moves it forward, or lets it run, in that order when combined. Moving forward runs
         *     every timer that falls due on the way (calls being answered, announcements ending, recordings and
         *     Insights processing completing), each at its own time, and sends their callbacks; the answer comes
         *     once they have run. Tests freeze the clock and advance it instead of sleeping. A move backwards, or
         *     both `advanceMs` and `advanceTo`, is a 400.
         *
         */
        post: operations["UpdateSandboxClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/journal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List journal entries
         * @description The API requests the sandbox answered and the webhooks it sent or tried to send, oldest first, each
         *     webhook with the outcome of its delivery. Every filter given must match: `Type`, `Event`,
         *     `ConferenceSid`, `CallSid` and `Outcome` select webhooks, `OperationId` selects requests. Control
         *     requests are not journaled.
         *
         */
        get: operations["ListSandboxJournalEntry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A call comes in to a number
         * @description A caller on the network dials one of the sandbox's phone numbers (an IncomingPhoneNumber of any
         *     account, added through the API or a seed's `numbers`). The call belongs to the number's account, with
         *     `direction` `inbound` and the number's `phone_number_sid`; the answer shows it `ringing` while the
         *     number's voice URL is requested.
         *
         *     The sandbox then requests the number's `voice_url` with its `voice_method`, signed with the account's
         *     Auth Token, with the standard voice request fields: `CallStatus=ringing`, `Direction=inbound`,
         *     `ApiVersion`, `ForwardedFrom` when given, and `CallerName` when given and the number has
         *     `voice_caller_id_lookup` (otherwise the name is not kept). The TwiML of the answer runs: its first verb
         *     other than `<Pause>` answers the call (`in-progress`), so a first `<Pause>` keeps it ringing, and a
         *     first `<Reject>` refuses it unanswered (`busy` for `reason="busy"`, else `no-answer`).
         *
         *     When the voice URL cannot be fetched or its TwiML cannot run, the number's `voice_fallback_url` is
         *     requested once, with `ErrorCode` and `ErrorUrl`, and its TwiML continues the call; without one, or when
         *     it fails too, the call is answered and hung up (`completed`, timeline reason `application-error`), as
         *     Twilio's "application error" message does. A number without a voice URL has nothing to run: alert
         *     11100, then the same application error, already over in the answer (Twilio's documents do not say;
         *     this is the sandbox's choice).
         *     Every error and warning is an `alert` in the journal, with the call's SID. The number's
         *     `status_callback` gets the call's `completed` call progress callback.
         *
         *     A number that no account of the sandbox has is a 404 and creates nothing: such a call never reaches
         *     Twilio, and there is no account to give it to (the sandbox's choice). The other events of the call —
         *     keys, speech, hanging up — are `/__sandbox/calls/{CallSid}/digits`, `/utterance` and `/hangup`.
         *
         */
        post: operations["CreateSandboxCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/calls/{CallSid}/hangup": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Call SID.
                 * @example CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                CallSid: components["parameters"]["CallSid"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hang up a call
         * @description The far end of a live call hangs up: any call, a participant or one running TwiML. An answered call
         *     ends `completed`, one still being dialled `canceled`. A participant leaves with `participant_hung_up`;
         *     the conference ends if it had `endConferenceOnExit` or was the last one, and the callbacks subscribed
         *     to are sent. The answer is the call's participant, or no content for a call that never was one. A 404
         *     when there is no live call with this SID.
         *
         */
        post: operations["CreateSandboxCallHangup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/calls/{CallSid}/speech": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Call SID.
                 * @example CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                CallSid: components["parameters"]["CallSid"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start or stop a participant's speech
         * @description The connected participant starts or stops speaking, which sends `participant-speech-start` or
         *     `participant-speech-stop` when the conference subscribed to `speaker` events. A 404 when there is no live
         *     call with this SID; a 409 when it is not connected to a conference.
         *
         */
        post: operations["CreateSandboxCallSpeech"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/calls/{CallSid}/quality": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Call SID.
                 * @example CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                CallSid: components["parameters"]["CallSid"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the network under a call
         * @description From the sandbox clock's now, the line under a live call has the given jitter, packet loss and latency
         *     (or a named profile), in one direction or both, for `durationMs` or until changed. Only the network
         *     causes this, so only the control surface can. Insights derives the call's participant `metrics` from
         *     these conditions over the participant's time in its conference, and the conference's `tags` and
         *     `detected_issues` from those metrics (see the Insights spec). Every call starts on a clean line.
         *
         *     A 400 names a field that is out of range (nothing changes), or a call that already has 1,000 changes;
         *     a 404 when there is no live call with this SID.
         *
         */
        post: operations["CreateSandboxCallQuality"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/calls/{CallSid}/digits": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Call SID of a live call.
                 * @example CAeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee
                 */
                CallSid: components["parameters"]["ListeningCallSid"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Press keys on a call
         * @description The caller presses keys, one after another (DTMF `0`–`9`, `*`, `#`).
         *
         *     A `<Gather>` listening for keys (`input` with `dtmf`, the default) takes them. While its nested `<Say>`,
         *     `<Play>` and `<Pause>` play, a key stops them and counts (barge-in, Twilio's default). Each key starts
         *     its `timeout` again. Its `finishOnKey` (`#` by default) ends the input and is left out of `Digits`;
         *     pressed before any other key, it ends the input with none. `numDigits` keys end it too; at most 256
         *     keys are collected (the longest `Digits` a voice request carries). The action (by default the URL of
         *     the document the `<Gather>` is in) is then requested with `<Gather method>`, with `Digits` and
         *     `FinishedOnKey` (empty when the input did not end with the finish key), and its TwiML continues the
         *     call. A `<Gather>` that hears nothing for `timeout` seconds of sandbox time after its prompts goes on
         *     to the next verb, or, with `actionOnEmptyResult="true"`, requests its action without `Digits`; one
         *     that has keys when its timeout comes sends them.
         *
         *     In a conference joined with `<Dial hangupOnStar="true">`, `*` takes the call out of it; its
         *     `<Dial action>` is then requested with `DialCallStatus=answered`, or the next verb runs.
         *
         *     Keys that come after the `<Gather>` has ended, while the next document is requested, are not heard.
         *     The answer is the call. A 404 when there is no live call with this SID; a 409 when the call is not
         *     answered yet (21220) or when nothing heard any of the keys.
         *
         */
        post: operations["CreateSandboxCallDigits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/calls/{CallSid}/utterance": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Call SID of a live call.
                 * @example CAeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee
                 */
                CallSid: components["parameters"]["ListeningCallSid"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Say something on a call
         * @description The caller says something, as the speech recognizer hears it. A `<Gather>` listening for speech
         *     (`input` with `speech`) that has not taken a key yet ends with it: its action is requested with
         *     `SpeechResult` (the `text`) and `Confidence` (the `confidence`, 1 when left out), and its TwiML
         *     continues the call. Speech during a nested `<Say>`, `<Play>` or `<Pause>` stops it. The recognition
         *     settings (`speechTimeout`, `hints`, `language`, `speechModel`, …) are not simulated: the text is heard
         *     as it is given, at once.
         *
         *     The answer is the call. A 404 when there is no live call with this SID; a 409 when the call is not
         *     answered yet (21220) or when no `<Gather>` listens for speech.
         *
         */
        post: operations["CreateSandboxCallUtterance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/calls/{CallSid}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Call SID.
                 * @example CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                CallSid: components["parameters"]["CallSid"];
            };
            cookie?: never;
        };
        /**
         * What a call's caller experienced
         * @description The call's timeline, oldest first: its status changes, the TwiML documents requested for it, the
         *     verbs its TwiML ran with their sandbox times and durations (what was said, what was played), the
         *     conferences it joined and left, the alerts about its TwiML, and why it ended. Any call of the sandbox,
         *     live or ended. A 404 when there is no such call.
         *
         */
        get: operations["FetchSandboxCallTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/conferences/{ConferenceSid}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the conference.
                 * @example CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConferenceSid: components["parameters"]["ConferenceSid"];
            };
            cookie?: never;
        };
        /**
         * What happened in a conference, over time
         * @description The conference drawn over sandbox time: when it was created, started and ended and why; each
         *     participant's leg (its call, label, from and to) as segments of time in each state — `ringing`,
         *     `connected`, and within `connected` the flags `muted`, `hold`, `coaching` and `speaking`, each its own
         *     segments, so they may overlap; the announcements played into it; and its recordings with their pauses.
         *     A segment still going on has `end: null` and runs up to `now`. Derived from what the sandbox records
         *     as it runs: a conference loaded from a seed or a snapshot has its legs, their mute, hold and coaching
         *     changes and its recordings, but no speaking segments or ended announcements from before it was loaded.
         *     Any conference of the sandbox, live or ended; a 404 when there is no such conference.
         *
         */
        get: operations["FetchSandboxConferenceTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/conferences/{ConferenceSid}/announcement-end": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the conference.
                 * @example CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConferenceSid: components["parameters"]["ConferenceSid"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End or fail an announcement
         * @description An announcement playing in the conference ends (`announcement-end`) or fails (`announcement-fail`,
         *     with `failure` as `ReasonAnnouncementFailed`), and its callback is sent when the conference subscribed
         *     to `announcement` events. Without `callSid` the oldest announcement playing ends. Announcements end by
         *     themselves after the host's `announcementMs` of sandbox time; this ends one sooner, or the only way
         *     when that delay is off. A 404 when there is no such conference; a 409 when no such announcement is
         *     playing.
         *
         */
        post: operations["CreateSandboxAnnouncementEnd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow the journal and the clock live
         * @description A stream of server-sent events (`text/event-stream`, the format browsers read with `EventSource`)
         *     that stays open: every change to the journal as it happens, the clock when it is frozen, unfrozen or
         *     moved, and a reset. Each event is an `id:` line, an `event:` line and one `data:` line of JSON:
         *
         *     - `event: journal` — `data` is a journal entry (`SandboxJournalEntry`), the same shape as in
         *       ListSandboxJournalEntry. `id` is the stream position: a number that grows with every change to the
         *       journal. A webhook is sent when it is recorded (`outcome: pending`) and again, with a later `id` and
         *       the same entry `id`, when its delivery ends: keep the latest by the entry's `id`.
         *     - `event: clock` — `data` is the clock (`SandboxClock`). Sent once when the stream opens, and whenever
         *       the clock is frozen, unfrozen, advanced or restored (a running clock is not sent as it runs). Its
         *       `id` is the stream position at that moment.
         *     - `event: reset` — `data` is `{"cause": "reset"}`, `"seed"` or `"snapshot"`: the world was replaced,
         *       so read it again. On `reset` the journal was also cleared: forget the entries received; a seed or
         *       a snapshot leaves the journal as it was.
         *
         *     A comment line (`: keep-alive`) is sent every 15 seconds so that proxies keep the connection. A client
         *     that reconnects with `Last-Event-ID` (as `EventSource` does by itself) gets, first, the entries that
         *     changed after that position and are still kept (oldest change first), then the live events; without
         *     it, the stream starts with what happens next (read the past with ListSandboxJournalEntry). A client too
         *     slow to take the events is disconnected, and catches up by reconnecting.
         *
         *     At most 16 streams are open at once; beyond, the answer is a 429 in Twilio's body. Streams close when
         *     the host stops. The stream is served by the mock's HTTP server only: the in-process `fetch` of
         *     `startMockServer()` and `startSandbox()` answers a 501, since it cannot hold an answer open.
         *
         */
        get: operations["FetchSandboxEventStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/ui": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The inspector page
         * @description The sandbox inspector: a page that shows the accounts, numbers, conferences with their timelines, calls with theirs, the journal live, and the clock, read from this control API in the browser. It loads nothing from another host (see `Content-Security-Policy`). The browser asks for the control credential (user `ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa`, password the control token) and sends it with every request the page makes. Served by the mock's HTTP server only; the in-process `fetch` answers a 501.
         *
         */
        get: operations["FetchSandboxInspector"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/ui/{Asset}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The file's name, as the page names it.
                 * @example inspector.js
                 */
                Asset: string;
            };
            cookie?: never;
        };
        /**
         * A script, style sheet or image of the inspector page
         * @description What the inspector page loads besides itself (its script, style sheet and icons), with the same
         *     credential, headers and limits as the page; a 404 for a name the page does not have.
         *
         */
        get: operations["FetchSandboxInspectorAsset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The inspector page, at the root
         * @description The sandbox inspector: a page that shows the accounts, numbers, conferences with their timelines, calls with theirs, the journal live, and the clock, read from this control API in the browser. It loads nothing from another host (see `Content-Security-Policy`). The browser asks for the control credential (user `ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa`, password the control token) and sends it with every request the page makes. Served by the mock's HTTP server only; the in-process `fetch` answers a 501.
         *
         */
        get: operations["FetchSandboxHome"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The body Twilio returns with every 4xx and 5xx response. Twilio's helper libraries read these four
         *     properties to build their exceptions. Further properties may appear (Twilio sometimes adds `details`),
         *     so clients must ignore what they do not know.
         *      */
        TwilioError: {
            /**
             * @description Twilio's own error code, documented at `more_info`.
             * @example 20404
             */
            code: number;
            /** @description A human-readable explanation of what went wrong. */
            message: string;
            /**
             * Format: uri
             * @description Link to the documentation page for `code`.
             * @example https://www.twilio.com/docs/errors/20404
             */
            more_info: string;
            /** @description The HTTP status code of the response, repeated in the body. */
            status: number;
        };
        /**
         * @description An instant: an ISO 8601 date-time with `Z` or an offset (`2025-03-03T12:00:00.000Z`), or milliseconds
         *     since the Unix epoch, from 1970-01-01T00:00:00.000Z to 9999-12-31T23:59:59.999Z. Snapshots always give
         *     the ISO form, with milliseconds.
         *
         * @example 2025-03-03T12:00:00.000Z
         * @example 1741003200000
         */
        SandboxTime: string | number;
        /** @description The sandbox clock as a snapshot holds it. */
        SandboxSnapshotClock: {
            /** @description The sandbox time. */
            now: components["schemas"]["SandboxTime"];
            /** @description Whether time stands still. Default `true`. */
            frozen?: boolean;
        };
        /**
         * @description A Twilio Account SID — `AC` followed by 32 hexadecimal digits.
         * @example ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        AccountSid: string;
        /**
         * @description An API Key SID — `SK` followed by 32 hexadecimal digits.
         * @example SKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        SandboxApiKeySid: string;
        /** @description An API key of the account; `sid` and `secret` authenticate like the Account SID and Auth Token. */
        SandboxApiKey: {
            sid: components["schemas"]["SandboxApiKeySid"];
            /** @description The key's secret, the password that goes with `sid`. */
            secret: string;
        };
        /** @description An account of the sandbox and the credentials that authenticate as it. */
        SandboxAccount: {
            /** @description The Account SID; unique among the accounts. */
            sid: components["schemas"]["AccountSid"];
            /** @description The Auth Token; also the key status callbacks to this account are signed with. */
            authToken: string;
            /** @description A name for the account. Default `Sandbox account` followed by the SID's last four characters. */
            friendlyName?: string;
            /** @description The account's API keys. Default none. */
            apiKeys?: components["schemas"]["SandboxApiKey"][];
            /** @description For a subaccount, its main account: another account of the seed that is not itself a subaccount.
             *     Left out (or the account's own SID) for a main account. A main account's credentials reach its
             *     subaccounts' 2010-04-01 resources and, with Insights' `Subaccount` filter, their conference
             *     summaries; a subaccount's credentials reach only itself.
             *      */
            ownerAccountSid?: components["schemas"]["AccountSid"];
        };
        /**
         * @description A phone number's SID — `PN` followed by 32 hexadecimal digits: one of your Twilio numbers
         *     (IncomingPhoneNumber) or a verified caller ID (OutgoingCallerId).
         *
         * @example PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        PhoneNumberSid: string;
        /**
         * @description A phone number in E.164 format, a `+` and up to fifteen digits.
         * @example +15017122661
         */
        E164PhoneNumber: string;
        /**
         * @description The HTTP method Twilio uses to request a URL you give it.
         * @enum {string}
         */
        HttpMethod: "GET" | "POST";
        /** @description A phone number of an account (an IncomingPhoneNumber): what an incoming call to it requests. Only
         *     `accountSid` and `phoneNumber` are required. Rules the schema cannot say, which loading checks:
         *     `accountSid` is one of the accounts; `phoneNumber` is not already a number of the world (a number belongs
         *     to one account); an account has at most 1,000 numbers; `voiceFallbackUrl` needs a `voiceUrl`; URLs are
         *     absolute http or https URLs.
         *      */
        SandboxPhoneNumber: {
            /** @description The number's SID. Minted when left out. */
            sid?: components["schemas"]["PhoneNumberSid"];
            accountSid: components["schemas"]["AccountSid"];
            phoneNumber: components["schemas"]["E164PhoneNumber"];
            /** @description Default the formatted number, e.g. `(555) 555-0199`. */
            friendlyName?: string;
            /** @description The URL an incoming call requests for its TwiML; `null` (the default) for none. */
            voiceUrl?: string | null;
            /** @description Default `POST`. */
            voiceMethod?: components["schemas"]["HttpMethod"];
            /** @description Requested with `ErrorCode` and `ErrorUrl` when the voice URL's TwiML cannot be fetched or run; `null` (the default) for none. */
            voiceFallbackUrl?: string | null;
            /** @description Default `POST`. */
            voiceFallbackMethod?: components["schemas"]["HttpMethod"];
            /** @description Where the `completed` call progress callback of each incoming call goes; `null` (the default) for none. */
            statusCallback?: string | null;
            /** @description Default `POST`. */
            statusCallbackMethod?: components["schemas"]["HttpMethod"];
            /** @description Whether an incoming call's caller name (given when the call comes in) is kept and sent as `CallerName`. Default `false`. */
            voiceCallerIdLookup?: boolean;
            /** @description Default the sandbox's current time. */
            dateCreated?: components["schemas"]["SandboxTime"];
            /** @description Default `dateCreated`. */
            dateUpdated?: components["schemas"]["SandboxTime"];
        };
        /**
         * @description A Call SID — `CA` followed by 32 hexadecimal digits.
         * @example CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        CallSid: string;
        /**
         * @description The Voice call status of a participant's leg, as call progress callbacks report it (`CallStatus`).
         *
         * @enum {string}
         */
        SandboxCallStatus: "queued" | "initiated" | "ringing" | "in-progress" | "completed" | "busy" | "failed" | "no-answer" | "canceled";
        /** @description Where the participant's call progress callbacks go, and which events are sent. */
        SandboxCallCallback: {
            /**
             * Format: uri
             * @description The absolute URL of the receiver.
             */
            url: string;
            /** @description How the callback is requested. Default `POST`. */
            method?: components["schemas"]["HttpMethod"];
            /** @description The call progress events sent. Default `completed`. */
            events?: ("initiated" | "ringing" | "answered" | "completed")[];
        };
        /** @description Where a call's TwiML comes from, as CreateCall or UpdateCall gave it. */
        SandboxVoiceSource: {
            /** @description The document's URL (`Url`); `null` with inline TwiML. */
            url?: string | null;
            /** @description How `url` is requested. Default `POST`. */
            method?: components["schemas"]["HttpMethod"];
            /** @description The inline TwiML (`Twiml`); `null` with a URL. */
            twiml?: string | null;
            /** @description Requested with `ErrorCode` and `ErrorUrl` when a document cannot be fetched or parsed; `null` for none. */
            fallbackUrl?: string | null;
            /** @description Default `POST`. */
            fallbackMethod?: components["schemas"]["HttpMethod"];
        };
        /** @description The next step of a call on the sandbox clock, and when it happens. */
        SandboxCallStep: {
            /** @description When the step happens. */
            at: components["schemas"]["SandboxTime"];
            /**
             * @description `initiate` (queued → initiated), `ring` (→ ringing), `answer` (→ in-progress), how the call ends
             *     unanswered (`busy`, `no-answer`, `fail`), or `continue`: its TwiML goes on after a `<Say>`, `<Play>`
             *     or `<Pause>`.
             *
             * @enum {string}
             */
            step: "initiate" | "ring" | "answer" | "busy" | "no-answer" | "fail" | "continue";
        };
        /**
         * @description A Conference SID — `CF` followed by 32 hexadecimal digits.
         * @example CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        ConferenceSid: string;
        /** @description One thing that happened to a call, at a sandbox instant. `kind` says what: `status` (the call's status
         *     changed), `fetched` (a TwiML document was requested: `url`, `method`, `reason` = `voice`, `dial-action`,
         *     `gather-action` or `wait-url`, `code` when it failed), `said` (`text`), `played` (`url`, or the `text`
         *     of digits; `reason: wait` for hold music), `paused`, `verb` (another verb ran: `verb`), `waiting`
         *     (`reason: silence`), `input` (the caller pressed a key or spoke: `text`, `reason` = `dtmf` or
         *     `speech`), `gathered` (a `<Gather>` ended: the `text` it heard, if any, and `reason` = `finish-key`,
         *     `num-digits`, `timeout` or `speech`), `joined` and `left` a conference (`conferenceSid`, `friendlyName`, the leave `reason`),
         *     `alert` (`code`, `message`) and `ended` (`status`, and why in `reason`: `hangup`, `end-of-document`,
         *     `rejected`, `application-error`, `hung-up`, `completed-via-api`, `canceled-via-api`, `kicked`,
         *     `conference-ended`, `time-limit`, `busy`, `no-answer`, `failed`). Verbs that take time give their
         *     `durationMs`: the next entry is at `at` + `durationMs` at the earliest.
         *      */
        SandboxTimelineEntry: {
            /** @description When it happened (ISO 8601 with milliseconds in answers). */
            at: components["schemas"]["SandboxTime"];
            /**
             * @description What happened.
             * @enum {string}
             */
            kind: "status" | "fetched" | "verb" | "said" | "played" | "paused" | "waiting" | "input" | "gathered" | "joined" | "left" | "alert" | "ended";
            /** @description The call status (`status`, `ended`). */
            status?: string;
            /** @description The TwiML verb. */
            verb?: string;
            /** @description What was said, the digits played, or the caller's input. */
            text?: string;
            /** @description The document requested or the audio played. */
            url?: string;
            method?: components["schemas"]["HttpMethod"];
            /** @description How many times it was said or played. */
            loop?: number;
            /** @description How long it takes in sandbox time. */
            durationMs?: number;
            conferenceSid?: components["schemas"]["ConferenceSid"];
            /** @description The conference's name. */
            friendlyName?: string;
            /** @description Why (see `kind`). */
            reason?: string;
            /** @description Twilio's error or warning code. */
            code?: number;
            /** @description The alert's text. */
            message?: string;
        };
        /** @description A line condition applied to one direction of a call from `at` until `until` (`null`: until changed), as
         *     `POST /__sandbox/calls/{CallSid}/quality` records it. The condition at an instant is the latest change
         *     still in effect then, else a clean line, so a change that lasts `durationMs` gives back the one under it.
         *      */
        SandboxQualityChange: {
            at: components["schemas"]["SandboxTime"];
            until?: components["schemas"]["SandboxTime"] | null;
            /** @enum {string} */
            direction: "inbound" | "outbound";
            jitterMs: number;
            packetLossPercent: number;
            latencyMs: number;
            /** @description Default `false`. */
            silent?: boolean;
        };
        /** @description A call: every leg is one, whether the API placed it, it came in to a number, or it joined a conference. Only `accountSid`, `from`
         *     and `to` are required. A participant names its call by `callSid`; a participant whose call is not
         *     listed here describes its call with its own leg fields (the seed format before calls). Rules the schema
         *     cannot say, which loading checks: `accountSid` is one of the accounts; `endTime` is set exactly when the
         *     status is final; an `in-progress` call has an `answerTime`; a call is an active participant of at most
         *     one conference, and of one only while it is live; `voice` gives exactly one of `url` and `twiml`.
         *      */
        SandboxCall: {
            /** @description The Call SID. Minted when left out. */
            sid?: components["schemas"]["CallSid"];
            accountSid: components["schemas"]["AccountSid"];
            from: string;
            /** @description Who is called; a magic number (`+15005550010`…) decides how a call still being placed ends. */
            to: string;
            /**
             * @description Default `outbound-api`.
             * @enum {string}
             */
            direction?: "outbound-api" | "inbound" | "outbound-dial";
            /** @description Default `completed`. */
            status?: components["schemas"]["SandboxCallStatus"];
            parentCallSid?: components["schemas"]["CallSid"] | null;
            /** @description Default the sandbox's current time. */
            dateCreated?: components["schemas"]["SandboxTime"];
            dateUpdated?: components["schemas"]["SandboxTime"];
            /** @description When it was dialled; `null` while queued. */
            startTime?: components["schemas"]["SandboxTime"] | null;
            /** @description When it was answered; `null` if it was not. */
            answerTime?: components["schemas"]["SandboxTime"] | null;
            /** @description When it ended; `null` while live. */
            endTime?: components["schemas"]["SandboxTime"] | null;
            callerName?: string | null;
            forwardedFrom?: string | null;
            /** @description For an incoming call, the number it came in on; `null` otherwise. */
            phoneNumberSid?: components["schemas"]["PhoneNumberSid"] | null;
            queueTimeMs?: number;
            /** @description How long it may ring. Default 60. */
            timeoutSeconds?: number;
            /** @description How long it may last once answered. Default 14400. */
            timeLimitSeconds?: number;
            /** @description Its call progress callbacks; `null` for none. */
            statusCallback?: components["schemas"]["SandboxCallCallback"] | null;
            /** @description The `SequenceNumber` of the last call progress callback sent; -1 (the default) for none. */
            callSequence?: number;
            /** @description Where its TwiML comes from; `null` for a participant the API added. */
            voice?: components["schemas"]["SandboxVoiceSource"] | null;
            /** @description Its next step on the clock; left out, a queued, initiated or ringing call takes it at the current time. */
            next?: components["schemas"]["SandboxCallStep"] | null;
            ringStartedAt?: components["schemas"]["SandboxTime"] | null;
            /** @description Why it ended (see SandboxTimelineEntry); `null` while live. */
            endReason?: string | null;
            /** @description What happened to it, its latest 1000 entries. */
            timeline?: components["schemas"]["SandboxTimelineEntry"][];
            /** @description Deleted through the API (gone from `/Calls`, kept for the conferences that name it). Default `false`. */
            deleted?: boolean;
            /** @description The state of its TwiML, as a snapshot exports it; `null` for none. In a seed, an `in-progress` call
             *     in no conference that has `voice` and no `program` starts its TwiML from the first verb when the seed
             *     loads: a seed can hold a caller in the middle of a menu.
             *      */
            program?: Record<string, never> | null;
            /** @description Line conditions set on it through `POST /__sandbox/calls/{CallSid}/quality`, oldest first; left out for a clean line. */
            quality?: components["schemas"]["SandboxQualityChange"][];
        };
        /**
         * @description A Twilio Region that can mix conference audio: `us1`, `us2`, `ie1`, `de1`, `sg1`, `br1`, `au1` or `jp1`.
         *
         * @enum {string}
         */
        Region: "us1" | "us2" | "ie1" | "de1" | "sg1" | "br1" | "au1" | "jp1";
        /**
         * @description The status of a conference. `init` until the conference starts (at least two participants, one of them
         *     with `startConferenceOnEnter`), then `in-progress`, then `completed`.
         *
         * @enum {string}
         */
        ConferenceStatus: "init" | "in-progress" | "completed";
        /**
         * @description Why a completed conference ended.
         * @enum {string}
         */
        ConferenceEndReason: "conference-ended-via-api" | "participant-with-end-conference-on-exit-left" | "participant-with-end-conference-on-exit-kicked" | "last-participant-kicked" | "last-participant-left";
        /** @description Where the conference's status callbacks go, and which events are sent. */
        SandboxConferenceCallback: {
            /**
             * Format: uri
             * @description The absolute URL of the receiver.
             */
            url: string;
            /** @description How the callback is requested. Default `POST`. */
            method?: components["schemas"]["HttpMethod"];
            /** @description The events sent, as `ConferenceStatusCallbackEvent` names them. Default `start` and `end`. */
            events?: ("start" | "end" | "join" | "leave" | "mute" | "hold" | "modify" | "speaker" | "announcement")[];
        };
        /** @description Where the conference's recording status callbacks go, and which statuses are sent. */
        SandboxRecordingCallback: {
            /**
             * Format: uri
             * @description The absolute URL of the receiver.
             */
            url: string;
            /** @description How the callback is requested. Default `POST`. */
            method?: components["schemas"]["HttpMethod"];
            /** @description The recording statuses sent. Default `completed`. */
            events?: ("in-progress" | "completed" | "failed" | "absent")[];
        };
        /** @description An announcement playing in the conference, to everyone or to one participant. */
        SandboxAnnouncement: {
            /** @description The announcement's identifier inside the sandbox. Minted when left out. */
            id?: string;
            /** @description The `AnnounceUrl` it plays; sent back in its `announcement-end` or `announcement-fail` callback. */
            url: string;
            /** @description The `AnnounceMethod`. Default `POST`. */
            method?: components["schemas"]["HttpMethod"];
            /** @description The call of the participant it plays to; `null` (the default) when it plays to the conference. */
            callSid?: components["schemas"]["CallSid"] | null;
            /** @description When it ends by itself; `null` (the default) when only the announcement-end event ends it. */
            endsAt?: components["schemas"]["SandboxTime"] | null;
        };
        /**
         * @description A Voice Insights tag the conference summary shows once its processing is complete.
         * @enum {string}
         */
        SandboxConferenceTag: "invalid_requested_region" | "duplicate_identity" | "start_failure" | "region_configuration_issues" | "quality_warnings" | "participant_behavior_issues" | "high_packet_loss" | "high_jitter" | "high_latency" | "low_mos" | "detected_silence";
        /**
         * @description A conference Participant SID — `CP` followed by 32 hexadecimal digits.
         * @example CPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        ParticipantSid: string;
        /**
         * @description Where a participant's call stands: `queued` while it waits to be placed, `connecting` and `ringing`
         *     while it is dialled, `connected` once it is in the conference, `complete` when it has left, and
         *     `failed` when it could not be added.
         *
         * @enum {string}
         */
        ParticipantStatus: "queued" | "connecting" | "ringing" | "connected" | "complete" | "failed";
        /**
         * @description Why a participant left a conference: it hung up, it was removed or redirected by an update, the conference was ended through the API, a participant that ends the conference on exit left, or the call to add it failed.
         * @enum {string}
         */
        ReasonParticipantLeft: "participant_hung_up" | "participant_updated_via_api" | "conference_ended_via_api" | "moderator_ended_conference" | "participant_add_failed";
        /** @description Instants in milliseconds since the epoch, oldest first; the sandbox keeps the latest 1,000. */
        SandboxEventInstants: number[];
        /** @description What was done to the participant, for its Insights participant summary's `events`: the instants of each
         *     event. Every key is optional; a left-out key has none.
         *      */
        SandboxParticipantEvents: {
            /** @description When it was muted. */
            mute?: components["schemas"]["SandboxEventInstants"];
            /** @description When it was unmuted. */
            unmute?: components["schemas"]["SandboxEventInstants"];
            /** @description When it was put on hold. */
            hold?: components["schemas"]["SandboxEventInstants"];
            /** @description When it was taken off hold. */
            unhold?: components["schemas"]["SandboxEventInstants"];
            /** @description When its `beepOnExit` was changed. */
            modify_beep?: components["schemas"]["SandboxEventInstants"];
            /** @description When its `endConferenceOnExit` was changed. */
            modify_exit?: components["schemas"]["SandboxEventInstants"];
            /** @description When it started coaching. */
            coaching?: components["schemas"]["SandboxEventInstants"];
            /** @description When it stopped coaching. */
            coaching_stopped?: components["schemas"]["SandboxEventInstants"];
            /** @description When, while coaching, it was given another call to coach. */
            modify_coached_participant?: components["schemas"]["SandboxEventInstants"];
        };
        /** @description The next step of a call still being placed, and when it happens on the sandbox clock. */
        SandboxParticipantStep: {
            /** @description When the step happens. */
            at: components["schemas"]["SandboxTime"];
            /**
             * @description `initiate` (queued → connecting), `ring` (→ ringing), `answer` (→ connected), or how the call ends
             *     unanswered: `busy`, `no-answer`, `fail`.
             *
             * @enum {string}
             */
            step: "initiate" | "ring" | "answer" | "busy" | "no-answer" | "fail";
        };
        /** @description A participant of a conference: its call, its settings and where it stands. Only `from` and `to` are
         *     required; every other field has the default given. Rules the schema cannot say, which loading checks:
         *     a `connected` participant has a `joinTime`; a `leaveTime` needs a `joinTime` no later than it; a
         *     participant of a `completed` conference is `complete` or `failed`; an active participant's `label` is
         *     unique among the conference's active participants; the SIDs are unique in the whole seed.
         *      */
        SandboxParticipant: {
            /** @description The SID of the participant's call. Minted when left out. */
            callSid?: components["schemas"]["CallSid"];
            /** @description The participant's Insights SID. Minted when left out. */
            participantSid?: components["schemas"]["ParticipantSid"];
            /** @description The participant's label; `null` (the default) for none. */
            label?: string | null;
            /** @description The caller ID of the call. */
            from: string;
            /** @description Who was called; a magic number (`+15005550010`…) decides how a call still being placed ends. */
            to: string;
            /**
             * @description The direction of the call. Default `outbound`.
             * @enum {string}
             */
            direction?: "inbound" | "outbound";
            /** @description Default `complete` in a completed conference, `connected` otherwise. */
            status?: components["schemas"]["ParticipantStatus"];
            /** @description The call's status. Default from `status` (`queued`, `initiated`, `ringing`, `in-progress`, `completed`, `failed`). */
            callStatus?: components["schemas"]["SandboxCallStatus"];
            /** @description Whether it is muted. Default `false`. */
            muted?: boolean;
            /** @description Whether it joined muted. Default `muted`. */
            enterMuted?: boolean;
            /** @description Whether it is on hold. Default `false`. */
            hold?: boolean;
            /** @description Whether it is coaching `callSidToCoach`. Default `false`. */
            coaching?: boolean;
            /** @description The call it coaches; `null` (the default) when not coaching. */
            callSidToCoach?: components["schemas"]["CallSid"] | null;
            /** @description Default `true`. */
            startConferenceOnEnter?: boolean;
            /** @description Default `false`. */
            endConferenceOnExit?: boolean;
            /** @description Default `true`. */
            beepOnEnter?: boolean;
            /** @description Default `true`. */
            beepOnExit?: boolean;
            /** @description Default `true`. */
            earlyMedia?: boolean;
            /** @description The `WaitUrl`; `null` (the default) for none. */
            waitUrl?: string | null;
            /**
             * @description Default `large`.
             * @enum {string}
             */
            jitterBufferSize?: "off" | "small" | "medium" | "large";
            /** @description The `Region` the participant asked for; `null` (the default) for none. */
            region?: components["schemas"]["Region"] | null;
            /** @description How long the call may ring, in seconds. Default 60. */
            timeoutSeconds?: number;
            /** @description When it was added. Default the conference's `dateCreated`. */
            dateCreated?: components["schemas"]["SandboxTime"];
            /** @description Default `leaveTime`, else `joinTime`, else `dateCreated`. */
            dateUpdated?: components["schemas"]["SandboxTime"];
            /** @description How long the call waited in the queue, in milliseconds. Default 0. */
            queueTimeMs?: number;
            /** @description When the call started ringing; `null` (the default) if it has not. */
            ringStartedAt?: components["schemas"]["SandboxTime"] | null;
            /** @description When it joined. Default `dateCreated` (or the conference's, if later) when `connected` or `complete`, else `null`. */
            joinTime?: components["schemas"]["SandboxTime"] | null;
            /** @description When it left. Default for a `complete` participant that joined, its `joinTime` or the conference's `endTime` if later; else `null`. */
            leaveTime?: components["schemas"]["SandboxTime"] | null;
            /** @description Why it left; `null` (the default) while it has not. */
            leaveReason?: components["schemas"]["ReasonParticipantLeft"] | null;
            /** @description The instants of its Insights events (mute, hold, coaching, …); `null` or left out for none. */
            events?: components["schemas"]["SandboxParticipantEvents"] | null;
            /** @description Its call progress callbacks; `null` (the default) for none. */
            statusCallback?: components["schemas"]["SandboxCallCallback"] | null;
            /** @description The `SequenceNumber` of the last call progress callback sent; -1 (the default) for none. */
            callSequence?: number;
            /** @description The next step of a call still being placed; `null` when there is none. Left out, a `queued`,
             *     `connecting` or `ringing` participant takes its next step at the sandbox's current time.
             *      */
            next?: components["schemas"]["SandboxParticipantStep"] | null;
            /** @description Whether it ever started speaking; one that never did is `silent` in Insights. Default `false`. */
            spoke?: boolean;
        };
        /**
         * @description A Recording SID — `RE` followed by 32 hexadecimal digits.
         * @example REaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        RecordingSid: string;
        /**
         * @description The state of a conference recording: `in-progress`, `paused` or `stopped` while the conference runs,
         *     `processing` while Twilio prepares the file, then `completed`; `absent` when there was no audio to
         *     record (`error_code` says why).
         *
         * @enum {string}
         */
        ConferenceRecordingStatus: "in-progress" | "paused" | "stopped" | "processing" | "completed" | "absent";
        /**
         * @description How the recording was started.
         * @enum {string}
         */
        RecordingSource: "DialVerb" | "Conference" | "OutboundAPI" | "Trunking" | "RecordVerb" | "StartCallRecordingAPI" | "StartConferenceRecordingAPI";
        /** @description A recording of the conference's mixed audio. Every field has the default given. A recording of a
         *     `completed` conference cannot be `in-progress` or `paused`.
         *      */
        SandboxRecording: {
            /** @description The Recording SID. Minted when left out. */
            sid?: components["schemas"]["RecordingSid"];
            /** @description Default `completed` in a completed conference, `in-progress` otherwise. */
            status?: components["schemas"]["ConferenceRecordingStatus"];
            /** @description The call the recording is attributed to. Default the first participant's; required when there is none. */
            callSid?: components["schemas"]["CallSid"];
            /** @description Default the conference's `startTime`, else its `dateCreated`. */
            dateCreated?: components["schemas"]["SandboxTime"];
            /** @description Default the conference's `endTime` for a completed recording, else `dateCreated`. */
            dateUpdated?: components["schemas"]["SandboxTime"];
            /** @description Default `dateCreated`. */
            startTime?: components["schemas"]["SandboxTime"];
            /** @description Milliseconds recorded before `runningSince`. Default, for a completed recording of a completed conference, its length (at least 1000); else 0. */
            recordedMs?: number;
            /** @description Since when it has been recording; `null` when paused or stopped. Default `dateCreated` when `in-progress`. */
            runningSince?: components["schemas"]["SandboxTime"] | null;
            /** @description Default 1. */
            channels?: number;
            /** @description Default `Conference`. */
            source?: components["schemas"]["RecordingSource"];
            /** @description Why a recording is `absent`; `null` (the default) otherwise. */
            errorCode?: number | null;
            /** @description When a `stopped` or `processing` recording completes. Default the current sandbox time for those, else `null`. */
            completesAt?: components["schemas"]["SandboxTime"] | null;
        };
        /** @description A conference with its participants and recordings. Only `accountSid` and `status` are required; every
         *     other field has the default given. Rules the schema cannot say, which loading checks: `accountSid` is
         *     one of the accounts; an `init` conference has no `startTime` or `endTime`; an `in-progress` one has a
         *     `startTime`, no `endTime` and at least one active participant; a `completed` one has an `endTime`, a
         *     `reasonConferenceEnded` and no announcement playing; times do not run backwards
         *     (`dateCreated` ≤ `startTime` ≤ `endTime`, `dateCreated` ≤ `dateUpdated`); no more active participants
         *     than `maxParticipants`; an `init` conference has no two connected participants of which one has
         *     `startConferenceOnEnter`; `peakConcurrent` is at least the number connected; only one active
         *     conference per account and friendly name.
         *      */
        SandboxConference: {
            /** @description The Conference SID. Minted when left out. */
            sid?: components["schemas"]["ConferenceSid"];
            /** @description The account that owns the conference. */
            accountSid: components["schemas"]["AccountSid"];
            /** @description The conference's name (1–128 characters); `null` (the default) for none. */
            friendlyName?: string | null;
            /** @description Where the audio is mixed. Default `us1`. */
            region?: components["schemas"]["Region"];
            /** @description The region asked for; `null` (the default) for none. */
            regionRequested?: components["schemas"]["Region"] | null;
            status: components["schemas"]["ConferenceStatus"];
            /** @description Default the sandbox's current time. */
            dateCreated?: components["schemas"]["SandboxTime"];
            /** @description Default `endTime`, else `startTime`, else `dateCreated`. */
            dateUpdated?: components["schemas"]["SandboxTime"];
            /** @description When it started. Default `dateCreated` unless `init`. */
            startTime?: components["schemas"]["SandboxTime"] | null;
            /** @description When it ended. Default for a completed conference the later of `startTime` and `dateCreated`; else `null`. */
            endTime?: components["schemas"]["SandboxTime"] | null;
            /** @description Why it ended; set exactly when `completed`. Default `last-participant-left` when completed. */
            reasonConferenceEnded?: components["schemas"]["ConferenceEndReason"] | null;
            /** @description The call whose leaving ended it; `null` (the default) for none. */
            callSidEndingConference?: components["schemas"]["CallSid"] | null;
            /** @description The label of that participant; `null` (the default) for none. */
            labelEndingConference?: string | null;
            /** @description Default 250. */
            maxParticipants?: number;
            /**
             * @description The first participant's `ConferenceRecord`. Default `do-not-record`.
             * @enum {string}
             */
            record?: "true" | "false" | "record-from-start" | "do-not-record";
            /**
             * @description The first participant's `ConferenceTrim`. Default `trim-silence`.
             * @enum {string}
             */
            trim?: "trim-silence" | "do-not-trim";
            /** @description The conference's status callbacks; `null` (the default) for none. */
            statusCallback?: components["schemas"]["SandboxConferenceCallback"] | null;
            /** @description The conference recording's status callbacks; `null` (the default) for none. */
            recordingStatusCallback?: components["schemas"]["SandboxRecordingCallback"] | null;
            /** @description The `SequenceNumber` of the last conference callback sent. Default 0. */
            sequence?: number;
            /** @description The most participants connected at once. Default the number connected now, or 2 when two or more ever joined. */
            peakConcurrent?: number;
            /** @description The announcements playing, oldest first (at most 100, as the API allows). Default none. */
            announcements?: components["schemas"]["SandboxAnnouncement"][];
            /** @description The Insights tags of its summary. Default none. */
            tags?: components["schemas"]["SandboxConferenceTag"][];
            /** @description The Insights `detected_issues` counts, by issue name. Default none. */
            detectedIssues?: {
                [key: string]: number;
            };
            /** @description Its participants, in the order they were added, failed adds included. At most 1,000, as the API
             *     allows one conference. Default none.
             *      */
            participants?: components["schemas"]["SandboxParticipant"][];
            /** @description Its recordings, oldest first. Default none. */
            recordings?: components["schemas"]["SandboxRecording"][];
        };
        /** @description A world to load: accounts, their phone numbers, calls, and conferences with their participants and recordings. Most fields may be
         *     left out and take the defaults documented on them; SIDs left out are minted. `{}` is the empty world.
         *     A snapshot is a seed too: its `clock` and `sidSeed` are then accepted and ignored.
         *      */
        SandboxSeed: {
            /** @description Any label, ignored; a snapshot's `conference-kit-sandbox-snapshot` is accepted. */
            format?: string;
            /**
             * @description The seed format's version.
             * @enum {integer}
             */
            version?: 1;
            /** @description Accepted and ignored, so that a snapshot loads as a seed; loading a seed leaves the clock alone. */
            clock?: components["schemas"]["SandboxSnapshotClock"];
            /** @description Accepted and ignored, so that a snapshot loads as a seed. */
            sidSeed?: number;
            /** @description The accounts, besides those the host configured. Every `accountSid` of a conference must be one of them. */
            accounts?: components["schemas"]["SandboxAccount"][];
            /** @description Phone numbers of the accounts, and what an incoming call to each requests. */
            numbers?: components["schemas"]["SandboxPhoneNumber"][];
            /** @description Calls, by when they were created. A participant's call may be listed here or described by the participant. */
            calls?: components["schemas"]["SandboxCall"][];
            /** @description The conferences, in the order they were created. */
            conferences?: components["schemas"]["SandboxConference"][];
        };
        /** @description The whole state of the sandbox as versioned JSON: the clock, the state of the SID generator, every
         *     account, phone number, call and conference with its participants, recordings and pending timers (a participant's
         *     `next` step, an announcement's `endsAt`, a recording's `completesAt`). Importing it restores all of them,
         *     so the same requests then give the same answers and SIDs. An exported snapshot gives every field; an
         *     imported one may leave out what a seed may, and `sidSeed` (default 0).
         *      */
        SandboxSnapshot: {
            /**
             * @description What the document is.
             * @enum {string}
             */
            format: "conference-kit-sandbox-snapshot";
            /**
             * @description The snapshot format's version.
             * @enum {integer}
             */
            version: 1;
            clock: components["schemas"]["SandboxSnapshotClock"];
            /** @description The state of the SID generator. */
            sidSeed?: number;
            /** @description Every account, with its credentials. */
            accounts?: components["schemas"]["SandboxAccount"][];
            /** @description Phone numbers of the accounts, and what an incoming call to each requests. */
            numbers?: components["schemas"]["SandboxPhoneNumber"][];
            /** @description Calls, by when they were created. A participant's call may be listed here or described by the participant. */
            calls?: components["schemas"]["SandboxCall"][];
            /** @description Every conference, in the order they were created. */
            conferences?: components["schemas"]["SandboxConference"][];
        };
        /** @description A timer waiting on the sandbox clock. */
        SandboxTimer: {
            /**
             * Format: date-time
             * @description When it falls due.
             */
            at: string;
            /** @description What it does, for people (e.g. `announce:…` ends an announcement); not a stable format. */
            key: string;
        };
        /** @description The sandbox clock and the timers waiting on it. */
        SandboxClock: {
            /**
             * Format: date-time
             * @description The sandbox time, ISO 8601 in UTC with milliseconds.
             */
            now: string;
            /** @description Whether time stands still until advanced (`true`) or runs with the wall clock (`false`). */
            frozen: boolean;
            /** @description The timers waiting, earliest first. */
            pending: components["schemas"]["SandboxTimer"][];
        };
        /** @description What to do to the clock, in this order: freeze it (`frozen: true`), move it forward (`advanceMs` or
         *     `advanceTo`, not both), then let it run (`frozen: false`). Moving forward runs every timer that falls
         *     due on the way, in order, each at its own time. The clock never moves backwards.
         *      */
        SandboxClockUpdate: {
            /** @description `true` stops time where it stands (before any move); `false` lets it run again with the wall clock
             *     from where it stands (after any move).
             *      */
            frozen?: boolean;
            /** @description Moves time forward by this many milliseconds. The sandbox time stays within 1970–9999: a move past
             *     9999-12-31T23:59:59.999Z is refused, and leaves the clock as it was.
             *      */
            advanceMs?: number;
            /**
             * Format: date-time
             * @description Moves time forward to this instant, which may not be earlier than the sandbox time nor later than 9999-12-31T23:59:59.999Z.
             */
            advanceTo?: string;
        };
        /**
         * @description Which callback a webhook is: `conference` (the conference status callback), `call-progress` (a
         *     participant's call status callback), `recording` (the conference recording status callback), or a
         *     request for a call's TwiML: `voice` (its `Url` or its number's voice URL, a `<Redirect>`, a fallback
         *     URL), `dial-action` (a `<Dial action>`), `gather-action` (a `<Gather action>` with the caller's input),
         *     `wait-url` (a conference `waitUrl`).
         *
         * @enum {string}
         */
        SandboxWebhookType: "conference" | "call-progress" | "recording" | "voice" | "dial-action" | "gather-action" | "wait-url";
        /**
         * @description How a webhook delivery went: `pending` while under way, `delivered` (the receiver answered 2xx),
         *     `failed` (it answered another status), `timeout` (no complete answer within the timeout, counted from
         *     the start of the request), `error` (the request could not be made), `blocked` (the host is not allowed,
         *     so nothing was sent), or `dropped` (as many deliveries as the host allows were already under way, its
         *     `maxDeliveriesInFlight`, so nothing was sent).
         *
         * @enum {string}
         */
        SandboxDeliveryOutcome: "pending" | "delivered" | "failed" | "timeout" | "error" | "blocked" | "dropped";
        /** @description Request fields by name, as they came on the wire; a repeated field is an array. */
        SandboxWireValues: {
            [key: string]: string | string[];
        };
        /** @description A request to the 2010-04-01 or Insights API that the sandbox answered. */
        SandboxJournalRequestEntry: {
            /**
             * @description A request entry. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            kind: "request";
            /** @description The entry's position in the journal, increasing across requests and webhooks. */
            id: number;
            /**
             * Format: date-time
             * @description The sandbox time it was answered, ISO 8601 in UTC with milliseconds.
             */
            at: string;
            /**
             * Format: date-time
             * @description The host's wall-clock time when the entry was recorded, ISO 8601 in UTC with milliseconds: beside `at`, which is the sandbox's (possibly frozen or advanced) time, it places the entry in the real run of a test — what the inspector shows as the wall time.
             */
            wallAt: string;
            /** @description The operation, e.g. `CreateParticipant`. */
            operationId: string;
            /** @description The path parameters by their names in the spec. */
            pathParams: {
                [key: string]: string;
            };
            /** @description The query parameters. */
            query: components["schemas"]["SandboxWireValues"];
            /** @description The form-encoded body's fields. */
            body: components["schemas"]["SandboxWireValues"];
            /** @description The account the credentials resolved to; `null` when they did not. */
            accountSid: components["schemas"]["AccountSid"] | null;
            /** @description The HTTP status of the answer. */
            status: number;
            /** @description Twilio's error code when the answer was an error; `null` otherwise. */
            errorCode: number | null;
        };
        /** @description Something about the request entry just before it that Twilio passes over in silence. Today: form or
         *     query fields the operation does not know, which Twilio ignores and the sandbox drops before answering
         *     (so its request entry never holds them), named here so that a test can catch a misspelling such as
         *     `StatusCallbackEvents`.
         *      */
        SandboxJournalWarningEntry: {
            /**
             * @description A warning entry. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            kind: "warning";
            /** @description The entry's position in the journal, increasing across all entries. */
            id: number;
            /**
             * Format: date-time
             * @description The sandbox time of the request, ISO 8601 in UTC with milliseconds.
             */
            at: string;
            /**
             * Format: date-time
             * @description The host's wall-clock time when the entry was recorded, ISO 8601 in UTC with milliseconds: beside `at`, which is the sandbox's (possibly frozen or advanced) time, it places the entry in the real run of a test — what the inspector shows as the wall time.
             */
            wallAt: string;
            /** @description The request's operation, e.g. `CreateParticipant`. */
            operationId: string;
            /** @description The account the request's credentials resolved to; `null` when they did not. */
            accountSid: components["schemas"]["AccountSid"] | null;
            /** @description What happened, e.g. `CreateParticipant ignored parameters Twilio does not know: StatusCallbackEvents
             *     (did you mean StatusCallbackEvent?)`.
             *      */
            message: string;
            /** @description The names of the fields ignored, as the request spelt them. */
            fields: string[];
        };
        /** @description A status callback the sandbox sent, or tried to, and how its delivery went. */
        SandboxJournalWebhookEntry: {
            /**
             * @description A webhook entry. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            kind: "webhook";
            /** @description The entry's position in the journal, increasing across requests and webhooks. */
            id: number;
            /**
             * Format: date-time
             * @description The sandbox time of the attempt, ISO 8601 in UTC with milliseconds.
             */
            at: string;
            /**
             * Format: date-time
             * @description The host's wall-clock time when the entry was recorded, ISO 8601 in UTC with milliseconds: beside `at`, which is the sandbox's (possibly frozen or advanced) time, it places the entry in the real run of a test — what the inspector shows as the wall time.
             */
            wallAt: string;
            type: components["schemas"]["SandboxWebhookType"];
            /** @description The `StatusCallbackEvent` of a conference callback, the `CallStatus` of a call progress callback, or
             *     the `RecordingStatus` of a recording callback.
             *      */
            event: string;
            /** @description The account whose Auth Token signed it. */
            accountSid: components["schemas"]["AccountSid"];
            /** @description The conference it is about; `null` when none. */
            conferenceSid: components["schemas"]["ConferenceSid"] | null;
            /** @description The call it is about; `null` when none. */
            callSid: components["schemas"]["CallSid"] | null;
            /** @description Its `SequenceNumber`; `null` when it has none. */
            sequenceNumber: number | null;
            /** @description The URL it was sent to (for GET, before the fields were added to the query); as configured, so possibly not a valid URL when `blocked`. */
            url: string;
            /** @description How it was sent. */
            method: components["schemas"]["HttpMethod"];
            /** @description The form fields sent, as name-value pairs in order. */
            params: [
                string,
                string
            ][];
            /** @description The `X-Twilio-Signature` sent; `null` until computed, and for a blocked or dropped delivery. */
            signature: string | null;
            /** @description Whether `signature` is valid for the account's Auth Token as it is now (checked when the entry is
             *     read, so a token changed since shows `false`); `null` when there is no signature.
             *      */
            signatureValid: boolean | null;
            outcome: components["schemas"]["SandboxDeliveryOutcome"];
            /** @description The receiver's HTTP status, when it answered. */
            responseStatus: number | null;
            /** @description The `Content-Type` of the receiver's answer; `null` when it gave none or did not answer. */
            responseContentType: string | null;
            /** @description The start of the receiver's answer, as UTF-8 text (bytes that are not UTF-8 replaced), at most 2,048
             *     characters; `null` when it did not answer, and `''` for an empty body.
             *      */
            responseBody: string | null;
            /** @description Whether the answer's body was longer than `responseBody` shows. */
            responseBodyTruncated: boolean;
            /** @description Why it was not delivered (`timeout`, `error`, `blocked`, `dropped`); `null` otherwise. */
            error: string | null;
            /** @description Wall-clock milliseconds from the start of the request to the end of the answer (or the timeout); `null` while pending and for a blocked or dropped delivery. */
            durationMs: number | null;
        };
        /** @description An error or warning about a call's TwiML, as Twilio's debugger shows them: a document that could not
         *     be fetched or run (`error`: 11100, 11200, 11205, 11750, 11770, 12100, 12102, 12300, 16020, 16025,
         *     13240, …) or an invalid attribute or verb that was skipped (`warning`: 12200, 13xxx).
         *      */
        SandboxJournalAlertEntry: {
            /**
             * @description An alert entry. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            kind: "alert";
            /** @description The entry's position in the journal. */
            id: number;
            /**
             * Format: date-time
             * @description The sandbox time, ISO 8601 in UTC with milliseconds.
             */
            at: string;
            /**
             * Format: date-time
             * @description The host's wall-clock time when the entry was recorded, ISO 8601 in UTC with milliseconds: beside `at`, which is the sandbox's (possibly frozen or advanced) time, it places the entry in the real run of a test — what the inspector shows as the wall time.
             */
            wallAt: string;
            /** @description Twilio's error code. */
            code: number;
            /** @enum {string} */
            level: "error" | "warning";
            message: string;
            accountSid: components["schemas"]["AccountSid"];
            callSid: components["schemas"]["CallSid"];
            /** @description The document it is about; `null` for inline TwiML. */
            url: string | null;
        };
        /** @description One journal entry, a request, a warning about the request before it, a webhook, or an alert about a call's TwiML, told apart by `kind`. */
        SandboxJournalEntry: components["schemas"]["SandboxJournalRequestEntry"] | components["schemas"]["SandboxJournalWarningEntry"] | components["schemas"]["SandboxJournalWebhookEntry"] | components["schemas"]["SandboxJournalAlertEntry"];
        /** @description Journal entries, oldest first. The sandbox keeps the latest 10,000 by default (the host's
         *     `journalLimit`), within 16 MiB of entries measured as JSON when recorded (`journalMaxBytes`),
         *     dropping the oldest first; a reset clears them.
         *      */
        SandboxJournal: {
            /** @description The entries that match the filters. */
            entries: components["schemas"]["SandboxJournalEntry"][];
        };
        /** @description Who calls which number of the sandbox, and what the network tells about the caller. */
        SandboxIncomingCall: {
            /** @description The caller, as the network presents it — a number in E.164 format, `client:name`, or `anonymous` when the caller ID is withheld. */
            from: string;
            /** @description The number called, one of the sandbox's phone numbers, in E.164 format. */
            to: components["schemas"]["E164PhoneNumber"];
            /** @description The caller's name from the network's caller name (CNAM) lookup; kept and sent as `CallerName` only when the number has `voice_caller_id_lookup`. */
            callerName?: string;
            /** @description The number the call was forwarded from, when the carrier says so; sent as `ForwardedFrom`. */
            forwardedFrom?: string;
        };
        /**
         * @description Who answered, as answering machine detection (`MachineDetection`) found it: `human`, `fax`, `unknown`,
         *     `machine_start` (a machine, reported as soon as it is detected), or with `DetectMessageEnd` one of
         *     `machine_end_beep`, `machine_end_silence` and `machine_end_other` (reported once its greeting ends).
         *
         * @enum {string}
         */
        CallAnsweredBy: "human" | "machine" | "machine_start" | "machine_end_beep" | "machine_end_silence" | "machine_end_other" | "fax" | "unknown";
        /**
         * @description A date and time in GMT in RFC 2822 format, as the 2010-04-01 API writes them:
         *     `Fri, 18 Feb 2011 19:26:50 +0000`.
         *
         * @example Fri, 18 Feb 2011 19:26:50 +0000
         */
        Rfc2822DateTime: string;
        /**
         * @description How the call came about: `inbound` (someone called one of your numbers), `outbound-api` (created
         *     through this API or the Participants API), `outbound-dial` (dialled by `<Dial>` from another call, its
         *     parent), or, on Elastic SIP Trunking, `trunking-originating` and `trunking-terminating`.
         *
         * @enum {string}
         */
        CallDirection: "inbound" | "outbound-api" | "outbound-dial" | "trunking-originating" | "trunking-terminating";
        /**
         * @description A party to a call: a phone number in E.164 format (`+15558675310`), a SIP address
         *     (`sip:alice@example.com`), a Client identity (`client:alice`) or a SIM (`sim:DE…`).
         *
         * @example +15558675310
         */
        CallAddress: string;
        /**
         * @description Where a call stands. `queued` while it waits to be placed, `ringing` while it rings, `in-progress` once
         *     it is answered; then one final status: `completed` (answered, then ended normally), `busy`, `no-answer`
         *     (not answered, or rejected), `failed` (could not be placed, e.g. the number does not exist) or
         *     `canceled` (hung up through the API while queued or ringing).
         *
         * @enum {string}
         */
        CallStatus: "queued" | "ringing" | "in-progress" | "completed" | "busy" | "failed" | "no-answer" | "canceled";
        /**
         * @description An Elastic SIP Trunk SID — `TK` followed by 32 hexadecimal digits.
         * @example TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        TrunkSid: string;
        /** @description A call on your account: a leg that came in to one of your numbers, was placed through this API or the
         *     Participants API, or was dialled by `<Dial>` from another call. Every leg of a conference is a call.
         *
         *     `null` marks what a call has not reached yet or never has: `start_time` until it is placed, `end_time`
         *     and `duration` until it ends after being answered (they stay `null` for a call that was never
         *     answered), `price` until it is billed, and the fields that only some calls have (`parent_call_sid`,
         *     `answered_by`, `caller_name`, `forwarded_from`, `group_sid`, `phone_number_sid`, `trunk_sid`).
         *      */
        Call: {
            /** @description The SID of the Account that owns the call. */
            account_sid: components["schemas"]["AccountSid"];
            /** @description Who answered, when the call was placed with answering machine detection; `null` otherwise. */
            answered_by: components["schemas"]["CallAnsweredBy"] | null;
            /**
             * @description The API version the call runs its TwiML with.
             * @example 2010-04-01
             */
            api_version: string;
            /** @description The caller's name from a caller name (CNAM) lookup, for an incoming call to a number that has it enabled. */
            caller_name: string | null;
            /** @description When the call was created, in RFC 2822 format (GMT). */
            date_created: components["schemas"]["Rfc2822DateTime"];
            /** @description When the call was last updated, in RFC 2822 format (GMT). */
            date_updated: components["schemas"]["Rfc2822DateTime"];
            direction: components["schemas"]["CallDirection"];
            /** @description How long the call lasted from answer to hang-up, in whole seconds as a string; `null` until a call that was answered ends. */
            duration: string | null;
            /** @description When the call ended, in RFC 2822 format (GMT); `null` while it lasts and for a call that was never answered. */
            end_time: components["schemas"]["Rfc2822DateTime"] | null;
            /** @description The number an incoming call was forwarded from, when the carrier says so. */
            forwarded_from: string | null;
            /** @description The caller, as Twilio received it (for an outgoing call, the caller ID it presents). */
            from: components["schemas"]["CallAddress"];
            /** @description `from` as it would be shown: a North American number as `(415) 867-5309`, others in E.164. */
            from_formatted: string;
            /** @description The SID of the group the call belongs to (`GP…`), when it belongs to one. */
            group_sid: string | null;
            /** @description The SID of the call that created this one (e.g. by `<Dial>`); `null` for a first leg. */
            parent_call_sid: components["schemas"]["CallSid"] | null;
            /** @description For an incoming call, the SID of the number that was called; for an outgoing call, the SID of the
             *     number or verified caller ID it presents. `null` when the caller is not a phone number.
             *      */
            phone_number_sid: components["schemas"]["PhoneNumberSid"] | null;
            /** @description What the call cost, negative, in `price_unit` (e.g. `-0.03000`); `null` until it is billed, which can come a while after the call ends. */
            price: string | null;
            /** @description The currency of `price`, an ISO 4217 code such as `USD`. */
            price_unit: string;
            /** @description How long the call waited in the account's queue before it was placed, in milliseconds as a string (`0` when it did not wait). */
            queue_time: string;
            /** @description The unique, Twilio-provided string that identifies this call. */
            sid: components["schemas"]["CallSid"];
            /** @description When the call was placed (or, for an incoming call, when it arrived), in RFC 2822 format (GMT); `null` while it is queued, and for a call canceled before it was placed. */
            start_time: components["schemas"]["Rfc2822DateTime"] | null;
            status: components["schemas"]["CallStatus"];
            /** @description The call's related lists, as URIs relative to `https://api.twilio.com`. */
            subresource_uris: {
                /** Format: uri-reference */
                notifications: string;
                /** Format: uri-reference */
                recordings: string;
                /** Format: uri-reference */
                payments: string;
                /** Format: uri-reference */
                events: string;
                /** Format: uri-reference */
                siprec: string;
                /** Format: uri-reference */
                streams: string;
                /** Format: uri-reference */
                transcriptions: string;
                /** Format: uri-reference */
                user_defined_message_subscriptions: string;
                /** Format: uri-reference */
                user_defined_messages: string;
            } & {
                [key: string]: string;
            };
            /** @description The called party. */
            to: components["schemas"]["CallAddress"];
            /** @description `to` as it would be shown: a North American number as `(415) 867-5309`, others in E.164. */
            to_formatted: string;
            /** @description The SID of the Elastic SIP Trunk the call went through (`TK…`), when it went through one. */
            trunk_sid: components["schemas"]["TrunkSid"] | null;
            /**
             * Format: uri-reference
             * @description The URI of this resource, relative to `https://api.twilio.com`.
             */
            uri: string;
        };
        /**
         * @description A name you give a participant, unique within its conference and up to 128 characters. It can be used
         *     instead of the Call SID to address the participant.
         *
         * @example customer
         */
        ParticipantLabel: string;
        /** @description A call that is connecting or connected to a conference that has not ended. Participants are not kept
         *     once they leave: a participant whose call ended, whose conference ended or whose call was sent to new
         *     TwiML is no longer returned. The Insights Participant Summary resource describes past participants.
         *
         *     Only `label`, `call_sid_to_coach` and `queue_time` are ever `null`.
         *      */
        Participant: {
            /** @description The SID of the Account that created the participant. */
            account_sid: components["schemas"]["AccountSid"];
            /** @description The SID of the participant's call. */
            call_sid: components["schemas"]["CallSid"];
            /** @description The participant's label; `null` when none was given. */
            label: components["schemas"]["ParticipantLabel"] | null;
            /** @description The SID of the conference the participant is in. */
            conference_sid: components["schemas"]["ConferenceSid"];
            /** @description When the participant was created, in RFC 2822 format (GMT). */
            date_created: components["schemas"]["Rfc2822DateTime"];
            /** @description When the participant was last updated, in RFC 2822 format (GMT). */
            date_updated: components["schemas"]["Rfc2822DateTime"];
            /** @description Whether the conference ends, hanging up every other participant, when this participant leaves. */
            end_conference_on_exit: boolean;
            /** @description Whether the participant is muted. */
            muted: boolean;
            /** @description Whether the participant is on hold. */
            hold: boolean;
            status: components["schemas"]["ParticipantStatus"];
            /** @description Whether the conference starts when this participant joins, if it has not started already. */
            start_conference_on_enter: boolean;
            /** @description Whether the participant is coaching another call, which hears it while the others do not. */
            coaching: boolean;
            /** @description The SID of the call this participant coaches; `null` unless `coaching` is `true`. */
            call_sid_to_coach: components["schemas"]["CallSid"] | null;
            /** @description How long, in milliseconds, the call waited in Twilio's queue before it was placed, as a string. Set
             *     only in the answer to adding a participant; `null` everywhere else.
             *      */
            queue_time: string | null;
            /**
             * Format: uri-reference
             * @description The URI of this resource, relative to `https://api.twilio.com`.
             */
            uri: string;
        };
        /** @description Whether the participant starts or stops speaking. */
        SandboxSpeech: {
            /** @description `true`: it starts speaking (`participant-speech-start`); `false`: it stops (`participant-speech-stop`). */
            speaking: boolean;
        };
        /** @description How the network under a live call changes, from the sandbox clock's now. Every field is optional: a
         *     `profile` sets all of a line's condition, and `jitterMs`, `packetLossPercent` and `latencyMs` override
         *     it (without a profile, they change only what they name, over the condition in effect now).
         *
         *     Profiles:
         *
         *     | profile | jitter | loss | latency | what it gives a participant who spoke |
         *     | --- | --- | --- | --- | --- |
         *     | `good` | 1 ms | 0 % | 20 ms | a clean line: MOS 4.4 |
         *     | `choppy` | 30 ms | 3 % | 40 ms | `high_jitter` |
         *     | `lossy` | 4 ms | 12 % | 40 ms | `high_packet_loss` and `low_mos` (MOS about 3.2) |
         *     | `slow` | 2 ms | 0 % | 250 ms | `high_latency` |
         *     | `silent` | 1 ms | 0 % | 20 ms | no audio: `detected_silence` |
         *      */
        SandboxCallQuality: {
            /**
             * @description `inbound` is what the mixer receives from the participant, `outbound` what it sends to the
             *     participant. Default `both`.
             *
             * @enum {string}
             */
            direction?: "inbound" | "outbound" | "both";
            /** @enum {string} */
            profile?: "good" | "choppy" | "lossy" | "slow" | "silent";
            jitterMs?: number;
            packetLossPercent?: number;
            latencyMs?: number;
            /** @description How long the condition lasts, in sandbox milliseconds; left out, until changed. */
            durationMs?: number;
        };
        /** @description The network under one direction of a call: what a participant's Insights `metrics` are computed from.
         *     A clean line (every call's until told otherwise) has 1 ms of jitter, no loss, 20 ms of latency and audio.
         *      */
        SandboxLineCondition: {
            /** @description Jitter in milliseconds. */
            jitterMs: number;
            /** @description Share of packets lost, in percent. */
            packetLossPercent: number;
            /** @description Latency from Twilio's media edge to the mixer, in milliseconds. */
            latencyMs: number;
            /** @description No audio in this direction (no RTP, or only silence). */
            silent: boolean;
        };
        /** @description The conditions in effect on the call now, after the change. */
        SandboxCallQualityState: {
            callSid: components["schemas"]["CallSid"];
            inbound: components["schemas"]["SandboxLineCondition"];
            outbound: components["schemas"]["SandboxLineCondition"];
        };
        /** @description The keys the caller presses, in order. */
        SandboxDigits: {
            /** @description One or more of the keys `0`–`9`, `*` and `#`, pressed one after another. */
            digits: string;
        };
        /** @description What the caller says, as the speech recognizer hears it. */
        SandboxUtterance: {
            /** @description The words heard, sent as `SpeechResult`. */
            text: string;
            /** @description How sure the recognizer is, sent as `Confidence` (a decimal such as `0.92`). Default 1. */
            confidence?: number;
        };
        /** @description What a call's caller experienced, oldest first. */
        SandboxCallTimeline: {
            callSid: components["schemas"]["CallSid"];
            entries: components["schemas"]["SandboxTimelineEntry"][];
        };
        /** @description A stretch of sandbox time a leg spent in one state. */
        SandboxLegSegment: {
            /**
             * @description The state (see the leg's `segments`).
             * @enum {string}
             */
            state: "ringing" | "connected" | "muted" | "hold" | "coaching" | "speaking";
            /**
             * Format: date-time
             * @description When it began.
             */
            start: string;
            /** @description When it ended; `null` while it goes on. */
            end: string | null;
        };
        /** @description One participant's leg of a conference and its states over time. */
        SandboxConferenceLeg: {
            callSid: components["schemas"]["CallSid"];
            participantSid: components["schemas"]["ParticipantSid"];
            /** @description The participant's label; `null` when it has none. */
            label: string | null;
            /** @description The call's caller. */
            from: string;
            /** @description Whom the call is to. */
            to: string;
            /**
             * @description How the call came about.
             * @enum {string}
             */
            direction: "outbound-api" | "inbound" | "outbound-dial";
            /**
             * @description The participant's status now.
             * @enum {string}
             */
            status: "queued" | "connecting" | "ringing" | "connected" | "complete" | "failed";
            /** @description When it joined (connected); `null` if it never did. */
            joinedAt: string | null;
            /** @description When it left; `null` while it is in the conference, or if it never joined. */
            leftAt: string | null;
            /** @description Why it left (the `participant-leave` callback's `ReasonParticipantLeft`); `null` while in. */
            leaveReason: string | null;
            /** @description The leg's states over time, ordered by `start`. `ringing` runs from the call ringing to its answer
             *     (absent for a call that joined with TwiML after it was answered); `connected` from joining to
             *     leaving; `muted`, `hold`, `coaching` and `speaking` are flags inside `connected`, each its own
             *     segments, which may overlap one another.
             *      */
            segments: components["schemas"]["SandboxLegSegment"][];
        };
        /** @description An announcement played into a conference, or to one participant of it. */
        SandboxConferenceAnnouncement: {
            /** @description What was announced (`AnnounceUrl`). */
            url: string;
            /** @description The participant it played to; `null` for the whole conference. */
            callSid: components["schemas"]["CallSid"] | null;
            /** @description When it began; `null` when it was already playing when the world was loaded. */
            start: string | null;
            /** @description When it ended, failed or was cut off; `null` while it plays. */
            end: string | null;
            /**
             * @description `playing`; `ended` (`announcement-end`); `failed` (`announcement-fail`, with `failure`); `stopped`:
             *     cut off because its participant left or the conference ended, with no callback.
             *
             * @enum {string}
             */
            outcome: "playing" | "ended" | "failed" | "stopped";
            /** @description Why it failed (`ReasonAnnouncementFailed`); `null` unless `failed`. */
            failure: string | null;
        };
        /** @description A conference recording over sandbox time. */
        SandboxConferenceRecording: {
            /** @description The recording's SID. */
            recordingSid: string;
            /**
             * @description The recording's status now.
             * @enum {string}
             */
            status: "in-progress" | "paused" | "stopped" | "processing" | "completed" | "absent";
            /**
             * Format: date-time
             * @description When it started.
             */
            start: string;
            /** @description When it stopped; `null` while it records or is paused. */
            end: string | null;
            /** @description When it was paused, oldest first. */
            pauses: {
                /**
                 * Format: date-time
                 * @description When it was paused.
                 */
                start: string;
                /** @description When it resumed or stopped; `null` while paused. */
                end: string | null;
            }[];
        };
        /** @description A conference over sandbox time, its legs, announcements and recordings. */
        SandboxConferenceTimeline: {
            conferenceSid: components["schemas"]["ConferenceSid"];
            accountSid: components["schemas"]["AccountSid"];
            /** @description The conference's name; `null` when it has none. */
            friendlyName: string | null;
            /**
             * @description The conference's status now.
             * @enum {string}
             */
            status: "init" | "in-progress" | "completed";
            /**
             * Format: date-time
             * @description The sandbox time the timeline was drawn at; segments with `end` `null` run up to it.
             */
            now: string;
            /**
             * Format: date-time
             * @description When the first participant was added.
             */
            createdAt: string;
            /** @description When the conference started (two connected, one of them with `startConferenceOnEnter`); `null` before. */
            startedAt: string | null;
            /** @description When it ended; `null` while it is active. */
            endedAt: string | null;
            /** @description Why it ended (`ReasonConferenceEnded`); `null` while it is active. */
            endReason: ("conference-ended-via-api" | "participant-with-end-conference-on-exit-left" | "participant-with-end-conference-on-exit-kicked" | "last-participant-kicked" | "last-participant-left") | null;
            /** @description The call whose leaving ended it, when one did. */
            callSidEndingConference: components["schemas"]["CallSid"] | null;
            /** @description One per participant ever added, in the order they were added. */
            legs: components["schemas"]["SandboxConferenceLeg"][];
            /** @description The announcements played into the conference or to one participant, oldest first. */
            announcements: components["schemas"]["SandboxConferenceAnnouncement"][];
            /** @description The conference's recordings, oldest first. */
            recordings: components["schemas"]["SandboxConferenceRecording"][];
        };
        /** @description Which announcement ends, and whether it fails. */
        SandboxAnnouncementEnd: {
            /** @description The participant whose announcement ends. Left out, the conference's oldest announcement playing ends, whoever it plays to. */
            callSid?: components["schemas"]["CallSid"];
            /** @description When given, the announcement fails (`announcement-fail`) with this as `ReasonAnnouncementFailed`; otherwise it ends (`announcement-end`). */
            failure?: string;
        };
    };
    responses: {
        /** @description Any other error. Twilio uses the same body for every status it returns. */
        UnexpectedError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TwilioError"];
            };
        };
        /** @description The request was rejected: a parameter is missing, malformed or not one of its allowed values. The message names the parameter. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TwilioError"];
            };
        };
        /** @description No credentials, or credentials Twilio does not accept (HTTP Basic: Account SID or API Key SID as the user, Auth Token or API Key secret as the password). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TwilioError"];
            };
        };
        /** @description No resource at this path for this account. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TwilioError"];
            };
        };
        /** @description The account sent more requests than its concurrency limit allows. Retry with backoff; GET requests are safe to retry. */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TwilioError"];
            };
        };
        /** @description The request was refused: a field is missing, malformed or not allowed, or the world it describes breaks a rule. The message names the field by its path. */
        SandboxBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TwilioError"];
            };
        };
        /** @description The event cannot happen now: the participant is not connected, or no announcement is playing. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TwilioError"];
            };
        };
        /** @description Nothing hears the input now: the call is not answered yet, or nothing on it listens for this input. */
        CallInputConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TwilioError"];
            };
        };
        /** @description Asked of the in-process `fetch`, which does not serve this route; the mock's HTTP server does. */
        SocketOnly: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TwilioError"];
            };
        };
        /** @description The inspector page. */
        InspectorPage: {
            headers: {
                "Content-Security-Policy": components["headers"]["ContentSecurityPolicy"];
                "X-Content-Type-Options": components["headers"]["NoSniff"];
                "Cache-Control": components["headers"]["NoStore"];
                [name: string]: unknown;
            };
            content: {
                "text/html": string;
            };
        };
        /** @description No credentials, or not the control credential. `WWW-Authenticate: Basic realm="conference-kit sandbox"`
         *     makes a browser ask for them.
         *      */
        InspectorUnauthorized: {
            headers: {
                /**
                 * @description `Basic realm="conference-kit sandbox"`.
                 * @example Basic realm="conference-kit sandbox"
                 */
                "WWW-Authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TwilioError"];
            };
        };
    };
    parameters: {
        /**
         * @description Only API requests (`request`), only warnings about them (`warning`), only webhooks (`webhook`) or only alerts about a call's TwiML (`alert`).
         * @example webhook
         */
        JournalKind: "request" | "warning" | "webhook" | "alert";
        /**
         * @description Only webhooks of this type.
         * @example conference
         */
        JournalType: components["schemas"]["SandboxWebhookType"];
        /**
         * @description Only webhooks for this event (`participant-join`, `ringing`, `completed`, …).
         * @example participant-leave
         */
        JournalEvent: string;
        /**
         * @description Only webhooks about this conference.
         * @example CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        JournalConferenceSid: components["schemas"]["ConferenceSid"];
        /**
         * @description Only webhooks about this call.
         * @example CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        JournalCallSid: components["schemas"]["CallSid"];
        /**
         * @description Only webhooks whose delivery went this way.
         * @example failed
         */
        JournalOutcome: components["schemas"]["SandboxDeliveryOutcome"];
        /**
         * @description Only requests to this operation.
         * @example CreateParticipant
         */
        JournalOperationId: string;
        /**
         * @description Only entries after this one (`id` greater than this), to read what happened since an earlier read.
         * @example 12
         */
        JournalAfterId: number;
        /**
         * @description With `true`, the answer waits until every webhook delivery started so far has finished (delivered,
         *     failed, timed out…), so no entry is `pending` unless it started while waiting.
         *
         * @example true
         */
        JournalSettled: boolean;
        /**
         * @description The Call SID.
         * @example CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        CallSid: components["schemas"]["CallSid"];
        /**
         * @description The Call SID of a live call.
         * @example CAeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee
         */
        ListeningCallSid: components["schemas"]["CallSid"];
        /**
         * @description The SID of the conference.
         * @example CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        ConferenceSid: components["schemas"]["ConferenceSid"];
    };
    requestBodies: never;
    headers: {
        /** @description `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';
         *     base-uri 'none'; form-action 'none'; frame-ancestors 'none'`: the page loads nothing from another host,
         *     runs no inline script, and cannot be framed.
         *      */
        ContentSecurityPolicy: string;
        /** @description `nosniff`: the answer is only ever read as the type it declares. */
        NoSniff: "nosniff";
        /** @description `no-store`: what the sandbox shows is never kept by the browser or a proxy. */
        NoStore: "no-store";
    };
    pathItems: never;
}
export type SchemaTwilioError = components['schemas']['TwilioError'];
export type SchemaSandboxTime = components['schemas']['SandboxTime'];
export type SchemaSandboxSnapshotClock = components['schemas']['SandboxSnapshotClock'];
export type SchemaAccountSid = components['schemas']['AccountSid'];
export type SchemaSandboxApiKeySid = components['schemas']['SandboxApiKeySid'];
export type SchemaSandboxApiKey = components['schemas']['SandboxApiKey'];
export type SchemaSandboxAccount = components['schemas']['SandboxAccount'];
export type SchemaPhoneNumberSid = components['schemas']['PhoneNumberSid'];
export type SchemaE164PhoneNumber = components['schemas']['E164PhoneNumber'];
export type SchemaHttpMethod = components['schemas']['HttpMethod'];
export type SchemaSandboxPhoneNumber = components['schemas']['SandboxPhoneNumber'];
export type SchemaCallSid = components['schemas']['CallSid'];
export type SchemaSandboxCallStatus = components['schemas']['SandboxCallStatus'];
export type SchemaSandboxCallCallback = components['schemas']['SandboxCallCallback'];
export type SchemaSandboxVoiceSource = components['schemas']['SandboxVoiceSource'];
export type SchemaSandboxCallStep = components['schemas']['SandboxCallStep'];
export type SchemaConferenceSid = components['schemas']['ConferenceSid'];
export type SchemaSandboxTimelineEntry = components['schemas']['SandboxTimelineEntry'];
export type SchemaSandboxQualityChange = components['schemas']['SandboxQualityChange'];
export type SchemaSandboxCall = components['schemas']['SandboxCall'];
export type SchemaRegion = components['schemas']['Region'];
export type SchemaConferenceStatus = components['schemas']['ConferenceStatus'];
export type SchemaConferenceEndReason = components['schemas']['ConferenceEndReason'];
export type SchemaSandboxConferenceCallback = components['schemas']['SandboxConferenceCallback'];
export type SchemaSandboxRecordingCallback = components['schemas']['SandboxRecordingCallback'];
export type SchemaSandboxAnnouncement = components['schemas']['SandboxAnnouncement'];
export type SchemaSandboxConferenceTag = components['schemas']['SandboxConferenceTag'];
export type SchemaParticipantSid = components['schemas']['ParticipantSid'];
export type SchemaParticipantStatus = components['schemas']['ParticipantStatus'];
export type SchemaReasonParticipantLeft = components['schemas']['ReasonParticipantLeft'];
export type SchemaSandboxEventInstants = components['schemas']['SandboxEventInstants'];
export type SchemaSandboxParticipantEvents = components['schemas']['SandboxParticipantEvents'];
export type SchemaSandboxParticipantStep = components['schemas']['SandboxParticipantStep'];
export type SchemaSandboxParticipant = components['schemas']['SandboxParticipant'];
export type SchemaRecordingSid = components['schemas']['RecordingSid'];
export type SchemaConferenceRecordingStatus = components['schemas']['ConferenceRecordingStatus'];
export type SchemaRecordingSource = components['schemas']['RecordingSource'];
export type SchemaSandboxRecording = components['schemas']['SandboxRecording'];
export type SchemaSandboxConference = components['schemas']['SandboxConference'];
export type SchemaSandboxSeed = components['schemas']['SandboxSeed'];
export type SchemaSandboxSnapshot = components['schemas']['SandboxSnapshot'];
export type SchemaSandboxTimer = components['schemas']['SandboxTimer'];
export type SchemaSandboxClock = components['schemas']['SandboxClock'];
export type SchemaSandboxClockUpdate = components['schemas']['SandboxClockUpdate'];
export type SchemaSandboxWebhookType = components['schemas']['SandboxWebhookType'];
export type SchemaSandboxDeliveryOutcome = components['schemas']['SandboxDeliveryOutcome'];
export type SchemaSandboxWireValues = components['schemas']['SandboxWireValues'];
export type SchemaSandboxJournalRequestEntry = components['schemas']['SandboxJournalRequestEntry'];
export type SchemaSandboxJournalWarningEntry = components['schemas']['SandboxJournalWarningEntry'];
export type SchemaSandboxJournalWebhookEntry = components['schemas']['SandboxJournalWebhookEntry'];
export type SchemaSandboxJournalAlertEntry = components['schemas']['SandboxJournalAlertEntry'];
export type SchemaSandboxJournalEntry = components['schemas']['SandboxJournalEntry'];
export type SchemaSandboxJournal = components['schemas']['SandboxJournal'];
export type SchemaSandboxIncomingCall = components['schemas']['SandboxIncomingCall'];
export type SchemaCallAnsweredBy = components['schemas']['CallAnsweredBy'];
export type SchemaRfc2822DateTime = components['schemas']['Rfc2822DateTime'];
export type SchemaCallDirection = components['schemas']['CallDirection'];
export type SchemaCallAddress = components['schemas']['CallAddress'];
export type SchemaCallStatus = components['schemas']['CallStatus'];
export type SchemaTrunkSid = components['schemas']['TrunkSid'];
export type SchemaCall = components['schemas']['Call'];
export type SchemaParticipantLabel = components['schemas']['ParticipantLabel'];
export type SchemaParticipant = components['schemas']['Participant'];
export type SchemaSandboxSpeech = components['schemas']['SandboxSpeech'];
export type SchemaSandboxCallQuality = components['schemas']['SandboxCallQuality'];
export type SchemaSandboxLineCondition = components['schemas']['SandboxLineCondition'];
export type SchemaSandboxCallQualityState = components['schemas']['SandboxCallQualityState'];
export type SchemaSandboxDigits = components['schemas']['SandboxDigits'];
export type SchemaSandboxUtterance = components['schemas']['SandboxUtterance'];
export type SchemaSandboxCallTimeline = components['schemas']['SandboxCallTimeline'];
export type SchemaSandboxLegSegment = components['schemas']['SandboxLegSegment'];
export type SchemaSandboxConferenceLeg = components['schemas']['SandboxConferenceLeg'];
export type SchemaSandboxConferenceAnnouncement = components['schemas']['SandboxConferenceAnnouncement'];
export type SchemaSandboxConferenceRecording = components['schemas']['SandboxConferenceRecording'];
export type SchemaSandboxConferenceTimeline = components['schemas']['SandboxConferenceTimeline'];
export type SchemaSandboxAnnouncementEnd = components['schemas']['SandboxAnnouncementEnd'];
export type ResponseUnexpectedError = components['responses']['UnexpectedError'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseSandboxBadRequest = components['responses']['SandboxBadRequest'];
export type ResponseConflict = components['responses']['Conflict'];
export type ResponseCallInputConflict = components['responses']['CallInputConflict'];
export type ResponseSocketOnly = components['responses']['SocketOnly'];
export type ResponseInspectorPage = components['responses']['InspectorPage'];
export type ResponseInspectorUnauthorized = components['responses']['InspectorUnauthorized'];
export type ParameterJournalKind = components['parameters']['JournalKind'];
export type ParameterJournalType = components['parameters']['JournalType'];
export type ParameterJournalEvent = components['parameters']['JournalEvent'];
export type ParameterJournalConferenceSid = components['parameters']['JournalConferenceSid'];
export type ParameterJournalCallSid = components['parameters']['JournalCallSid'];
export type ParameterJournalOutcome = components['parameters']['JournalOutcome'];
export type ParameterJournalOperationId = components['parameters']['JournalOperationId'];
export type ParameterJournalAfterId = components['parameters']['JournalAfterId'];
export type ParameterJournalSettled = components['parameters']['JournalSettled'];
export type ParameterCallSid = components['parameters']['CallSid'];
export type ParameterListeningCallSid = components['parameters']['ListeningCallSid'];
export type ParameterConferenceSid = components['parameters']['ConferenceSid'];
export type HeaderContentSecurityPolicy = components['headers']['ContentSecurityPolicy'];
export type HeaderNoSniff = components['headers']['NoSniff'];
export type HeaderNoStore = components['headers']['NoStore'];
export type $defs = Record<string, never>;
export interface operations {
    CreateSandboxReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sandbox is back to its starting world, with an empty journal. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    CreateSandboxSeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SandboxSeed"];
            };
        };
        responses: {
            /** @description The seed is loaded. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["SandboxBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    FetchSandboxSnapshot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The snapshot, with every field present. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SandboxSnapshot"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    UpdateSandboxSnapshot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SandboxSnapshot"];
            };
        };
        responses: {
            /** @description The snapshot is imported. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["SandboxBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    FetchSandboxClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The clock. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SandboxClock"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    UpdateSandboxClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SandboxClockUpdate"];
            };
        };
        responses: {
            /** @description The clock after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SandboxClock"];
                };
            };
            400: components["responses"]["SandboxBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    ListSandboxJournalEntry: {
        parameters: {
            query?: {
                /**
                 * @description Only API requests (`request`), only warnings about them (`warning`), only webhooks (`webhook`) or only alerts about a call's TwiML (`alert`).
                 * @example webhook
                 */
                Kind?: components["parameters"]["JournalKind"];
                /**
                 * @description Only webhooks of this type.
                 * @example conference
                 */
                Type?: components["parameters"]["JournalType"];
                /**
                 * @description Only webhooks for this event (`participant-join`, `ringing`, `completed`, …).
                 * @example participant-leave
                 */
                Event?: components["parameters"]["JournalEvent"];
                /**
                 * @description Only webhooks about this conference.
                 * @example CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConferenceSid?: components["parameters"]["JournalConferenceSid"];
                /**
                 * @description Only webhooks about this call.
                 * @example CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                CallSid?: components["parameters"]["JournalCallSid"];
                /**
                 * @description Only webhooks whose delivery went this way.
                 * @example failed
                 */
                Outcome?: components["parameters"]["JournalOutcome"];
                /**
                 * @description Only requests to this operation.
                 * @example CreateParticipant
                 */
                OperationId?: components["parameters"]["JournalOperationId"];
                /**
                 * @description Only entries after this one (`id` greater than this), to read what happened since an earlier read.
                 * @example 12
                 */
                AfterId?: components["parameters"]["JournalAfterId"];
                /**
                 * @description With `true`, the answer waits until every webhook delivery started so far has finished (delivered,
                 *     failed, timed out…), so no entry is `pending` unless it started while waiting.
                 *
                 * @example true
                 */
                Settled?: components["parameters"]["JournalSettled"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SandboxJournal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    CreateSandboxCall: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SandboxIncomingCall"];
            };
        };
        responses: {
            /** @description The call, ringing while its number's voice URL is requested. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    CreateSandboxCallHangup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Call SID.
                 * @example CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                CallSid: components["parameters"]["CallSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The participant after hanging up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participant"];
                };
            };
            /** @description The call hung up; it was in no conference. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    CreateSandboxCallSpeech: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Call SID.
                 * @example CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                CallSid: components["parameters"]["CallSid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SandboxSpeech"];
            };
        };
        responses: {
            /** @description The participant. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participant"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    CreateSandboxCallQuality: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Call SID.
                 * @example CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                CallSid: components["parameters"]["CallSid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SandboxCallQuality"];
            };
        };
        responses: {
            /** @description The conditions now in effect. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SandboxCallQualityState"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    CreateSandboxCallDigits: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Call SID of a live call.
                 * @example CAeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee
                 */
                CallSid: components["parameters"]["ListeningCallSid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SandboxDigits"];
            };
        };
        responses: {
            /** @description The call, after the keys. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["CallInputConflict"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    CreateSandboxCallUtterance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Call SID of a live call.
                 * @example CAeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee
                 */
                CallSid: components["parameters"]["ListeningCallSid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SandboxUtterance"];
            };
        };
        responses: {
            /** @description The call, after the speech. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["CallInputConflict"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    FetchSandboxCallTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Call SID.
                 * @example CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                CallSid: components["parameters"]["CallSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The call's timeline. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SandboxCallTimeline"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    FetchSandboxConferenceTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the conference.
                 * @example CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConferenceSid: components["parameters"]["ConferenceSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conference's timeline. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SandboxConferenceTimeline"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    CreateSandboxAnnouncementEnd: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the conference.
                 * @example CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConferenceSid: components["parameters"]["ConferenceSid"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SandboxAnnouncementEnd"];
            };
        };
        responses: {
            /** @description The announcement ended or failed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    FetchSandboxEventStream: {
        parameters: {
            query?: never;
            header?: {
                /** @description The last `id` received; the stream replays the changes after it that are still kept. */
                "Last-Event-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stream; it does not end until the client or the host closes it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            501: components["responses"]["SocketOnly"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    FetchSandboxInspector: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["InspectorPage"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["InspectorUnauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            501: components["responses"]["SocketOnly"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    FetchSandboxInspectorAsset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The file's name, as the page names it.
                 * @example inspector.js
                 */
                Asset: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as `text/javascript`, `text/css` or `image/svg+xml`. */
            200: {
                headers: {
                    "Content-Security-Policy": components["headers"]["ContentSecurityPolicy"];
                    "X-Content-Type-Options": components["headers"]["NoSniff"];
                    "Cache-Control": components["headers"]["NoStore"];
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                    "text/css": string;
                    "image/svg+xml": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["InspectorUnauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            501: components["responses"]["SocketOnly"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    FetchSandboxHome: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["InspectorPage"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["InspectorUnauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            501: components["responses"]["SocketOnly"];
            default: components["responses"]["UnexpectedError"];
        };
    };
}
