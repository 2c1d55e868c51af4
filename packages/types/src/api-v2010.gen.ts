// Generated — do not edit.
// openapi-typescript from specs/api-v2010/openapi.yaml (bundled to specs/dist/api-v2010.json).
// Change the spec, then run `pnpm generate` at the repository root.

export interface paths {
    "/2010-04-01/Accounts/{AccountSid}/Conferences.json": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Account that owns the conferences.
                 * @example ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                AccountSid: components["parameters"]["AccountSid"];
            };
            cookie?: never;
        };
        /**
         * List conferences
         * @description Reads the conferences of an account, newest first, one page at a time. Filters combine; the date
         *     filters take whole UTC days. Conferences can be read for thirteen months after they were created.
         *
         */
        get: operations["ListConference"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Account that owns the conferences.
                 * @example ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                AccountSid: components["parameters"]["AccountSid"];
                /**
                 * @description The SID of the conference (`CF…`).
                 * @example CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                Sid: components["parameters"]["ConferenceSid"];
            };
            cookie?: never;
        };
        /**
         * Fetch a conference
         * @description Reads one conference. To follow a conference as it changes, prefer its `statusCallback` webhook to
         *     polling this resource. Once a conference has ended its participants are no longer listed here; the
         *     Insights Conference Summary and Participant Summary resources describe them.
         *
         */
        get: operations["FetchConference"];
        put?: never;
        /**
         * Update a conference
         * @description Ends a conference (`Status=completed`, which hangs up every participant) or plays an announcement into
         *     it (`AnnounceUrl`). Not idempotent in effect: an announcement is played once per request.
         *
         */
        post: operations["UpdateConference"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Account that owns the conferences.
                 * @example ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                AccountSid: components["parameters"]["AccountSid"];
            };
            cookie?: never;
        };
        /**
         * List participants
         * @description Reads the participants that are connecting or connected to a conference that has not ended, one page
         *     at a time. Participants who have left are not listed; once the conference has ended the list is empty.
         *
         */
        get: operations["ListParticipant"];
        put?: never;
        /**
         * Add a participant
         * @description Dials a phone number, SIP address, Client identity or TwiML App and puts the call into a conference
         *     once it answers. Name the conference by its SID, or by a friendly name to join the conference of that
         *     name in progress or to create one. The first participant's conference settings (status callback,
         *     region, recording) apply to the whole conference. Twilio accepts about one request per second per
         *     account on this resource unless it has raised the limit.
         *
         */
        post: operations["CreateParticipant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}.json": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Account that owns the conferences.
                 * @example ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                AccountSid: components["parameters"]["AccountSid"];
                /**
                 * @description The SID of the conference (`CF…`).
                 * @example CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConferenceSid: components["parameters"]["ParentConferenceSid"];
                /**
                 * @description The participant: the SID of its call (`CA…`) or the label it was given. Percent-encode characters of
                 *     a label that are not URL-safe (a space is `%20`).
                 *
                 * @example CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                CallSid: components["parameters"]["ParticipantCallSidOrLabel"];
            };
            cookie?: never;
        };
        /**
         * Fetch a participant
         * @description Reads one participant of a conference that has not ended, by its Call SID or its label.
         */
        get: operations["FetchParticipant"];
        put?: never;
        /**
         * Update a participant
         * @description Mutes or unmutes a participant, puts it on hold or takes it off, plays it an announcement, or changes
         *     how it coaches and what happens when it leaves. Each change is reported to the conference's status
         *     callback when subscribed (`participant-mute`, `participant-hold`, `participant-modify`, …).
         *
         */
        post: operations["UpdateParticipant"];
        /**
         * Remove a participant
         * @description Hangs up a participant's call and removes it from the conference. If it was the last participant, or
         *     it ends the conference on exit, the conference ends too.
         *
         */
        delete: operations["DeleteParticipant"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings.json": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Account that owns the conferences.
                 * @example ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                AccountSid: components["parameters"]["AccountSid"];
                /**
                 * @description The SID of the conference (`CF…`).
                 * @example CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConferenceSid: components["parameters"]["ParentConferenceSid"];
            };
            cookie?: never;
        };
        /**
         * List conference recordings
         * @description Reads the recordings of a conference's mixed audio, one page at a time. Recordings of individual
         *     participants' calls are not included. The date filters take whole UTC days.
         *
         */
        get: operations["ListConferenceRecording"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings/{Sid}.json": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Account that owns the conferences.
                 * @example ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                AccountSid: components["parameters"]["AccountSid"];
                /**
                 * @description The SID of the conference (`CF…`).
                 * @example CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConferenceSid: components["parameters"]["ParentConferenceSid"];
            };
            cookie?: never;
        };
        /**
         * Fetch a conference recording
         * @description Reads one recording of a conference.
         */
        get: operations["FetchConferenceRecording"];
        put?: never;
        /**
         * Pause, resume or stop a conference recording
         * @description Changes the state of a conference recording that is still being made. Address the active recording
         *     as `Twilio.CURRENT` when you do not have its SID.
         *
         */
        post: operations["UpdateConferenceRecording"];
        /**
         * Delete a conference recording
         * @description Deletes a conference recording and its audio file.
         */
        delete: operations["DeleteConferenceRecording"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2010-04-01/Accounts/{AccountSid}/Calls.json": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Account that owns the conferences.
                 * @example ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                AccountSid: components["parameters"]["AccountSid"];
            };
            cookie?: never;
        };
        /**
         * List calls
         * @description Reads the calls of an account, newest first, one page at a time: incoming calls, calls created
         *     through the API and the legs `<Dial>` placed. Filters combine; the date filters take whole UTC days.
         *
         */
        get: operations["ListCall"];
        put?: never;
        /**
         * Create a call
         * @description Places a call. Once it is answered it runs TwiML: requested from `Url` (with the standard voice
         *     request parameters, signed), given inline in `Twiml`, or from a TwiML App (`ApplicationSid`). The
         *     answer is the call, usually `queued`: calls the API creates are placed at the account's rate, about
         *     one per second unless the limit was raised, and wait in a queue until then. Follow the call with
         *     `StatusCallback` rather than by polling.
         *
         */
        post: operations["CreateCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Account that owns the conferences.
                 * @example ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                AccountSid: components["parameters"]["AccountSid"];
                /**
                 * @description The SID of the call (`CA…`).
                 * @example CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                Sid: components["parameters"]["CallSid"];
            };
            cookie?: never;
        };
        /**
         * Fetch a call
         * @description Reads one call. A call that was just created or changed may take a moment to show it here; to follow a
         *     call as it changes, prefer its `StatusCallback` to polling.
         *
         */
        get: operations["FetchCall"];
        put?: never;
        /**
         * Update a call
         * @description Changes a call that has not ended. `Status=completed` hangs it up, whatever its state;
         *     `Status=canceled` ends it only while it is queued or ringing. `Url` or `Twiml` sends a live call
         *     to new TwiML at once: a call in a conference leaves it (with the conference's callbacks) and runs the
         *     new document — how a caller is transferred. Updating a call that has ended is error 21220.
         *
         */
        post: operations["UpdateCall"];
        /**
         * Delete a call
         * @description Deletes the record of a call that has ended, with its call events; its recordings and transcriptions
         *     are kept. A call that has not ended cannot be deleted: hang it up first.
         *
         */
        delete: operations["DeleteCall"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Account that owns the conferences.
                 * @example ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                AccountSid: components["parameters"]["AccountSid"];
            };
            cookie?: never;
        };
        /**
         * List phone numbers
         * @description Reads the phone numbers of the account, one page at a time. Filters combine.
         */
        get: operations["ListIncomingPhoneNumber"];
        put?: never;
        /**
         * Add a phone number
         * @description Adds a phone number to the account and sets how it answers calls: the TwiML at `VoiceUrl`, a TwiML
         *     App, or an Elastic SIP Trunk.
         *
         */
        post: operations["CreateIncomingPhoneNumber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}.json": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Account that owns the conferences.
                 * @example ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                AccountSid: components["parameters"]["AccountSid"];
                /**
                 * @description The SID of the phone number (`PN…`).
                 * @example PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                Sid: components["parameters"]["IncomingPhoneNumberSid"];
            };
            cookie?: never;
        };
        /**
         * Fetch a phone number
         * @description Reads one phone number of the account and its voice settings.
         */
        get: operations["FetchIncomingPhoneNumber"];
        put?: never;
        /**
         * Update a phone number
         * @description Changes a number's name or how it answers calls. The change applies to calls that come in afterwards;
         *     a call already running keeps its TwiML.
         *
         */
        post: operations["UpdateIncomingPhoneNumber"];
        /**
         * Release a phone number
         * @description Removes the number from the account. Calls to it are no longer answered by your TwiML.
         */
        delete: operations["DeleteIncomingPhoneNumber"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    conferenceStatusCallback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conference event
         * @description Twilio requests the conference's `statusCallback` (`ConferenceStatusCallback` of the first participant
         *     added, or TwiML `statusCallback`) once per subscribed event, with the default method `POST`. Each
         *     event is a separate request and requests can arrive out of order: order them by `SequenceNumber`.
         *
         */
        post: operations["ConferenceStatusCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    participantCallStatusCallback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Participant call progress
         * @description Twilio requests the `StatusCallback` given when the participant was added as its call progresses, for
         *     the events listed in `StatusCallbackEvent` (only `completed` by default). Requests can arrive out of
         *     order: order them by `SequenceNumber`.
         *
         */
        post: operations["ParticipantCallStatusCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    conferenceRecordingStatusCallback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conference recording status
         * @description Twilio requests the `ConferenceRecordingStatusCallback` (or TwiML `recordingStatusCallback`) when a
         *     conference recording changes state, for the states listed in `ConferenceRecordingStatusCallbackEvent`.
         *
         */
        post: operations["ConferenceRecordingStatusCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    callVoiceRequestCallback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Voice request
         * @description Twilio requests TwiML for a call: the `VoiceUrl` of your number when a call comes in (while it rings),
         *     the `Url` of a call created through the API once it is answered, the `Url` of an update, a
         *     `<Redirect>`, the `url` of a dialled `<Number>` or `<Client>`, and a fallback URL (with `ErrorCode` and
         *     `ErrorUrl`) when one of those fails. The method is the one configured with the URL, `POST` by default;
         *     with `GET` the same fields come as the query string. The call runs the TwiML of your answer; when the
         *     document runs out of verbs, the call hangs up.
         *
         */
        post: operations["CallVoiceRequestCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    dialActionCallback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dial action
         * @description Twilio requests the `action` URL of a `<Dial>` when the dial ends, with the method of `<Dial method>`
         *     (`POST` by default): for `<Dial><Conference>`, when the caller leaves the conference (it ended, the
         *     caller pressed `*` with `hangupOnStar`, `timeLimit` passed). The TwiML of your answer continues the
         *     call; verbs after the `<Dial>` in the first document are not run. Without `action`, the call continues
         *     with the verb after `<Dial>` and no request is made.
         *
         */
        post: operations["DialActionCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    conferenceWaitUrlCallback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conference wait music
         * @description Twilio requests the `waitUrl` of a `<Conference>` (or the `WaitUrl` of a participant) while the caller
         *     waits for the conference to start, with `waitMethod` (`POST` by default). The answer is an MP3 or WAV
         *     file, or TwiML with only `<Play>`, `<Say>`, `<Pause>` and `<Redirect>`; when that TwiML runs out, the
         *     caller hears silence (end it with `<Redirect/>` to loop). Without `waitUrl` Twilio plays its own hold
         *     music; with `waitUrl=""` nothing is played. The fields are those of the voice request of the waiting
         *     call.
         *
         */
        post: operations["ConferenceWaitUrlCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    gatherActionCallback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gather action
         * @description Twilio requests the `action` URL of a `<Gather>` (by default the URL of the current document) with the
         *     caller's input, with `<Gather method>` (`POST` by default). Without input the call goes on with the verb
         *     after `<Gather>` and no request is made, unless `actionOnEmptyResult` is `true`.
         *
         */
        post: operations["GatherActionCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description A Twilio Account SID — `AC` followed by 32 hexadecimal digits.
         * @example ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        AccountSid: string;
        /**
         * @description The status of a conference. `init` until the conference starts (at least two participants, one of them
         *     with `startConferenceOnEnter`), then `in-progress`, then `completed`.
         *
         * @enum {string}
         */
        ConferenceStatus: "init" | "in-progress" | "completed";
        /**
         * @description Text of up to 1,000 characters.
         * @example sales call
         */
        FreeText: string;
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
         * @description A Call SID — `CA` followed by 32 hexadecimal digits.
         * @example CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        CallSid: string;
        /**
         * @description A date and time in GMT in RFC 2822 format, as the 2010-04-01 API writes them:
         *     `Fri, 18 Feb 2011 19:26:50 +0000`.
         *
         * @example Fri, 18 Feb 2011 19:26:50 +0000
         */
        Rfc2822DateTime: string;
        /**
         * @description Why a completed conference ended.
         * @enum {string}
         */
        ConferenceEndReason: "conference-ended-via-api" | "participant-with-end-conference-on-exit-left" | "participant-with-end-conference-on-exit-kicked" | "last-participant-kicked" | "last-participant-left";
        /**
         * @description A Twilio Region that can mix conference audio: `us1`, `us2`, `ie1`, `de1`, `sg1`, `br1`, `au1` or `jp1`.
         *
         * @enum {string}
         */
        Region: "us1" | "us2" | "ie1" | "de1" | "sg1" | "br1" | "au1" | "jp1";
        /**
         * @description A Conference SID — `CF` followed by 32 hexadecimal digits.
         * @example CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        ConferenceSid: string;
        /** @description A conference on your account. Conferences are created by TwiML (`<Dial><Conference>`) or by adding a
         *     participant, never by this API; it reads them and ends or announces into them.
         *
         *     Only `friendly_name`, `reason_conference_ended` and `call_sid_ending_conference` are ever `null` (the
         *     latter two until the conference ends).
         *      */
        Conference: {
            /** @description The SID of the Account that created this Conference resource. */
            account_sid: components["schemas"]["AccountSid"];
            /**
             * @description The API version used to create this conference.
             * @example 2010-04-01
             */
            api_version: string;
            /** @description The SID of the call that caused the conference to end; `null` while it is running, and when no call ended it. */
            call_sid_ending_conference: components["schemas"]["CallSid"] | null;
            /** @description When this resource was created, in RFC 2822 format (GMT). */
            date_created: components["schemas"]["Rfc2822DateTime"];
            /** @description When this resource was last updated, in RFC 2822 format (GMT). */
            date_updated: components["schemas"]["Rfc2822DateTime"];
            /** @description The name you gave the conference room in TwiML, up to 128 characters. Several conferences may share
             *     one name, but only one of them can be in progress at a time.
             *      */
            friendly_name: string | null;
            /** @description Why the conference ended; `null` while it is in progress. */
            reason_conference_ended: components["schemas"]["ConferenceEndReason"] | null;
            /** @description The Twilio Region where the conference audio was mixed. Basic conferences are always mixed in `us1`;
             *     Global Conference audio is mixed nearest to most participants.
             *      */
            region: components["schemas"]["Region"];
            /** @description The unique, Twilio-provided string that identifies this Conference resource. */
            sid: components["schemas"]["ConferenceSid"];
            status: components["schemas"]["ConferenceStatus"];
            /** @description The conference's related lists, as URIs relative to `https://api.twilio.com`. */
            subresource_uris: {
                /** Format: uri-reference */
                participants: string;
                /** Format: uri-reference */
                recordings: string;
            } & {
                [key: string]: string;
            };
            /**
             * Format: uri-reference
             * @description The URI of this resource, relative to `https://api.twilio.com`.
             */
            uri: string;
        };
        /** @description One page of conferences in the 2010-04-01 API's flat paging envelope. Follow `next_page_uri`
         *     (relative to `https://api.twilio.com`) until it is `null`.
         *      */
        ConferencePage: {
            conferences: components["schemas"]["Conference"][];
            /** @description The zero-based index of the last item on this page, counted across all pages. */
            end: number;
            /**
             * Format: uri-reference
             * @description The URI of the first page, relative to `https://api.twilio.com`.
             */
            first_page_uri: string;
            /**
             * Format: uri-reference
             * @description The URI of the next page, relative to `https://api.twilio.com`; `null` on the last page.
             */
            next_page_uri: string | null;
            /** @description The zero-based index of this page. */
            page: number;
            /** @description The number of items requested per page. */
            page_size: number;
            /**
             * Format: uri-reference
             * @description The URI of the previous page, relative to `https://api.twilio.com`; `null` on the first page.
             */
            previous_page_uri: string | null;
            /** @description The zero-based index of the first item on this page, counted across all pages. */
            start: number;
            /**
             * Format: uri-reference
             * @description The URI of this page, relative to `https://api.twilio.com`.
             */
            uri: string;
        };
        /**
         * @description The status a conference can be moved to by an update: only `completed`, which ends the conference and
         *     hangs up every participant.
         *
         * @enum {string}
         */
        ConferenceUpdateStatus: "completed";
        /**
         * Format: uri
         * @description An absolute URL, up to 4,000 characters.
         * @example https://www.example.com/twiml/hold.xml
         */
        HttpUrl: string;
        /**
         * @description The HTTP method Twilio uses to request a URL you give it.
         * @enum {string}
         */
        HttpMethod: "GET" | "POST";
        /** @description What an update can change. Sent form-encoded with the PascalCase names Twilio uses on the wire; every
         *     field is optional, and an update that sets none changes nothing.
         *      */
        UpdateConferenceRequest: {
            Status?: components["schemas"]["ConferenceUpdateStatus"];
            /** @description The URL Twilio requests to announce something into the conference. It may return an MP3 or WAV file,
             *     or TwiML with `<Play>`, `<Say>`, `<Pause>` or `<Redirect>`.
             *      */
            AnnounceUrl?: components["schemas"]["HttpUrl"];
            /** @description The HTTP method Twilio uses to request `AnnounceUrl`. Defaults to `POST`. */
            AnnounceMethod?: components["schemas"]["HttpMethod"];
        };
        /**
         * @description A name you give a participant, unique within its conference and up to 128 characters. It can be used
         *     instead of the Call SID to address the participant.
         *
         * @example customer
         */
        ParticipantLabel: string;
        /**
         * @description Where a participant's call stands: `queued` while it waits to be placed, `connecting` and `ringing`
         *     while it is dialled, `connected` once it is in the conference, `complete` when it has left, and
         *     `failed` when it could not be added.
         *
         * @enum {string}
         */
        ParticipantStatus: "queued" | "connecting" | "ringing" | "connected" | "complete" | "failed";
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
        /** @description One page of participants in the 2010-04-01 API's flat paging envelope. Follow `next_page_uri`
         *     (relative to `https://api.twilio.com`) until it is `null`.
         *      */
        ParticipantPage: {
            participants: components["schemas"]["Participant"][];
            /** @description The zero-based index of the last item on this page, counted across all pages. */
            end: number;
            /**
             * Format: uri-reference
             * @description The URI of the first page, relative to `https://api.twilio.com`.
             */
            first_page_uri: string;
            /**
             * Format: uri-reference
             * @description The URI of the next page, relative to `https://api.twilio.com`; `null` on the last page.
             */
            next_page_uri: string | null;
            /** @description The zero-based index of this page. */
            page: number;
            /** @description The number of items requested per page. */
            page_size: number;
            /**
             * Format: uri-reference
             * @description The URI of the previous page, relative to `https://api.twilio.com`; `null` on the first page.
             */
            previous_page_uri: string | null;
            /** @description The zero-based index of the first item on this page, counted across all pages. */
            start: number;
            /**
             * Format: uri-reference
             * @description The URI of this page, relative to `https://api.twilio.com`.
             */
            uri: string;
        };
        /**
         * @description A phone number in E.164 format, or a Client (`client:alice`), SIP (`sip:name@example.com`) or TwiML
         *     App address; up to 256 characters, custom parameters included. Anything else (`hello`, or a number whose
         *     `+` arrived as a space because it was not URL-encoded) is refused as Twilio refuses it: 400 with code
         *     21211 for `To`, 21212 for `From`.
         *
         * @example +15017122661
         */
        PhoneNumberOrAddress: string;
        /**
         * @description An absolute URL Twilio requests to tell you about an event.
         * @example https://www.example.com/callbacks/conference
         */
        CallbackUrl: components["schemas"]["HttpUrl"];
        /** @description The call to place and how it joins the conference. Sent form-encoded with Twilio's PascalCase names;
         *     booleans travel as `true` or `false`, and each array value is sent as its own repeated key
         *     (`StatusCallbackEvent=ringing&StatusCallbackEvent=answered`). Only `From` and `To` are required.
         *
         *     The first participant of a conference sets its conference-wide options (`ConferenceStatusCallback…`,
         *     `Region`, `ConferenceRecord…`, `MaxParticipants`); later participants' values are ignored.
         *      */
        CreateParticipantRequest: {
            /**
             * @description The caller ID of the call: a phone number in E.164 format, `client:name`, or a SIP user name. It must
             *     be a Twilio number or a verified caller ID, and a phone number when `To` is a phone number.
             *
             * @example +15017122661
             */
            From: components["schemas"]["PhoneNumberOrAddress"];
            /**
             * @description Who to call: a phone number in E.164 format, a SIP URI (`sip:name@example.com`), a Client identity
             *     (`client:alice`) or a TwiML App (`app:AP…`). Client, SIP and App targets take custom parameters as a
             *     query string, e.g. `client:alice?p1=foo&p2=bar`.
             *
             * @example +15558675310
             */
            To: components["schemas"]["PhoneNumberOrAddress"];
            /** @description The URL Twilio requests with the call's progress events (see `StatusCallbackEvent`). */
            StatusCallback?: components["schemas"]["CallbackUrl"];
            /**
             * @description The HTTP method Twilio uses to request `StatusCallback`.
             * @default POST
             */
            StatusCallbackMethod?: components["schemas"]["HttpMethod"];
            /**
             * @description The call progress events sent to `StatusCallback`. Only `completed` unless you list others.
             * @default [
             *       "completed"
             *     ]
             */
            StatusCallbackEvent?: ("initiated" | "ringing" | "answered" | "completed")[];
            Label?: components["schemas"]["ParticipantLabel"];
            /**
             * @description Seconds to let the call ring before treating it as unanswered. Twilio may add about five seconds.
             * @default 60
             */
            Timeout?: number;
            /**
             * @description Whether to record the participant's call from the moment it is answered.
             * @default false
             */
            Record?: boolean;
            /**
             * @description Whether the participant joins muted.
             * @default false
             */
            Muted?: boolean;
            /**
             * @description When to play a beep to the conference as the participant joins or leaves.
             * @default true
             * @enum {string}
             */
            Beep?: "true" | "false" | "onEnter" | "onExit";
            /**
             * @description Whether the conference starts when this participant joins. If `false` and the conference has not started, the participant hears `WaitUrl` muted.
             * @default true
             */
            StartConferenceOnEnter?: boolean;
            /**
             * @description Whether the conference ends, hanging up every other participant, when this participant leaves.
             * @default false
             */
            EndConferenceOnExit?: boolean;
            /** @description The URL of music or TwiML (`<Play>`, `<Say>`, `<Pause>`, `<Redirect>`) played while the conference
             *     has not started; Twilio's hold music by default. An empty string plays nothing.
             *      */
            WaitUrl?: string | components["schemas"]["HttpUrl"] | unknown;
            /**
             * @description The HTTP method Twilio uses to request `WaitUrl`.
             * @default POST
             */
            WaitMethod?: components["schemas"]["HttpMethod"];
            /**
             * @description Whether the participant can hear the conference's audio before its call is answered.
             * @default true
             */
            EarlyMedia?: boolean;
            /**
             * @description The most participants the conference admits at once.
             * @default 250
             */
            MaxParticipants?: number;
            /**
             * @description Whether to record the conference; `record-from-start` starts when the first two participants are bridged.
             * @default false
             * @enum {string}
             */
            ConferenceRecord?: "true" | "false" | "record-from-start" | "do-not-record";
            /**
             * @description Whether to trim leading and trailing silence from the conference recording.
             * @default trim-silence
             * @enum {string}
             */
            ConferenceTrim?: "trim-silence" | "do-not-trim";
            /** @description The URL Twilio requests with the conference's events (see `ConferenceStatusCallbackEvent`). Only the first participant's value is used. */
            ConferenceStatusCallback?: components["schemas"]["CallbackUrl"];
            /**
             * @description The HTTP method Twilio uses to request `ConferenceStatusCallback`.
             * @default POST
             */
            ConferenceStatusCallbackMethod?: components["schemas"]["HttpMethod"];
            /**
             * @description The conference events sent to `ConferenceStatusCallback`: `start` and `end` unless you list others.
             *     `mute`, `hold` and `speaker` each subscribe to a pair of events (e.g. `participant-mute` and
             *     `participant-unmute`), `announcement` to `announcement-end` and `announcement-fail`.
             *
             * @default [
             *       "start",
             *       "end"
             *     ]
             */
            ConferenceStatusCallbackEvent?: ("start" | "end" | "join" | "leave" | "mute" | "hold" | "modify" | "speaker" | "announcement")[];
            /**
             * @description Whether the participant's recording has one channel or two.
             * @default mono
             * @enum {string}
             */
            RecordingChannels?: "mono" | "dual";
            /** @description The URL Twilio requests when the participant's recording changes state. */
            RecordingStatusCallback?: components["schemas"]["CallbackUrl"];
            /**
             * @description The HTTP method Twilio uses to request `RecordingStatusCallback`.
             * @default POST
             */
            RecordingStatusCallbackMethod?: components["schemas"]["HttpMethod"];
            /** @description The user name to authenticate with when `To` is a SIP URI. */
            SipAuthUsername?: components["schemas"]["FreeText"];
            /** @description The password to authenticate with when `To` is a SIP URI. */
            SipAuthPassword?: components["schemas"]["FreeText"];
            /** @description The region where the conference audio is mixed. Only the first participant's value is used. */
            Region?: components["schemas"]["Region"];
            /** @description The URL Twilio requests when the conference recording changes state. */
            ConferenceRecordingStatusCallback?: components["schemas"]["CallbackUrl"];
            /**
             * @description The HTTP method Twilio uses to request `ConferenceRecordingStatusCallback`.
             * @default POST
             */
            ConferenceRecordingStatusCallbackMethod?: components["schemas"]["HttpMethod"];
            /** @description The participant recording states sent to `RecordingStatusCallback`. */
            RecordingStatusCallbackEvent?: ("started" | "in-progress" | "paused" | "resumed" | "stopped" | "completed" | "failed" | "absent")[];
            /** @description The conference recording states sent to `ConferenceRecordingStatusCallback`. */
            ConferenceRecordingStatusCallbackEvent?: ("in-progress" | "completed" | "failed" | "absent")[];
            /** @description Whether the participant coaches `CallSidToCoach`, heard by that call only. Requires `CallSidToCoach`; `false` otherwise. */
            Coaching?: boolean;
            /** @description The SID of the participant's call to coach; it must be connected to this conference. */
            CallSidToCoach?: components["schemas"]["CallSid"];
            /**
             * @description The size of the participant's jitter buffer (`small` 20 ms, `medium` 40 ms, `large` 60 ms) or `off`.
             * @default large
             * @enum {string}
             */
            JitterBufferSize?: "off" | "small" | "medium" | "large";
            /** @description The SID of a BYOC trunk (`BY…`) to place the call through. Used only when `To` is a phone number. */
            Byoc?: string;
            /** @description The caller ID shown to the called party, in the same forms as `From`. */
            CallerId?: components["schemas"]["PhoneNumberOrAddress"];
            /** @description The reason for the call, shown to the called party (Branded Calls, in beta). */
            CallReason?: components["schemas"]["FreeText"];
            /**
             * @description Which audio of the participant's call to record.
             * @default both
             * @enum {string}
             */
            RecordingTrack?: "inbound" | "outbound" | "both";
            /** @description The longest the call may last, in seconds; the limits depend on the account. */
            TimeLimit?: number;
            /**
             * @description Whether to detect an answering machine (`Enable`), or to wait for the end of its greeting too (`DetectMessageEnd`).
             * @enum {string}
             */
            MachineDetection?: "Enable" | "DetectMessageEnd";
            /**
             * @description Seconds to try to detect a machine before giving up.
             * @default 30
             */
            MachineDetectionTimeout?: number;
            /**
             * @description The length of speech, in milliseconds, above which the answer is taken for a machine.
             * @default 2400
             */
            MachineDetectionSpeechThreshold?: number;
            /**
             * @description The silence, in milliseconds, after speech that counts as the end of it.
             * @default 1200
             */
            MachineDetectionSpeechEndThreshold?: number;
            /**
             * @description The initial silence, in milliseconds, after which the answer is reported as `unknown`.
             * @default 5000
             */
            MachineDetectionSilenceTimeout?: number;
            /** @description The URL Twilio requests with the result of machine detection. */
            AmdStatusCallback?: components["schemas"]["CallbackUrl"];
            /**
             * @description The HTTP method Twilio uses to request `AmdStatusCallback`.
             * @default POST
             */
            AmdStatusCallbackMethod?: components["schemas"]["HttpMethod"];
            /**
             * @description Whether to trim leading and trailing silence from the participant's recording.
             * @default trim-silence
             * @enum {string}
             */
            Trim?: "trim-silence" | "do-not-trim";
            /** @description A token from an incoming call's parameters, to place this call with that call's caller ID; up to
             *     4,000 characters.
             *      */
            CallToken?: string;
            /** @description The URL of a push notification service to notify a Voice SDK client of the call. */
            ClientNotificationUrl?: components["schemas"]["HttpUrl"];
            /** @description The caller name shown to a SIP target. */
            CallerDisplayName?: string;
            /** @description The identifier of a recording configuration to apply to the participant's recording. */
            RecordingConfigurationId?: string & components["schemas"]["FreeText"];
        };
        /** @description What an update can change about a participant. Sent form-encoded; every field is optional, and a field
         *     you leave out is left as it is.
         *      */
        UpdateParticipantRequest: {
            /** @description Mutes (`true`) or unmutes (`false`) the participant. */
            Muted?: boolean;
            /** @description Puts the participant on hold (`true`), where it hears `HoldUrl`, or brings it back (`false`). */
            Hold?: boolean;
            /** @description The URL of an MP3 or WAV file, or TwiML with `<Play>`, `<Say>`, `<Pause>` or `<Redirect>`, played while the participant is on hold. */
            HoldUrl?: components["schemas"]["HttpUrl"];
            /**
             * @description The HTTP method Twilio uses to request `HoldUrl`.
             * @default GET
             */
            HoldMethod?: components["schemas"]["HttpMethod"];
            /** @description The URL of an MP3 or WAV file, or TwiML with `<Play>`, `<Say>`, `<Pause>` or `<Redirect>`, played to this participant only. */
            AnnounceUrl?: components["schemas"]["HttpUrl"];
            /**
             * @description The HTTP method Twilio uses to request `AnnounceUrl`.
             * @default POST
             */
            AnnounceMethod?: components["schemas"]["HttpMethod"];
            /** @description The URL of music or TwiML played to the participant while the conference has not started. */
            WaitUrl?: components["schemas"]["HttpUrl"];
            /**
             * @description The HTTP method Twilio uses to request `WaitUrl`.
             * @default POST
             */
            WaitMethod?: components["schemas"]["HttpMethod"];
            /** @description Whether to play a beep to the conference when this participant leaves. */
            BeepOnExit?: boolean;
            /** @description Whether the conference ends, hanging up every other participant, when this participant leaves. */
            EndConferenceOnExit?: boolean;
            /** @description Makes the participant a coach of `CallSidToCoach` (`true`) or an ordinary participant (`false`). */
            Coaching?: boolean;
            /** @description The SID of the participant's call to coach. */
            CallSidToCoach?: components["schemas"]["CallSid"];
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
        /** @description A recording of a whole conference's mixed audio. Recordings of a single participant's call are not
         *     listed here. A conference recording is started by the `record` setting of the conference (TwiML or
         *     `ConferenceRecord` when adding a participant), never by this API.
         *
         *     `duration`, `price`, `price_unit` and `encryption_details` are `null` until the recording is complete;
         *     `error_code` is `null` unless `status` is `absent`.
         *      */
        ConferenceRecording: {
            /** @description The SID of the Account that owns the recording. */
            account_sid: components["schemas"]["AccountSid"];
            /**
             * @description The API version used to create the recording.
             * @example 2010-04-01
             */
            api_version: string;
            /** @description The SID of the call associated with the recording. */
            call_sid: components["schemas"]["CallSid"];
            /** @description The SID of the conference that was recorded. */
            conference_sid: components["schemas"]["ConferenceSid"];
            /** @description When the resource was created, in RFC 2822 format (GMT). */
            date_created: components["schemas"]["Rfc2822DateTime"];
            /** @description When the resource was last updated, in RFC 2822 format (GMT). */
            date_updated: components["schemas"]["Rfc2822DateTime"];
            /** @description When the recording started, in RFC 2822 format (GMT). */
            start_time: components["schemas"]["Rfc2822DateTime"];
            /** @description The length of the recording in seconds, as a string; `null` until it is complete. */
            duration: string | null;
            /** @description The unique string that identifies the recording. */
            sid: components["schemas"]["RecordingSid"];
            /** @description What the recording cost, as a decimal string in `price_unit` (negative for a charge); `null` until known. */
            price: string | null;
            /** @description The currency of `price`, an ISO 4217 code such as `USD`; `null` until known. */
            price_unit: string | null;
            status: components["schemas"]["ConferenceRecordingStatus"];
            /** @description The number of audio channels in the recording file. Conference recordings are mono (`1`). */
            channels: number;
            source: components["schemas"]["RecordingSource"];
            /** @description Why the recording is `absent`, as a Twilio error code; `null` for any other status. */
            error_code: number | null;
            /** @description How the recording is encrypted, for accounts with encrypted recordings; `null` otherwise. */
            encryption_details: ({
                /** @description The SID of the public key credential (`CR…`) used to encrypt the content key. */
                encryption_public_key_sid?: string;
                /** @description The content encryption key, encrypted with the public key. */
                encryption_cek?: string;
                /** @description The initialisation vector of the encryption. */
                encryption_iv?: string;
            } & {
                [key: string]: unknown;
            }) | null;
            /**
             * Format: uri-reference
             * @description The URI of this resource, relative to `https://api.twilio.com`.
             */
            uri: string;
        };
        /** @description One page of conference recordings in the 2010-04-01 API's flat paging envelope. Follow `next_page_uri`
         *     (relative to `https://api.twilio.com`) until it is `null`.
         *      */
        ConferenceRecordingPage: {
            recordings: components["schemas"]["ConferenceRecording"][];
            /** @description The zero-based index of the last item on this page, counted across all pages. */
            end: number;
            /**
             * Format: uri-reference
             * @description The URI of the first page, relative to `https://api.twilio.com`.
             */
            first_page_uri: string;
            /**
             * Format: uri-reference
             * @description The URI of the next page, relative to `https://api.twilio.com`; `null` on the last page.
             */
            next_page_uri: string | null;
            /** @description The zero-based index of this page. */
            page: number;
            /** @description The number of items requested per page. */
            page_size: number;
            /**
             * Format: uri-reference
             * @description The URI of the previous page, relative to `https://api.twilio.com`; `null` on the first page.
             */
            previous_page_uri: string | null;
            /** @description The zero-based index of the first item on this page, counted across all pages. */
            start: number;
            /**
             * Format: uri-reference
             * @description The URI of this page, relative to `https://api.twilio.com`.
             */
            uri: string;
        };
        /**
         * @description The state to move an active conference recording to: `paused`, `in-progress` (resume after a pause) or
         *     `stopped`.
         *
         * @enum {string}
         */
        ConferenceRecordingUpdateStatus: "in-progress" | "paused" | "stopped";
        /** @description Pauses, resumes or stops an active conference recording. Sent form-encoded. */
        UpdateConferenceRecordingRequest: {
            Status: components["schemas"]["ConferenceRecordingUpdateStatus"];
            /**
             * @description What a pause leaves in the file: `silence` records silence for the paused time, `skip` leaves the
             *     time out. Used only with `Status=paused`.
             *
             * @default silence
             * @enum {string}
             */
            PauseBehavior?: "skip" | "silence";
        };
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
         * @description Who answered, as answering machine detection (`MachineDetection`) found it: `human`, `fax`, `unknown`,
         *     `machine_start` (a machine, reported as soon as it is detected), or with `DetectMessageEnd` one of
         *     `machine_end_beep`, `machine_end_silence` and `machine_end_other` (reported once its greeting ends).
         *
         * @enum {string}
         */
        CallAnsweredBy: "human" | "machine" | "machine_start" | "machine_end_beep" | "machine_end_silence" | "machine_end_other" | "fax" | "unknown";
        /**
         * @description How the call came about: `inbound` (someone called one of your numbers), `outbound-api` (created
         *     through this API or the Participants API), `outbound-dial` (dialled by `<Dial>` from another call, its
         *     parent), or, on Elastic SIP Trunking, `trunking-originating` and `trunking-terminating`.
         *
         * @enum {string}
         */
        CallDirection: "inbound" | "outbound-api" | "outbound-dial" | "trunking-originating" | "trunking-terminating";
        /**
         * @description A phone number's SID — `PN` followed by 32 hexadecimal digits: one of your Twilio numbers
         *     (IncomingPhoneNumber) or a verified caller ID (OutgoingCallerId).
         *
         * @example PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        PhoneNumberSid: string;
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
        /** @description One page of calls in the 2010-04-01 API's flat paging envelope. Follow `next_page_uri`
         *     (relative to `https://api.twilio.com`) until it is `null`.
         *      */
        CallPage: {
            calls: components["schemas"]["Call"][];
            /** @description The zero-based index of the last item on this page, counted across all pages. */
            end: number;
            /**
             * Format: uri-reference
             * @description The URI of the first page, relative to `https://api.twilio.com`.
             */
            first_page_uri: string;
            /**
             * Format: uri-reference
             * @description The URI of the next page, relative to `https://api.twilio.com`; `null` on the last page.
             */
            next_page_uri: string | null;
            /** @description The zero-based index of this page. */
            page: number;
            /** @description The number of items requested per page. */
            page_size: number;
            /**
             * Format: uri-reference
             * @description The URI of the previous page, relative to `https://api.twilio.com`; `null` on the first page.
             */
            previous_page_uri: string | null;
            /** @description The zero-based index of the first item on this page, counted across all pages. */
            start: number;
            /**
             * Format: uri-reference
             * @description The URI of this page, relative to `https://api.twilio.com`.
             */
            uri: string;
        };
        /**
         * Format: uri
         * @description An absolute URL Twilio requests for TwiML, the instructions that run the call. Its answer must be TwiML
         *     (`text/xml` or `application/xml`) of at most 64 kB.
         *
         * @example https://www.example.com/voice
         */
        TwimlUrl: string;
        /**
         * @description A TwiML document given inline, up to 4,000 characters, e.g.
         *     `<Response><Dial><Conference>support-42</Conference></Dial></Response>`. Action URLs inside it
         *     (`<Gather action>`, `<Dial action>`, …) must be absolute: there is no document URL to resolve them
         *     against.
         *
         * @example <Response><Dial><Conference>support-42</Conference></Dial></Response>
         */
        InlineTwiml: string;
        /**
         * @description A TwiML App SID — `AP` followed by 32 hexadecimal digits.
         * @example APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        ApplicationSid: string;
        /**
         * @description A call progress event `StatusCallback` can be sent for: `initiated` (dialling starts), `ringing`,
         *     `answered` (sent with `CallStatus=in-progress`) and `completed` (the call ended, however it ended).
         *
         * @enum {string}
         */
        CallProgressEvent: "initiated" | "ringing" | "answered" | "completed";
        /** @description The call to place and what it does once answered. Sent form-encoded with Twilio's PascalCase names;
         *     booleans travel as `true` or `false`, and each array value is sent as its own repeated key
         *     (`StatusCallbackEvent=ringing&StatusCallbackEvent=answered`).
         *
         *     `To` and `From` are required, and so is one source of TwiML for the answered call: `Url`, `Twiml` or
         *     `ApplicationSid`. When both `Url` and `Twiml` are given, `Url` is used and `Twiml` is ignored. With
         *     `ApplicationSid` the TwiML App's voice settings apply, and `Method`, `FallbackUrl`, `FallbackMethod`,
         *     `StatusCallback`, `StatusCallbackMethod` and `StatusCallbackEvent` are ignored.
         *      */
        CreateCallRequest: {
            /** @description Who to call: a phone number in E.164 format, a SIP address (`sip:alice@example.com`) or a Client
             *     identity (`client:alice`).
             *      */
            To: components["schemas"]["CallAddress"];
            /**
             * @description The caller ID of the call: one of your Twilio numbers or a verified caller ID in E.164 format, or a
             *     Client identity. It must be a phone number when `To` is one.
             *
             * @example +15017122661
             */
            From: components["schemas"]["CallAddress"];
            /** @description The URL Twilio requests, with `Method`, for the TwiML to run once the call is answered. */
            Url?: components["schemas"]["TwimlUrl"];
            /** @description The TwiML to run once the call is answered, instead of requesting a URL; ignored when `Url` is given too. */
            Twiml?: components["schemas"]["InlineTwiml"];
            /** @description The TwiML App whose voice URL answers the call; its voice settings replace `Method`, the fallback and the status callback. */
            ApplicationSid?: components["schemas"]["ApplicationSid"];
            /**
             * @description The HTTP method Twilio uses to request `Url`.
             * @default POST
             */
            Method?: components["schemas"]["HttpMethod"];
            /** @description The URL Twilio requests when requesting or running the TwiML of `Url` fails, with `ErrorCode` and
             *     `ErrorUrl` added to the usual parameters.
             *      */
            FallbackUrl?: components["schemas"]["TwimlUrl"];
            /**
             * @description The HTTP method Twilio uses to request `FallbackUrl`.
             * @default POST
             */
            FallbackMethod?: components["schemas"]["HttpMethod"];
            /** @description The URL Twilio requests with the call's progress events (see `StatusCallbackEvent`). */
            StatusCallback?: components["schemas"]["CallbackUrl"];
            /**
             * @description The call progress events sent to `StatusCallback`. Only `completed` unless you list others.
             * @default [
             *       "completed"
             *     ]
             */
            StatusCallbackEvent?: components["schemas"]["CallProgressEvent"][];
            /**
             * @description The HTTP method Twilio uses to request `StatusCallback`.
             * @default POST
             */
            StatusCallbackMethod?: components["schemas"]["HttpMethod"];
            /** @description Keys to press once the call is answered, e.g. an extension: digits, `A`–`D`, `#` and `*`, with `w`
             *     for a half-second pause and `W` for a second. Answering machine detection is not run when it is set.
             *      */
            SendDigits?: string;
            /**
             * @description Seconds to let the call ring before treating it as unanswered. Twilio may add about five seconds.
             * @default 60
             */
            Timeout?: number;
            /**
             * @description Whether to record the call from the moment it is answered; the recording is reported to `StatusCallback` when the call ends.
             * @default false
             */
            Record?: boolean;
            /**
             * @description Whether the call's recording has one channel or one per party.
             * @default mono
             * @enum {string}
             */
            RecordingChannels?: "mono" | "dual";
            /** @description The URL Twilio requests when the call's recording changes state. */
            RecordingStatusCallback?: components["schemas"]["CallbackUrl"];
            /**
             * @description The HTTP method Twilio uses to request `RecordingStatusCallback`.
             * @default POST
             */
            RecordingStatusCallbackMethod?: components["schemas"]["HttpMethod"];
            /**
             * @description The recording states sent to `RecordingStatusCallback`. Only `completed` unless you list others.
             * @default [
             *       "completed"
             *     ]
             */
            RecordingStatusCallbackEvent?: ("in-progress" | "completed" | "absent")[];
            /**
             * @description Which audio of the call to record.
             * @default both
             * @enum {string}
             */
            RecordingTrack?: "inbound" | "outbound" | "both";
            /**
             * @description Whether to trim leading and trailing silence from the call's recording.
             * @default trim-silence
             * @enum {string}
             */
            Trim?: "trim-silence" | "do-not-trim";
            /**
             * @description Whether to detect an answering machine (`Enable`), or to wait for the end of its greeting too
             *     (`DetectMessageEnd`). The result is the call's `answered_by`. Ignored when `SendDigits` is set.
             *
             * @enum {string}
             */
            MachineDetection?: "Enable" | "DetectMessageEnd";
            /**
             * @description Seconds to try to detect a machine before giving up.
             * @default 30
             */
            MachineDetectionTimeout?: number;
            /**
             * @description The length of speech, in milliseconds, above which the answer is taken for a machine.
             * @default 2400
             */
            MachineDetectionSpeechThreshold?: number;
            /**
             * @description The silence, in milliseconds, after speech that counts as the end of it.
             * @default 1200
             */
            MachineDetectionSpeechEndThreshold?: number;
            /**
             * @description The initial silence, in milliseconds, after which the answer is reported as `unknown`.
             * @default 5000
             */
            MachineDetectionSilenceTimeout?: number;
            /**
             * @description Whether to detect the machine in the background while the TwiML runs, reporting to `AsyncAmdStatusCallback`, instead of before it.
             * @default false
             */
            AsyncAmd?: boolean;
            /** @description The URL Twilio requests with the result of background machine detection. */
            AsyncAmdStatusCallback?: components["schemas"]["CallbackUrl"];
            /**
             * @description The HTTP method Twilio uses to request `AsyncAmdStatusCallback`.
             * @default POST
             */
            AsyncAmdStatusCallbackMethod?: components["schemas"]["HttpMethod"];
            /** @description The caller ID shown to the called party, in the same forms as `From`. */
            CallerId?: components["schemas"]["CallAddress"];
            /** @description The user name to authenticate with when `To` is a SIP address. */
            SipAuthUsername?: string;
            /** @description The password to authenticate with when `To` is a SIP address. A credential, never returned. */
            SipAuthPassword?: string;
            /** @description The SID of a BYOC trunk (`BY…`) to place the call through. Used only when `To` is a phone number. */
            Byoc?: string;
            /** @description The reason for the call, shown to the called party (Branded Calls, in beta). */
            CallReason?: string;
            /** @description The `CallToken` of an incoming call, to forward it: the new call may then present the incoming
             *     call's caller ID.
             *      */
            CallToken?: string;
            /** @description The longest the call may last once answered, in seconds; four hours (14,400) unless set, and at most 24 hours where the account allows it. */
            TimeLimit?: number;
            /** @description The URL of a push notification service to notify a Voice SDK client of the call. */
            ClientNotificationUrl?: components["schemas"]["CallbackUrl"];
            /** @description The identifier of a recording configuration to apply to the call's recording. */
            RecordingConfigurationId?: string;
        } & ({
            Url: components["schemas"]["TwimlUrl"];
        } | {
            Twiml: components["schemas"]["InlineTwiml"];
        } | {
            ApplicationSid: components["schemas"]["ApplicationSid"];
        });
        /**
         * @description Hangs the call up. `canceled` ends a call that is `queued` or `ringing`; `completed` ends it whatever
         *     its state, including a call that is answered (a call running `<Dial>` is answered even while the leg it
         *     dials still rings).
         *
         * @enum {string}
         */
        CallUpdateStatus: "canceled" | "completed";
        /** @description What an update does to a call: hang it up (`Status`), or send a live call to new TwiML (`Url` or
         *     `Twiml`, not both), which it runs at once — a call in a conference leaves it. Sent form-encoded; every
         *     field is optional. Only a call that has not ended can be updated.
         *      */
        UpdateCallRequest: {
            /** @description The URL Twilio requests, with `Method`, for the TwiML the call runs from now on. */
            Url?: components["schemas"]["TwimlUrl"];
            /**
             * @description The HTTP method Twilio uses to request `Url`.
             * @default POST
             */
            Method?: components["schemas"]["HttpMethod"];
            /** @description The TwiML the call runs from now on, instead of requesting a URL. */
            Twiml?: components["schemas"]["InlineTwiml"];
            Status?: components["schemas"]["CallUpdateStatus"];
            /** @description The URL Twilio requests when requesting or running the TwiML of `Url` fails. */
            FallbackUrl?: components["schemas"]["TwimlUrl"];
            /**
             * @description The HTTP method Twilio uses to request `FallbackUrl`.
             * @default POST
             */
            FallbackMethod?: components["schemas"]["HttpMethod"];
            /** @description A new URL for the call's progress events. It can only be changed together with `Url`. */
            StatusCallback?: components["schemas"]["CallbackUrl"];
            /**
             * @description The HTTP method Twilio uses to request `StatusCallback`.
             * @default POST
             */
            StatusCallbackMethod?: components["schemas"]["HttpMethod"];
            /** @description A new limit on how long the call may last, in seconds from when it was answered. */
            TimeLimit?: number;
        };
        /**
         * @description A phone number in E.164 format, a `+` and up to fifteen digits.
         * @example +15017122661
         */
        E164PhoneNumber: string;
        /** @description A phone number on your account and what Twilio does when it is called. An incoming call requests
         *     `voice_url` for TwiML — unless `voice_application_sid` (a TwiML App's voice settings) or `trunk_sid` (an
         *     Elastic SIP Trunk) takes the call instead.
         *
         *     A URL or SID that is not set is `null`.
         *      */
        IncomingPhoneNumber: {
            /** @description The SID of the Account that owns the number. */
            account_sid: components["schemas"]["AccountSid"];
            /**
             * @description The API version incoming calls to the number run their TwiML with, sent to `voice_url` as `ApiVersion`.
             * @example 2010-04-01
             */
            api_version: string;
            /** @description What the number can do. */
            capabilities: {
                /** @description Whether the number can make and receive calls. */
                voice: boolean;
                /** @description Whether the number can send and receive SMS. */
                sms: boolean;
                /** @description Whether the number can send and receive MMS. */
                mms: boolean;
            } & {
                [key: string]: boolean;
            };
            /** @description When the number was added to the account, in RFC 2822 format (GMT). */
            date_created: components["schemas"]["Rfc2822DateTime"];
            /** @description When the number was last updated, in RFC 2822 format (GMT). */
            date_updated: components["schemas"]["Rfc2822DateTime"];
            /** @description A name for the number, up to 64 characters; the formatted number (`(415) 867-5309`) unless you gave one. */
            friendly_name: string;
            /** @description The number, in E.164 format. */
            phone_number: components["schemas"]["E164PhoneNumber"];
            /** @description The unique, Twilio-provided string that identifies this number. */
            sid: components["schemas"]["PhoneNumberSid"];
            /** @description The URL Twilio requests with the progress of each call to the number (when it ends, unless more events are asked for); `null` when not set. */
            status_callback: components["schemas"]["CallbackUrl"] | null;
            /** @description The HTTP method Twilio uses to request `status_callback`. */
            status_callback_method: components["schemas"]["HttpMethod"];
            /** @description The Elastic SIP Trunk that takes the number's calls; when set, the voice URLs and the TwiML App are not used. */
            trunk_sid: components["schemas"]["TrunkSid"] | null;
            /**
             * Format: uri-reference
             * @description The URI of this resource, relative to `https://api.twilio.com`.
             */
            uri: string;
            /** @description The TwiML App whose voice settings take the number's calls instead of `voice_url`; `null` when not set. */
            voice_application_sid: components["schemas"]["ApplicationSid"] | null;
            /** @description Whether Twilio looks up the caller's name (CNAM) and sends it to `voice_url` as `CallerName`. */
            voice_caller_id_lookup: boolean;
            /** @description The HTTP method Twilio uses to request `voice_fallback_url`. */
            voice_fallback_method: components["schemas"]["HttpMethod"];
            /** @description The URL Twilio requests when requesting or running the TwiML of `voice_url` fails, with `ErrorCode`
             *     and `ErrorUrl` added to the usual parameters; `null` when not set.
             *      */
            voice_fallback_url: components["schemas"]["TwimlUrl"] | null;
            /** @description The HTTP method Twilio uses to request `voice_url`. */
            voice_method: components["schemas"]["HttpMethod"];
            /**
             * @description Whether the number takes voice calls (`voice`) or faxes (`fax`).
             * @enum {string}
             */
            voice_receive_mode: "voice" | "fax";
            /** @description The URL Twilio requests for the TwiML of each call to the number; `null` when not set. */
            voice_url: components["schemas"]["TwimlUrl"] | null;
        };
        /** @description One page of incoming phone numbers in the 2010-04-01 API's flat paging envelope. Follow `next_page_uri`
         *     (relative to `https://api.twilio.com`) until it is `null`.
         *      */
        IncomingPhoneNumberPage: {
            incoming_phone_numbers: components["schemas"]["IncomingPhoneNumber"][];
            /** @description The zero-based index of the last item on this page, counted across all pages. */
            end: number;
            /**
             * Format: uri-reference
             * @description The URI of the first page, relative to `https://api.twilio.com`.
             */
            first_page_uri: string;
            /**
             * Format: uri-reference
             * @description The URI of the next page, relative to `https://api.twilio.com`; `null` on the last page.
             */
            next_page_uri: string | null;
            /** @description The zero-based index of this page. */
            page: number;
            /** @description The number of items requested per page. */
            page_size: number;
            /**
             * Format: uri-reference
             * @description The URI of the previous page, relative to `https://api.twilio.com`; `null` on the first page.
             */
            previous_page_uri: string | null;
            /** @description The zero-based index of the first item on this page, counted across all pages. */
            start: number;
            /**
             * Format: uri-reference
             * @description The URI of this page, relative to `https://api.twilio.com`.
             */
            uri: string;
        };
        /** @description The number to add to the account and how it answers calls. Sent form-encoded; only `PhoneNumber` is
         *     required. Calls to a number with neither `VoiceUrl`, `VoiceApplicationSid` nor `TrunkSid` have no
         *     TwiML to run.
         *      */
        CreateIncomingPhoneNumberRequest: {
            /** @description The number to add, in E.164 format. */
            PhoneNumber: components["schemas"]["E164PhoneNumber"];
            /** @description A name for the number, up to 64 characters; the formatted number when left out. */
            FriendlyName?: string;
            /** @description The URL Twilio requests, with `VoiceMethod`, for the TwiML of each call to the number. */
            VoiceUrl?: components["schemas"]["TwimlUrl"];
            /**
             * @description The HTTP method Twilio uses to request `VoiceUrl`.
             * @default POST
             */
            VoiceMethod?: components["schemas"]["HttpMethod"];
            /** @description The URL Twilio requests when requesting or running the TwiML of `VoiceUrl` fails. */
            VoiceFallbackUrl?: components["schemas"]["TwimlUrl"];
            /**
             * @description The HTTP method Twilio uses to request `VoiceFallbackUrl`.
             * @default POST
             */
            VoiceFallbackMethod?: components["schemas"]["HttpMethod"];
            /** @description The URL Twilio requests with the progress of each call to the number. */
            StatusCallback?: components["schemas"]["CallbackUrl"];
            /**
             * @description The HTTP method Twilio uses to request `StatusCallback`.
             * @default POST
             */
            StatusCallbackMethod?: components["schemas"]["HttpMethod"];
            /**
             * @description Whether to look up the caller's name (CNAM) and send it to `VoiceUrl` as `CallerName`.
             * @default false
             */
            VoiceCallerIdLookup?: boolean;
            /** @description A TwiML App whose voice settings take the number's calls instead of `VoiceUrl`. Setting it removes `TrunkSid`. */
            VoiceApplicationSid?: components["schemas"]["ApplicationSid"];
            /** @description An Elastic SIP Trunk that takes the number's calls; the voice URLs and the TwiML App are then not used. */
            TrunkSid?: components["schemas"]["TrunkSid"];
            /**
             * @description Whether the number takes voice calls or faxes.
             * @default voice
             * @enum {string}
             */
            VoiceReceiveMode?: "voice" | "fax";
        };
        /** @description An empty value, which removes the setting. */
        EmptyString: string;
        /** @description What an update can change about a number. Sent form-encoded; every field is optional, a field you leave
         *     out is left as it is, and an empty string removes a URL or SID.
         *      */
        UpdateIncomingPhoneNumberRequest: {
            /** @description A new name for the number, up to 64 characters. */
            FriendlyName?: string;
            /** @description The URL Twilio requests, with `VoiceMethod`, for the TwiML of each call to the number; empty to remove it. */
            VoiceUrl?: components["schemas"]["TwimlUrl"] | components["schemas"]["EmptyString"];
            /** @description The HTTP method Twilio uses to request `VoiceUrl`. */
            VoiceMethod?: components["schemas"]["HttpMethod"];
            /** @description The URL Twilio requests when requesting or running the TwiML of `VoiceUrl` fails; empty to remove it. */
            VoiceFallbackUrl?: components["schemas"]["TwimlUrl"] | components["schemas"]["EmptyString"];
            /** @description The HTTP method Twilio uses to request `VoiceFallbackUrl`. */
            VoiceFallbackMethod?: components["schemas"]["HttpMethod"];
            /** @description The URL Twilio requests with the progress of each call to the number; empty to remove it. */
            StatusCallback?: components["schemas"]["CallbackUrl"] | components["schemas"]["EmptyString"];
            /** @description The HTTP method Twilio uses to request `StatusCallback`. */
            StatusCallbackMethod?: components["schemas"]["HttpMethod"];
            /** @description Whether to look up the caller's name (CNAM) and send it to `VoiceUrl` as `CallerName`. */
            VoiceCallerIdLookup?: boolean;
            /** @description A TwiML App whose voice settings take the number's calls instead of `VoiceUrl`; empty to remove it. Setting it removes `TrunkSid`. */
            VoiceApplicationSid?: components["schemas"]["ApplicationSid"] | components["schemas"]["EmptyString"];
            /** @description An Elastic SIP Trunk that takes the number's calls; empty to remove it. */
            TrunkSid?: components["schemas"]["TrunkSid"] | components["schemas"]["EmptyString"];
            /**
             * @description Whether the number takes voice calls or faxes.
             * @enum {string}
             */
            VoiceReceiveMode?: "voice" | "fax";
        };
        /**
         * @description The position of this request among the callbacks of the same conference or call, as a decimal string. Requests can arrive out of order: sort by this number.
         * @example 1
         */
        CallbackSequenceNumber: string;
        /**
         * @description A date and time in GMT in RFC 2822 format, as Twilio writes them in callbacks; the day of the month may have one digit: `Thu, 1 Jun 2017 20:48:32 +0000`.
         * @example Thu, 1 Jun 2017 20:48:32 +0000
         */
        CallbackTimestamp: string;
        /** @description Sent once, when the conference starts: at least two participants are in it and one of them starts the conference on entering. */
        ConferenceStartCallback: {
            /** @description The SID of the Account that owns the conference. */
            AccountSid: components["schemas"]["AccountSid"];
            /** @description The SID of the conference. */
            ConferenceSid: components["schemas"]["ConferenceSid"];
            /** @description The friendly name of the conference. */
            FriendlyName: string;
            SequenceNumber: components["schemas"]["CallbackSequenceNumber"];
            /** @description When the event happened. */
            Timestamp: components["schemas"]["CallbackTimestamp"];
            /**
             * @description `conference-start`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            StatusCallbackEvent: "conference-start";
        };
        /** @description Sent once, when the conference ends; every remaining participant is hung up. */
        ConferenceEndCallback: {
            /** @description The SID of the Account that owns the conference. */
            AccountSid: components["schemas"]["AccountSid"];
            /** @description The SID of the conference. */
            ConferenceSid: components["schemas"]["ConferenceSid"];
            /** @description The friendly name of the conference. */
            FriendlyName: string;
            SequenceNumber: components["schemas"]["CallbackSequenceNumber"];
            /** @description When the event happened. */
            Timestamp: components["schemas"]["CallbackTimestamp"];
            /**
             * @description `conference-end`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            StatusCallbackEvent: "conference-end";
            ReasonConferenceEnded: components["schemas"]["ConferenceEndReason"];
            /** @description Why the conference ended, as a sentence for people. */
            Reason: string;
            /** @description The SID of the call whose participant ended the conference, when a participant did. */
            CallSidEndingConference?: components["schemas"]["CallSid"];
            /** @description The label of the participant that ended the conference, when it had one. */
            ParticipantLabelEndingConference?: components["schemas"]["ParticipantLabel"];
        };
        /**
         * @description A boolean as a form value: `true` or `false`.
         * @enum {string}
         */
        CallbackBoolean: "true" | "false";
        /** @description Sent when a participant joins or its state changes. The fields describe the participant after the change. */
        ParticipantEventCallback: {
            /** @description The SID of the Account that owns the conference. */
            AccountSid: components["schemas"]["AccountSid"];
            /** @description The SID of the conference. */
            ConferenceSid: components["schemas"]["ConferenceSid"];
            /** @description The friendly name of the conference. */
            FriendlyName: string;
            SequenceNumber: components["schemas"]["CallbackSequenceNumber"];
            /** @description When the event happened. */
            Timestamp: components["schemas"]["CallbackTimestamp"];
            /**
             * @description What happened to the participant: it joined, was muted or unmuted, put on hold or taken off it, had `BeepOnExit`, `EndConferenceOnExit`, `Coaching` or `WaitUrl` changed (`participant-modify`), or started or stopped speaking. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            StatusCallbackEvent: "participant-join" | "participant-mute" | "participant-unmute" | "participant-hold" | "participant-unhold" | "participant-modify" | "participant-speech-start" | "participant-speech-stop";
            /** @description The SID of the participant's call. */
            CallSid: components["schemas"]["CallSid"];
            /** @description The label of the participant, when it was given one. */
            ParticipantLabel?: components["schemas"]["ParticipantLabel"];
            /** @description Whether the participant is muted. */
            Muted: components["schemas"]["CallbackBoolean"];
            /** @description Whether the participant is on hold. */
            Hold: components["schemas"]["CallbackBoolean"];
            /** @description Whether the participant is coaching another call. */
            Coaching: components["schemas"]["CallbackBoolean"];
            /** @description Whether the conference ends when the participant leaves. */
            EndConferenceOnExit: components["schemas"]["CallbackBoolean"];
            /** @description Whether the participant starts the conference when it joins. */
            StartConferenceOnEnter: components["schemas"]["CallbackBoolean"];
        };
        /**
         * @description Why a participant left a conference: it hung up, it was removed or redirected by an update, the conference was ended through the API, a participant that ends the conference on exit left, or the call to add it failed.
         * @enum {string}
         */
        ReasonParticipantLeft: "participant_hung_up" | "participant_updated_via_api" | "conference_ended_via_api" | "moderator_ended_conference" | "participant_add_failed";
        /**
         * @description The final status of the call of a participant that left.
         * @enum {string}
         */
        ParticipantCallStatus: "completed" | "in-progress" | "no-answer" | "busy" | "failed" | "canceled";
        /** @description Sent when a participant leaves the conference, with why it left and how its call ended. */
        ParticipantLeaveCallback: {
            /** @description The SID of the Account that owns the conference. */
            AccountSid: components["schemas"]["AccountSid"];
            /** @description The SID of the conference. */
            ConferenceSid: components["schemas"]["ConferenceSid"];
            /** @description The friendly name of the conference. */
            FriendlyName: string;
            SequenceNumber: components["schemas"]["CallbackSequenceNumber"];
            /** @description When the event happened. */
            Timestamp: components["schemas"]["CallbackTimestamp"];
            /**
             * @description `participant-leave`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            StatusCallbackEvent: "participant-leave";
            /** @description The SID of the participant's call. */
            CallSid: components["schemas"]["CallSid"];
            /** @description The label of the participant, when it was given one. */
            ParticipantLabel?: components["schemas"]["ParticipantLabel"];
            /** @description Whether the participant is muted. */
            Muted: components["schemas"]["CallbackBoolean"];
            /** @description Whether the participant is on hold. */
            Hold: components["schemas"]["CallbackBoolean"];
            /** @description Whether the participant is coaching another call. */
            Coaching: components["schemas"]["CallbackBoolean"];
            /** @description Whether the conference ends when the participant leaves. */
            EndConferenceOnExit: components["schemas"]["CallbackBoolean"];
            /** @description Whether the participant starts the conference when it joins. */
            StartConferenceOnEnter: components["schemas"]["CallbackBoolean"];
            ReasonParticipantLeft: components["schemas"]["ReasonParticipantLeft"];
            ParticipantCallStatus: components["schemas"]["ParticipantCallStatus"];
        };
        /** @description Sent when an announcement has been played to the conference or to one participant. The participant fields are sent only for an announcement to one participant that is still in the conference. */
        AnnouncementEndCallback: {
            /** @description The SID of the Account that owns the conference. */
            AccountSid: components["schemas"]["AccountSid"];
            /** @description The SID of the conference. */
            ConferenceSid: components["schemas"]["ConferenceSid"];
            /** @description The friendly name of the conference. */
            FriendlyName: string;
            SequenceNumber: components["schemas"]["CallbackSequenceNumber"];
            /** @description When the event happened. */
            Timestamp: components["schemas"]["CallbackTimestamp"];
            /**
             * @description `announcement-end`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            StatusCallbackEvent: "announcement-end";
            /**
             * Format: uri
             * @description The URL of the announcement.
             */
            AnnounceUrl: string;
            /** @description The SID of the participant's call. */
            CallSid?: components["schemas"]["CallSid"];
            /** @description The label of the participant, when it was given one. */
            ParticipantLabel?: components["schemas"]["ParticipantLabel"];
            /** @description Whether the participant is muted. */
            Muted?: components["schemas"]["CallbackBoolean"];
            /** @description Whether the participant is on hold. */
            Hold?: components["schemas"]["CallbackBoolean"];
            /** @description Whether the participant is coaching another call. */
            Coaching?: components["schemas"]["CallbackBoolean"];
            /** @description Whether the conference ends when the participant leaves. */
            EndConferenceOnExit?: components["schemas"]["CallbackBoolean"];
            /** @description Whether the participant starts the conference when it joins. */
            StartConferenceOnEnter?: components["schemas"]["CallbackBoolean"];
        };
        /** @description Sent when an announcement could not be played because of an error inside Twilio. The participant fields are sent only for an announcement to one participant that is still in the conference. */
        AnnouncementFailCallback: {
            /** @description The SID of the Account that owns the conference. */
            AccountSid: components["schemas"]["AccountSid"];
            /** @description The SID of the conference. */
            ConferenceSid: components["schemas"]["ConferenceSid"];
            /** @description The friendly name of the conference. */
            FriendlyName: string;
            SequenceNumber: components["schemas"]["CallbackSequenceNumber"];
            /** @description When the event happened. */
            Timestamp: components["schemas"]["CallbackTimestamp"];
            /**
             * @description `announcement-fail`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            StatusCallbackEvent: "announcement-fail";
            /**
             * Format: uri
             * @description The URL of the announcement.
             */
            AnnounceUrl: string;
            /** @description Why the announcement failed, as a sentence for people. */
            ReasonAnnouncementFailed: string;
            /** @description The SID of the participant's call. */
            CallSid?: components["schemas"]["CallSid"];
            /** @description The label of the participant, when it was given one. */
            ParticipantLabel?: components["schemas"]["ParticipantLabel"];
            /** @description Whether the participant is muted. */
            Muted?: components["schemas"]["CallbackBoolean"];
            /** @description Whether the participant is on hold. */
            Hold?: components["schemas"]["CallbackBoolean"];
            /** @description Whether the participant is coaching another call. */
            Coaching?: components["schemas"]["CallbackBoolean"];
            /** @description Whether the conference ends when the participant leaves. */
            EndConferenceOnExit?: components["schemas"]["CallbackBoolean"];
            /** @description Whether the participant starts the conference when it joins. */
            StartConferenceOnEnter?: components["schemas"]["CallbackBoolean"];
        };
        /** @description One conference event, form-encoded. `StatusCallbackEvent` names the event and decides which other fields are sent. Only the events subscribed to with `ConferenceStatusCallbackEvent` (or TwiML `statusCallbackEvent`) are sent. */
        ConferenceStatusCallback: components["schemas"]["ConferenceStartCallback"] | components["schemas"]["ConferenceEndCallback"] | components["schemas"]["ParticipantEventCallback"] | components["schemas"]["ParticipantLeaveCallback"] | components["schemas"]["AnnouncementEndCallback"] | components["schemas"]["AnnouncementFailCallback"];
        /** @description Sent while the participant's call is dialled and when it is answered, for the events subscribed to with `StatusCallbackEvent`. */
        ParticipantCallProgressCallback: {
            /** @description The SID of the Account that owns the call. */
            AccountSid: components["schemas"]["AccountSid"];
            /** @description The SID of the participant's call. */
            CallSid: components["schemas"]["CallSid"];
            /** @description The SID of the call that created this one, when there is one. */
            ParentCallSid?: components["schemas"]["CallSid"];
            /** @description The caller ID of the call. */
            From: string;
            /** @description The called party. */
            To: string;
            /**
             * @description Where the call stands: `initiated` when it is dialled, `ringing`, or `in-progress` once answered. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            CallStatus: "queued" | "initiated" | "ringing" | "in-progress";
            /**
             * @description The API version of the call.
             * @example 2010-04-01
             */
            ApiVersion: string;
            /**
             * @description The direction of the call; a participant added through this API is `outbound-api`.
             * @enum {string}
             */
            Direction: "inbound" | "outbound-api" | "outbound-dial";
            /** @description The number the call was forwarded from, when the carrier says. */
            ForwardedFrom?: string;
            /** @description The caller name, when caller name lookup is enabled. */
            CallerName?: string;
            /** @description When the event happened. */
            Timestamp: components["schemas"]["CallbackTimestamp"];
            /**
             * @description Always `call-progress-events`.
             * @constant
             */
            CallbackSource: "call-progress-events";
            /** @description The position of this request among the progress callbacks of the call, from `0`. Requests can arrive out of order. */
            SequenceNumber: components["schemas"]["CallbackSequenceNumber"];
            /**
             * @description The SHAKEN/STIR attestation of the caller ID, when there is one.
             * @enum {string}
             */
            StirStatus?: "A" | "B" | "C";
        };
        /** @description Sent when the participant's call ends, however it ends (the `completed` event). */
        ParticipantCallEndedCallback: {
            /** @description The SID of the Account that owns the call. */
            AccountSid: components["schemas"]["AccountSid"];
            /** @description The SID of the participant's call. */
            CallSid: components["schemas"]["CallSid"];
            /** @description The SID of the call that created this one, when there is one. */
            ParentCallSid?: components["schemas"]["CallSid"];
            /** @description The caller ID of the call. */
            From: string;
            /** @description The called party. */
            To: string;
            /**
             * @description How the call ended. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            CallStatus: "completed" | "busy" | "failed" | "no-answer" | "canceled";
            /**
             * @description The API version of the call.
             * @example 2010-04-01
             */
            ApiVersion: string;
            /**
             * @description The direction of the call; a participant added through this API is `outbound-api`.
             * @enum {string}
             */
            Direction: "inbound" | "outbound-api" | "outbound-dial";
            /** @description The number the call was forwarded from, when the carrier says. */
            ForwardedFrom?: string;
            /** @description The caller name, when caller name lookup is enabled. */
            CallerName?: string;
            /** @description When the event happened. */
            Timestamp: components["schemas"]["CallbackTimestamp"];
            /**
             * @description Always `call-progress-events`.
             * @constant
             */
            CallbackSource: "call-progress-events";
            /** @description The position of this request among the progress callbacks of the call, from `0`. Requests can arrive out of order. */
            SequenceNumber: components["schemas"]["CallbackSequenceNumber"];
            /** @description How long the call lasted, in seconds. */
            CallDuration: string;
            /** @description The billed length of the call, in minutes. */
            Duration?: string;
            /** @description The SIP response code that ended the call, e.g. `487` when it was not answered in time. */
            SipResponseCode?: string;
            /**
             * Format: uri
             * @description The URL of the recording of the call, when `Record=true`.
             */
            RecordingUrl?: string;
            /** @description The SID of the recording of the call, when `Record=true`. */
            RecordingSid?: components["schemas"]["RecordingSid"];
            /** @description The length of the recording in seconds, when `Record=true`. */
            RecordingDuration?: string;
        };
        /** @description The progress of a participant's call, form-encoded. `CallStatus` decides which fields are sent. */
        ParticipantCallStatusCallback: components["schemas"]["ParticipantCallProgressCallback"] | components["schemas"]["ParticipantCallEndedCallback"];
        /** @description A change in the state of a conference recording, form-encoded, for the states subscribed to with `ConferenceRecordingStatusCallbackEvent`. */
        ConferenceRecordingStatusCallback: {
            /** @description The SID of the Account that owns the recording. */
            AccountSid: components["schemas"]["AccountSid"];
            /** @description The SID of the recorded conference. */
            ConferenceSid: components["schemas"]["ConferenceSid"];
            /** @description The SID of the recording. */
            RecordingSid: components["schemas"]["RecordingSid"];
            /**
             * Format: uri
             * @description The URL of the recording file.
             */
            RecordingUrl: string;
            /**
             * @description The state of the recording.
             * @enum {string}
             */
            RecordingStatus: "in-progress" | "completed" | "absent" | "failed";
            /** @description The length of the recording in seconds, once it is complete. */
            RecordingDuration?: string;
            /**
             * @description The number of channels: conference recordings are mono.
             * @constant
             */
            RecordingChannels: "1";
            /** @description When the recording started. */
            RecordingStartTime: components["schemas"]["CallbackTimestamp"];
            /**
             * @description Always `Conference`.
             * @constant
             */
            RecordingSource: "Conference";
        };
        /**
         * @description Where the call stands when Twilio makes the request: `ringing` for an incoming call that is not
         *     answered yet, `in-progress` once it is answered; the other values are those of call progress
         *     (`queued`, `initiated`) and of a call that has ended (`completed`, `busy`, `failed`, `no-answer`,
         *     `canceled`).
         *
         * @enum {string}
         */
        VoiceRequestCallStatus: "queued" | "initiated" | "ringing" | "in-progress" | "completed" | "busy" | "failed" | "no-answer" | "canceled";
        /**
         * @description How the call came about: `inbound` (someone called one of your numbers), `outbound-api` (created
         *     through the API) or `outbound-dial` (dialled by `<Dial>` from another call).
         *
         * @enum {string}
         */
        VoiceRequestDirection: "inbound" | "outbound-api" | "outbound-dial";
        /** @description A place from the lookup of a phone number (a city, a state, a postal code or a country code); sent only when the lookup found it. */
        CallerLocation: string;
        /** @description What Twilio sends when it requests TwiML for a call, form-encoded (or as the query string when the
         *     method is `GET`): who is calling whom, the call's state and how it came about. Fields that are not known
         *     for a call are not sent.
         *      */
        CallVoiceRequestCallback: {
            /** @description The SID of the Account that owns the call. */
            AccountSid: components["schemas"]["AccountSid"];
            /** @description The SID of the call. */
            CallSid: components["schemas"]["CallSid"];
            /** @description The caller: a phone number in E.164 format or `client:name`; `anonymous`, `unknown` or other text
             *     when the caller ID is withheld.
             *      */
            From: components["schemas"]["CallAddress"];
            /** @description The called party, in E.164 format or as `client:name`. */
            To: components["schemas"]["CallAddress"];
            CallStatus: components["schemas"]["VoiceRequestCallStatus"];
            /**
             * @description The API version of the call: for an incoming call, the one set on the number called; otherwise the
             *     version of the request that created the call.
             *
             * @example 2010-04-01
             */
            ApiVersion: string;
            Direction: components["schemas"]["VoiceRequestDirection"];
            /** @description The SID of the call that created this one, for a call dialled by `<Dial>`; not sent for a first leg. */
            ParentCallSid?: components["schemas"]["CallSid"];
            /** @description The number an incoming call was forwarded from, when the carrier says so. */
            ForwardedFrom?: string;
            /** @description The caller's name from a caller name (CNAM) lookup, when the number called has `VoiceCallerIdLookup` on. */
            CallerName?: string;
            /** @description A token of an incoming call: pass it as `CallToken` when creating a call that forwards this one, so
             *     the new call can present this caller's ID.
             *      */
            CallToken?: string;
            /** @description Who answered, for a call placed with `MachineDetection` (not with `AsyncAmd`). */
            AnsweredBy?: components["schemas"]["CallAnsweredBy"];
            /** @description The caller's city. */
            FromCity?: components["schemas"]["CallerLocation"];
            /** @description The caller's state or province. */
            FromState?: components["schemas"]["CallerLocation"];
            /** @description The caller's postal code. */
            FromZip?: components["schemas"]["CallerLocation"];
            /** @description The caller's country, as an ISO 3166-1 alpha-2 code. */
            FromCountry?: components["schemas"]["CallerLocation"];
            /** @description The called party's city. */
            ToCity?: components["schemas"]["CallerLocation"];
            /** @description The called party's state or province. */
            ToState?: components["schemas"]["CallerLocation"];
            /** @description The called party's postal code. */
            ToZip?: components["schemas"]["CallerLocation"];
            /** @description The called party's country, as an ISO 3166-1 alpha-2 code. */
            ToCountry?: components["schemas"]["CallerLocation"];
            /** @description The same as `To`, under its older name. */
            Called?: components["schemas"]["CallAddress"];
            /** @description The same as `From`, under its older name. */
            Caller?: string;
            /** @description The same as `ToCity`, under its older name. */
            CalledCity?: components["schemas"]["CallerLocation"];
            /** @description The same as `ToState`, under its older name. */
            CalledState?: components["schemas"]["CallerLocation"];
            /** @description The same as `ToZip`, under its older name. */
            CalledZip?: components["schemas"]["CallerLocation"];
            /** @description The same as `ToCountry`, under its older name. */
            CalledCountry?: components["schemas"]["CallerLocation"];
            /** @description The same as `FromCity`, under its older name. */
            CallerCity?: components["schemas"]["CallerLocation"];
            /** @description The same as `FromState`, under its older name. */
            CallerState?: components["schemas"]["CallerLocation"];
            /** @description The same as `FromZip`, under its older name. */
            CallerZip?: components["schemas"]["CallerLocation"];
            /** @description The same as `FromCountry`, under its older name. */
            CallerCountry?: components["schemas"]["CallerLocation"];
            /** @description Only on a request to a fallback URL: the code of the error that made the request to `ErrorUrl` fail
             *     (e.g. `11200` for a failed request, `12100` for TwiML that does not parse).
             *      */
            ErrorCode?: string;
            /**
             * Format: uri
             * @description Only on a request to a fallback URL, with `ErrorCode`: the URL whose TwiML could not be fetched or run.
             */
            ErrorUrl?: string;
        };
        /**
         * @description A TwiML document: XML whose root element is `<Response>`, with the verbs to run in order. At most 64 kB;
         *     a larger body is error 11750, an empty one 11770, and XML that does not parse 12100.
         *
         * @example <?xml version="1.0" encoding="UTF-8"?><Response><Hangup/></Response>
         */
        TwimlDocument: string;
        /**
         * @description How `<Dial>` ended: `answered` (the caller was connected to a conference and left it), `completed`
         *     (the dialled party answered and the call between them ended), `busy`, `no-answer`, `failed`, or
         *     `canceled` (the dialled leg was canceled through the API before it answered).
         *
         * @enum {string}
         */
        DialCallStatus: "answered" | "completed" | "busy" | "no-answer" | "failed" | "canceled";
        /** @description What Twilio sends to `<Dial action>` when `<Dial>` ends: the voice request's fields, plus how the dial
         *     ended. After `<Dial><Conference>`, `DialCallStatus` is `answered` and neither `DialCallSid` nor
         *     `DialCallDuration` is sent: the caller was in a conference, not on a call with one other leg.
         *      */
        DialActionCallback: {
            /** @description The SID of the Account that owns the call. */
            AccountSid: components["schemas"]["AccountSid"];
            /** @description The SID of the call. */
            CallSid: components["schemas"]["CallSid"];
            /** @description The caller: a phone number in E.164 format or `client:name`; `anonymous`, `unknown` or other text
             *     when the caller ID is withheld.
             *      */
            From: components["schemas"]["CallAddress"];
            /** @description The called party, in E.164 format or as `client:name`. */
            To: components["schemas"]["CallAddress"];
            CallStatus: components["schemas"]["VoiceRequestCallStatus"];
            /**
             * @description The API version of the call: for an incoming call, the one set on the number called; otherwise the
             *     version of the request that created the call.
             *
             * @example 2010-04-01
             */
            ApiVersion: string;
            Direction: components["schemas"]["VoiceRequestDirection"];
            /** @description The SID of the call that created this one, for a call dialled by `<Dial>`; not sent for a first leg. */
            ParentCallSid?: components["schemas"]["CallSid"];
            /** @description The number an incoming call was forwarded from, when the carrier says so. */
            ForwardedFrom?: string;
            /** @description The caller's name from a caller name (CNAM) lookup, when the number called has `VoiceCallerIdLookup` on. */
            CallerName?: string;
            /** @description A token of an incoming call: pass it as `CallToken` when creating a call that forwards this one, so
             *     the new call can present this caller's ID.
             *      */
            CallToken?: string;
            /** @description Who answered, for a call placed with `MachineDetection` (not with `AsyncAmd`). */
            AnsweredBy?: components["schemas"]["CallAnsweredBy"];
            /** @description The caller's city. */
            FromCity?: components["schemas"]["CallerLocation"];
            /** @description The caller's state or province. */
            FromState?: components["schemas"]["CallerLocation"];
            /** @description The caller's postal code. */
            FromZip?: components["schemas"]["CallerLocation"];
            /** @description The caller's country, as an ISO 3166-1 alpha-2 code. */
            FromCountry?: components["schemas"]["CallerLocation"];
            /** @description The called party's city. */
            ToCity?: components["schemas"]["CallerLocation"];
            /** @description The called party's state or province. */
            ToState?: components["schemas"]["CallerLocation"];
            /** @description The called party's postal code. */
            ToZip?: components["schemas"]["CallerLocation"];
            /** @description The called party's country, as an ISO 3166-1 alpha-2 code. */
            ToCountry?: components["schemas"]["CallerLocation"];
            /** @description The same as `To`, under its older name. */
            Called?: components["schemas"]["CallAddress"];
            /** @description The same as `From`, under its older name. */
            Caller?: string;
            /** @description The same as `ToCity`, under its older name. */
            CalledCity?: components["schemas"]["CallerLocation"];
            /** @description The same as `ToState`, under its older name. */
            CalledState?: components["schemas"]["CallerLocation"];
            /** @description The same as `ToZip`, under its older name. */
            CalledZip?: components["schemas"]["CallerLocation"];
            /** @description The same as `ToCountry`, under its older name. */
            CalledCountry?: components["schemas"]["CallerLocation"];
            /** @description The same as `FromCity`, under its older name. */
            CallerCity?: components["schemas"]["CallerLocation"];
            /** @description The same as `FromState`, under its older name. */
            CallerState?: components["schemas"]["CallerLocation"];
            /** @description The same as `FromZip`, under its older name. */
            CallerZip?: components["schemas"]["CallerLocation"];
            /** @description The same as `FromCountry`, under its older name. */
            CallerCountry?: components["schemas"]["CallerLocation"];
            /** @description Only on a request to a fallback URL: the code of the error that made the request to `ErrorUrl` fail
             *     (e.g. `11200` for a failed request, `12100` for TwiML that does not parse).
             *      */
            ErrorCode?: string;
            /**
             * Format: uri
             * @description Only on a request to a fallback URL, with `ErrorCode`: the URL whose TwiML could not be fetched or run.
             */
            ErrorUrl?: string;
            DialCallStatus: components["schemas"]["DialCallStatus"];
            /** @description The SID of the leg `<Dial>` placed; not sent after a conference. */
            DialCallSid?: components["schemas"]["CallSid"];
            /** @description How long the dialled leg lasted, in seconds; not sent after a conference, nor when the leg was sent to other TwiML. */
            DialCallDuration?: string;
            /** @description Whether the caller was connected to what it dialled (for a conference, whether it joined it). */
            DialBridged?: components["schemas"]["CallbackBoolean"];
            /**
             * Format: uri
             * @description The URL of the recording of the dial, when `<Dial record>` was set; the file may not be ready yet.
             */
            RecordingUrl?: string;
        };
        /** @description What Twilio sends to `<Gather action>` when the caller has given input: the voice request's fields, plus
         *     the keys pressed (`Digits`) or what was said (`SpeechResult` and `Confidence`). With
         *     `actionOnEmptyResult` the request is also made when there was no input, and then neither is sent.
         *      */
        GatherActionCallback: {
            /** @description The SID of the Account that owns the call. */
            AccountSid: components["schemas"]["AccountSid"];
            /** @description The SID of the call. */
            CallSid: components["schemas"]["CallSid"];
            /** @description The caller: a phone number in E.164 format or `client:name`; `anonymous`, `unknown` or other text
             *     when the caller ID is withheld.
             *      */
            From: components["schemas"]["CallAddress"];
            /** @description The called party, in E.164 format or as `client:name`. */
            To: components["schemas"]["CallAddress"];
            CallStatus: components["schemas"]["VoiceRequestCallStatus"];
            /**
             * @description The API version of the call: for an incoming call, the one set on the number called; otherwise the
             *     version of the request that created the call.
             *
             * @example 2010-04-01
             */
            ApiVersion: string;
            Direction: components["schemas"]["VoiceRequestDirection"];
            /** @description The SID of the call that created this one, for a call dialled by `<Dial>`; not sent for a first leg. */
            ParentCallSid?: components["schemas"]["CallSid"];
            /** @description The number an incoming call was forwarded from, when the carrier says so. */
            ForwardedFrom?: string;
            /** @description The caller's name from a caller name (CNAM) lookup, when the number called has `VoiceCallerIdLookup` on. */
            CallerName?: string;
            /** @description A token of an incoming call: pass it as `CallToken` when creating a call that forwards this one, so
             *     the new call can present this caller's ID.
             *      */
            CallToken?: string;
            /** @description Who answered, for a call placed with `MachineDetection` (not with `AsyncAmd`). */
            AnsweredBy?: components["schemas"]["CallAnsweredBy"];
            /** @description The caller's city. */
            FromCity?: components["schemas"]["CallerLocation"];
            /** @description The caller's state or province. */
            FromState?: components["schemas"]["CallerLocation"];
            /** @description The caller's postal code. */
            FromZip?: components["schemas"]["CallerLocation"];
            /** @description The caller's country, as an ISO 3166-1 alpha-2 code. */
            FromCountry?: components["schemas"]["CallerLocation"];
            /** @description The called party's city. */
            ToCity?: components["schemas"]["CallerLocation"];
            /** @description The called party's state or province. */
            ToState?: components["schemas"]["CallerLocation"];
            /** @description The called party's postal code. */
            ToZip?: components["schemas"]["CallerLocation"];
            /** @description The called party's country, as an ISO 3166-1 alpha-2 code. */
            ToCountry?: components["schemas"]["CallerLocation"];
            /** @description The same as `To`, under its older name. */
            Called?: components["schemas"]["CallAddress"];
            /** @description The same as `From`, under its older name. */
            Caller?: string;
            /** @description The same as `ToCity`, under its older name. */
            CalledCity?: components["schemas"]["CallerLocation"];
            /** @description The same as `ToState`, under its older name. */
            CalledState?: components["schemas"]["CallerLocation"];
            /** @description The same as `ToZip`, under its older name. */
            CalledZip?: components["schemas"]["CallerLocation"];
            /** @description The same as `ToCountry`, under its older name. */
            CalledCountry?: components["schemas"]["CallerLocation"];
            /** @description The same as `FromCity`, under its older name. */
            CallerCity?: components["schemas"]["CallerLocation"];
            /** @description The same as `FromState`, under its older name. */
            CallerState?: components["schemas"]["CallerLocation"];
            /** @description The same as `FromZip`, under its older name. */
            CallerZip?: components["schemas"]["CallerLocation"];
            /** @description The same as `FromCountry`, under its older name. */
            CallerCountry?: components["schemas"]["CallerLocation"];
            /** @description Only on a request to a fallback URL: the code of the error that made the request to `ErrorUrl` fail
             *     (e.g. `11200` for a failed request, `12100` for TwiML that does not parse).
             *      */
            ErrorCode?: string;
            /**
             * Format: uri
             * @description Only on a request to a fallback URL, with `ErrorCode`: the URL whose TwiML could not be fetched or run.
             */
            ErrorUrl?: string;
            /** @description The keys the caller pressed, without the `finishOnKey` key that ended the input. */
            Digits?: string;
            /** @description The key that ended the input (`finishOnKey`); empty when the input ended another way (`numDigits` reached or the timeout). */
            FinishedOnKey?: string;
            /** @description What the caller said, transcribed, for `input` with `speech`. */
            SpeechResult?: string;
            /** @description How sure the recognizer is of `SpeechResult`, from `0.0` to `1.0`. */
            Confidence?: string;
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
        /** @description The call was not created: a parameter is missing or malformed, or the numbers cannot be used (the
         *     caller ID is not yours or not verified, the number called is invalid, unreachable, blocked or in a
         *     country the account may not call). The message names the problem.
         *      */
        CreateCallBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TwilioError"];
            };
        };
        /** @description The update was refused: a parameter is malformed, or the call's state does not allow it (21220): a call
         *     that has ended cannot be redirected or hung up, and an answered call cannot be canceled.
         *      */
        UpdateCallBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TwilioError"];
            };
        };
        /** @description The call was not deleted because it has not ended (21220); hang it up first. */
        DeleteCallBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TwilioError"];
            };
        };
    };
    parameters: {
        /**
         * @description The SID of the Account that owns the conferences.
         * @example ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        AccountSid: components["schemas"]["AccountSid"];
        /**
         * @description Only conferences created on this UTC date (`YYYY-MM-DD`).
         * @example 2021-01-01
         */
        DateCreated: string;
        /**
         * @description Only conferences created on or before this UTC date (`YYYY-MM-DD`); written `DateCreated<=2021-01-01` in a URL.
         * @example 2021-01-01
         */
        DateCreatedBefore: string;
        /**
         * @description Only conferences created on or after this UTC date (`YYYY-MM-DD`); written `DateCreated>=2021-01-01` in a URL.
         * @example 2021-01-01
         */
        DateCreatedAfter: string;
        /**
         * @description Only conferences last updated on this UTC date (`YYYY-MM-DD`).
         * @example 2021-01-01
         */
        DateUpdated: string;
        /**
         * @description Only conferences last updated on or before this UTC date (`YYYY-MM-DD`); written `DateUpdated<=2021-01-01` in a URL.
         * @example 2021-01-01
         */
        DateUpdatedBefore: string;
        /**
         * @description Only conferences last updated on or after this UTC date (`YYYY-MM-DD`); written `DateUpdated>=2021-01-01` in a URL.
         * @example 2021-01-01
         */
        DateUpdatedAfter: string;
        /**
         * @description Only conferences with exactly this friendly name.
         * @example MyRoom
         */
        FriendlyName: string;
        /**
         * @description Only conferences with this status.
         * @example in-progress
         */
        Status: components["schemas"]["ConferenceStatus"];
        /**
         * @description How many resources to return in each list page. The default is 50, and the maximum is 1000.
         * @example 50
         */
        PageSize: number;
        /**
         * @description The page index. This value is simply for client state; follow the next-page link of a response
         *     rather than computing it.
         *
         * @example 0
         */
        Page: number;
        /**
         * @description The page token. This is provided by the API in the next- and previous-page links.
         * @example PACFcccccccccccccccccccccccccccccccc
         */
        PageToken: string & components["schemas"]["FreeText"];
        /**
         * @description The SID of the conference (`CF…`).
         * @example CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        ConferenceSid: components["schemas"]["ConferenceSid"];
        /**
         * @description The SID of the conference (`CF…`).
         * @example CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        ParentConferenceSid: components["schemas"]["ConferenceSid"];
        /**
         * @description Only participants that are muted (`true`) or not (`false`).
         * @example true
         */
        ParticipantMutedFilter: boolean;
        /**
         * @description Only participants that are on hold (`true`) or not (`false`).
         * @example true
         */
        ParticipantHoldFilter: boolean;
        /**
         * @description Only participants that are coaching (`true`) or not (`false`).
         * @example false
         */
        ParticipantCoachingFilter: boolean;
        /**
         * @description The conference to add the participant to: its SID (`CF…`), which must be a conference that has not
         *     ended, or a friendly name. With a name, the participant joins the conference of that name that is in
         *     progress, or a new conference of that name is created. Percent-encode characters that are not URL-safe.
         *
         * @example MyRoom
         */
        ConferenceSidOrFriendlyName: components["schemas"]["ConferenceSid"] | string;
        /**
         * @description The participant: the SID of its call (`CA…`) or the label it was given. Percent-encode characters of
         *     a label that are not URL-safe (a space is `%20`).
         *
         * @example CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        ParticipantCallSidOrLabel: components["schemas"]["CallSid"] | components["schemas"]["ParticipantLabel"];
        /**
         * @description Only recordings created on this UTC date (`YYYY-MM-DD`).
         * @example 2021-01-01
         */
        RecordingDateCreated: string;
        /**
         * @description Only recordings created on or before this UTC date (`YYYY-MM-DD`); written `DateCreated<=2021-01-01` in a URL.
         * @example 2021-01-01
         */
        RecordingDateCreatedBefore: string;
        /**
         * @description Only recordings created on or after this UTC date (`YYYY-MM-DD`); written `DateCreated>=2021-01-01` in a URL.
         * @example 2021-01-01
         */
        RecordingDateCreatedAfter: string;
        /**
         * @description The SID of the conference recording (`RE…`).
         * @example REaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        ConferenceRecordingSid: components["schemas"]["RecordingSid"];
        /**
         * @description The SID of the conference recording (`RE…`), or `Twilio.CURRENT` for the conference's active recording.
         * @example Twilio.CURRENT
         */
        ConferenceRecordingSidOrCurrent: components["schemas"]["RecordingSid"] | "Twilio.CURRENT";
        /**
         * @description Only calls to this party (a phone number in E.164 format, a SIP address or `client:name`).
         * @example +15558675310
         */
        CallToFilter: components["schemas"]["CallAddress"];
        /**
         * @description Only calls from this caller (a phone number in E.164 format, a SIP address or `client:name`).
         * @example +15017122661
         */
        CallFromFilter: components["schemas"]["CallAddress"];
        /**
         * @description Only the calls this call created, e.g. the legs it dialled with `<Dial>`.
         * @example CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        ParentCallSidFilter: components["schemas"]["CallSid"];
        /**
         * @description Only calls with this status.
         * @example in-progress
         */
        CallStatusFilter: components["schemas"]["CallStatus"];
        /**
         * @description Only calls that started on this UTC date (`YYYY-MM-DD`).
         * @example 2021-01-01
         */
        CallStartTime: string;
        /**
         * @description Only calls that started on or before this UTC date (`YYYY-MM-DD`); written `StartTime<=2021-01-01` in a URL.
         * @example 2021-01-01
         */
        CallStartTimeBefore: string;
        /**
         * @description Only calls that started on or after this UTC date (`YYYY-MM-DD`); written `StartTime>=2021-01-01` in a URL.
         * @example 2021-01-01
         */
        CallStartTimeAfter: string;
        /**
         * @description Only calls that ended on this UTC date (`YYYY-MM-DD`).
         * @example 2021-01-01
         */
        CallEndTime: string;
        /**
         * @description Only calls that ended on or before this UTC date (`YYYY-MM-DD`); written `EndTime<=2021-01-01` in a URL.
         * @example 2021-01-01
         */
        CallEndTimeBefore: string;
        /**
         * @description Only calls that ended on or after this UTC date (`YYYY-MM-DD`); written `EndTime>=2021-01-01` in a URL.
         * @example 2021-01-01
         */
        CallEndTimeAfter: string;
        /**
         * @description The SID of the call (`CA…`).
         * @example CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        CallSid: components["schemas"]["CallSid"];
        /**
         * @description Only numbers that contain this pattern; `*` stands for any one digit (`+1415*******`).
         * @example +15017122661
         */
        PhoneNumberFilter: string;
        /**
         * @description Only numbers with exactly this friendly name.
         * @example Support line
         */
        PhoneNumberFriendlyNameFilter: string;
        /**
         * @description The SID of the phone number (`PN…`).
         * @example PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        IncomingPhoneNumberSid: components["schemas"]["PhoneNumberSid"];
        /**
         * @description Twilio's signature of the request: the Base64 HMAC-SHA1, keyed with your Auth Token, of the full URL
         *     followed by every form parameter name and value, names sorted. Compute it yourself and compare in
         *     constant time before trusting the request.
         *
         * @example L/OH5YylLD5NRKLltdqwSvS0BnU=
         */
        TwilioSignature: string;
    };
    requestBodies: {
        /** @description The changes to make, form-encoded as Twilio expects for every write. Parameters not listed here are
         *     ignored, as Twilio ignores them; the sandbox records a journal warning naming them.
         *      */
        UpdateConference: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["UpdateConferenceRequest"];
            };
        };
        /** @description The call to place into the conference, form-encoded; arrays are sent as repeated keys. Parameters not
         *     listed here are ignored, as Twilio ignores them; the sandbox records a journal warning naming them.
         *      */
        CreateParticipant: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["CreateParticipantRequest"];
            };
        };
        /** @description The changes to make, form-encoded. Parameters not listed here are ignored, as Twilio ignores them; the
         *     sandbox records a journal warning naming them.
         *      */
        UpdateParticipant: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["UpdateParticipantRequest"];
            };
        };
        /** @description The state to move the recording to, form-encoded. Parameters not listed here are ignored, as Twilio
         *     ignores them; the sandbox records a journal warning naming them.
         *      */
        UpdateConferenceRecording: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["UpdateConferenceRecordingRequest"];
            };
        };
        /** @description The call to place, form-encoded; arrays are sent as repeated keys. Parameters not listed here are ignored, as Twilio ignores them; the
         *     sandbox records a journal warning naming them.
         *      */
        CreateCall: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["CreateCallRequest"];
            };
        };
        /** @description The change to make, form-encoded. Parameters not listed here are ignored, as Twilio ignores them; the
         *     sandbox records a journal warning naming them.
         *      */
        UpdateCall: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["UpdateCallRequest"];
            };
        };
        /** @description The number to add and its voice settings, form-encoded. Parameters not listed here are ignored, as Twilio ignores them; the
         *     sandbox records a journal warning naming them.
         *      */
        CreateIncomingPhoneNumber: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["CreateIncomingPhoneNumberRequest"];
            };
        };
        /** @description The settings to change, form-encoded. Parameters not listed here are ignored, as Twilio ignores them; the
         *     sandbox records a journal warning naming them.
         *      */
        UpdateIncomingPhoneNumber: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["UpdateIncomingPhoneNumberRequest"];
            };
        };
    };
    headers: never;
    pathItems: never;
}
export type SchemaAccountSid = components['schemas']['AccountSid'];
export type SchemaConferenceStatus = components['schemas']['ConferenceStatus'];
export type SchemaFreeText = components['schemas']['FreeText'];
export type SchemaTwilioError = components['schemas']['TwilioError'];
export type SchemaCallSid = components['schemas']['CallSid'];
export type SchemaRfc2822DateTime = components['schemas']['Rfc2822DateTime'];
export type SchemaConferenceEndReason = components['schemas']['ConferenceEndReason'];
export type SchemaRegion = components['schemas']['Region'];
export type SchemaConferenceSid = components['schemas']['ConferenceSid'];
export type SchemaConference = components['schemas']['Conference'];
export type SchemaConferencePage = components['schemas']['ConferencePage'];
export type SchemaConferenceUpdateStatus = components['schemas']['ConferenceUpdateStatus'];
export type SchemaHttpUrl = components['schemas']['HttpUrl'];
export type SchemaHttpMethod = components['schemas']['HttpMethod'];
export type SchemaUpdateConferenceRequest = components['schemas']['UpdateConferenceRequest'];
export type SchemaParticipantLabel = components['schemas']['ParticipantLabel'];
export type SchemaParticipantStatus = components['schemas']['ParticipantStatus'];
export type SchemaParticipant = components['schemas']['Participant'];
export type SchemaParticipantPage = components['schemas']['ParticipantPage'];
export type SchemaPhoneNumberOrAddress = components['schemas']['PhoneNumberOrAddress'];
export type SchemaCallbackUrl = components['schemas']['CallbackUrl'];
export type SchemaCreateParticipantRequest = components['schemas']['CreateParticipantRequest'];
export type SchemaUpdateParticipantRequest = components['schemas']['UpdateParticipantRequest'];
export type SchemaRecordingSid = components['schemas']['RecordingSid'];
export type SchemaConferenceRecordingStatus = components['schemas']['ConferenceRecordingStatus'];
export type SchemaRecordingSource = components['schemas']['RecordingSource'];
export type SchemaConferenceRecording = components['schemas']['ConferenceRecording'];
export type SchemaConferenceRecordingPage = components['schemas']['ConferenceRecordingPage'];
export type SchemaConferenceRecordingUpdateStatus = components['schemas']['ConferenceRecordingUpdateStatus'];
export type SchemaUpdateConferenceRecordingRequest = components['schemas']['UpdateConferenceRecordingRequest'];
export type SchemaCallAddress = components['schemas']['CallAddress'];
export type SchemaCallStatus = components['schemas']['CallStatus'];
export type SchemaCallAnsweredBy = components['schemas']['CallAnsweredBy'];
export type SchemaCallDirection = components['schemas']['CallDirection'];
export type SchemaPhoneNumberSid = components['schemas']['PhoneNumberSid'];
export type SchemaTrunkSid = components['schemas']['TrunkSid'];
export type SchemaCall = components['schemas']['Call'];
export type SchemaCallPage = components['schemas']['CallPage'];
export type SchemaTwimlUrl = components['schemas']['TwimlUrl'];
export type SchemaInlineTwiml = components['schemas']['InlineTwiml'];
export type SchemaApplicationSid = components['schemas']['ApplicationSid'];
export type SchemaCallProgressEvent = components['schemas']['CallProgressEvent'];
export type SchemaCreateCallRequest = components['schemas']['CreateCallRequest'];
export type SchemaCallUpdateStatus = components['schemas']['CallUpdateStatus'];
export type SchemaUpdateCallRequest = components['schemas']['UpdateCallRequest'];
export type SchemaE164PhoneNumber = components['schemas']['E164PhoneNumber'];
export type SchemaIncomingPhoneNumber = components['schemas']['IncomingPhoneNumber'];
export type SchemaIncomingPhoneNumberPage = components['schemas']['IncomingPhoneNumberPage'];
export type SchemaCreateIncomingPhoneNumberRequest = components['schemas']['CreateIncomingPhoneNumberRequest'];
export type SchemaEmptyString = components['schemas']['EmptyString'];
export type SchemaUpdateIncomingPhoneNumberRequest = components['schemas']['UpdateIncomingPhoneNumberRequest'];
export type SchemaCallbackSequenceNumber = components['schemas']['CallbackSequenceNumber'];
export type SchemaCallbackTimestamp = components['schemas']['CallbackTimestamp'];
export type SchemaConferenceStartCallback = components['schemas']['ConferenceStartCallback'];
export type SchemaConferenceEndCallback = components['schemas']['ConferenceEndCallback'];
export type SchemaCallbackBoolean = components['schemas']['CallbackBoolean'];
export type SchemaParticipantEventCallback = components['schemas']['ParticipantEventCallback'];
export type SchemaReasonParticipantLeft = components['schemas']['ReasonParticipantLeft'];
export type SchemaParticipantCallStatus = components['schemas']['ParticipantCallStatus'];
export type SchemaParticipantLeaveCallback = components['schemas']['ParticipantLeaveCallback'];
export type SchemaAnnouncementEndCallback = components['schemas']['AnnouncementEndCallback'];
export type SchemaAnnouncementFailCallback = components['schemas']['AnnouncementFailCallback'];
export type SchemaConferenceStatusCallback = components['schemas']['ConferenceStatusCallback'];
export type SchemaParticipantCallProgressCallback = components['schemas']['ParticipantCallProgressCallback'];
export type SchemaParticipantCallEndedCallback = components['schemas']['ParticipantCallEndedCallback'];
export type SchemaParticipantCallStatusCallback = components['schemas']['ParticipantCallStatusCallback'];
export type SchemaConferenceRecordingStatusCallback = components['schemas']['ConferenceRecordingStatusCallback'];
export type SchemaVoiceRequestCallStatus = components['schemas']['VoiceRequestCallStatus'];
export type SchemaVoiceRequestDirection = components['schemas']['VoiceRequestDirection'];
export type SchemaCallerLocation = components['schemas']['CallerLocation'];
export type SchemaCallVoiceRequestCallback = components['schemas']['CallVoiceRequestCallback'];
export type SchemaTwimlDocument = components['schemas']['TwimlDocument'];
export type SchemaDialCallStatus = components['schemas']['DialCallStatus'];
export type SchemaDialActionCallback = components['schemas']['DialActionCallback'];
export type SchemaGatherActionCallback = components['schemas']['GatherActionCallback'];
export type ResponseUnexpectedError = components['responses']['UnexpectedError'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseCreateCallBadRequest = components['responses']['CreateCallBadRequest'];
export type ResponseUpdateCallBadRequest = components['responses']['UpdateCallBadRequest'];
export type ResponseDeleteCallBadRequest = components['responses']['DeleteCallBadRequest'];
export type ParameterAccountSid = components['parameters']['AccountSid'];
export type ParameterDateCreated = components['parameters']['DateCreated'];
export type ParameterDateCreatedBefore = components['parameters']['DateCreatedBefore'];
export type ParameterDateCreatedAfter = components['parameters']['DateCreatedAfter'];
export type ParameterDateUpdated = components['parameters']['DateUpdated'];
export type ParameterDateUpdatedBefore = components['parameters']['DateUpdatedBefore'];
export type ParameterDateUpdatedAfter = components['parameters']['DateUpdatedAfter'];
export type ParameterFriendlyName = components['parameters']['FriendlyName'];
export type ParameterStatus = components['parameters']['Status'];
export type ParameterPageSize = components['parameters']['PageSize'];
export type ParameterPage = components['parameters']['Page'];
export type ParameterPageToken = components['parameters']['PageToken'];
export type ParameterConferenceSid = components['parameters']['ConferenceSid'];
export type ParameterParentConferenceSid = components['parameters']['ParentConferenceSid'];
export type ParameterParticipantMutedFilter = components['parameters']['ParticipantMutedFilter'];
export type ParameterParticipantHoldFilter = components['parameters']['ParticipantHoldFilter'];
export type ParameterParticipantCoachingFilter = components['parameters']['ParticipantCoachingFilter'];
export type ParameterConferenceSidOrFriendlyName = components['parameters']['ConferenceSidOrFriendlyName'];
export type ParameterParticipantCallSidOrLabel = components['parameters']['ParticipantCallSidOrLabel'];
export type ParameterRecordingDateCreated = components['parameters']['RecordingDateCreated'];
export type ParameterRecordingDateCreatedBefore = components['parameters']['RecordingDateCreatedBefore'];
export type ParameterRecordingDateCreatedAfter = components['parameters']['RecordingDateCreatedAfter'];
export type ParameterConferenceRecordingSid = components['parameters']['ConferenceRecordingSid'];
export type ParameterConferenceRecordingSidOrCurrent = components['parameters']['ConferenceRecordingSidOrCurrent'];
export type ParameterCallToFilter = components['parameters']['CallToFilter'];
export type ParameterCallFromFilter = components['parameters']['CallFromFilter'];
export type ParameterParentCallSidFilter = components['parameters']['ParentCallSidFilter'];
export type ParameterCallStatusFilter = components['parameters']['CallStatusFilter'];
export type ParameterCallStartTime = components['parameters']['CallStartTime'];
export type ParameterCallStartTimeBefore = components['parameters']['CallStartTimeBefore'];
export type ParameterCallStartTimeAfter = components['parameters']['CallStartTimeAfter'];
export type ParameterCallEndTime = components['parameters']['CallEndTime'];
export type ParameterCallEndTimeBefore = components['parameters']['CallEndTimeBefore'];
export type ParameterCallEndTimeAfter = components['parameters']['CallEndTimeAfter'];
export type ParameterCallSid = components['parameters']['CallSid'];
export type ParameterPhoneNumberFilter = components['parameters']['PhoneNumberFilter'];
export type ParameterPhoneNumberFriendlyNameFilter = components['parameters']['PhoneNumberFriendlyNameFilter'];
export type ParameterIncomingPhoneNumberSid = components['parameters']['IncomingPhoneNumberSid'];
export type ParameterTwilioSignature = components['parameters']['TwilioSignature'];
export type RequestBodyUpdateConference = components['requestBodies']['UpdateConference'];
export type RequestBodyCreateParticipant = components['requestBodies']['CreateParticipant'];
export type RequestBodyUpdateParticipant = components['requestBodies']['UpdateParticipant'];
export type RequestBodyUpdateConferenceRecording = components['requestBodies']['UpdateConferenceRecording'];
export type RequestBodyCreateCall = components['requestBodies']['CreateCall'];
export type RequestBodyUpdateCall = components['requestBodies']['UpdateCall'];
export type RequestBodyCreateIncomingPhoneNumber = components['requestBodies']['CreateIncomingPhoneNumber'];
export type RequestBodyUpdateIncomingPhoneNumber = components['requestBodies']['UpdateIncomingPhoneNumber'];
export type $defs = Record<string, never>;
export interface operations {
    ListConference: {
        parameters: {
            query?: {
                /**
                 * @description Only conferences created on this UTC date (`YYYY-MM-DD`).
                 * @example 2021-01-01
                 */
                DateCreated?: components["parameters"]["DateCreated"];
                /**
                 * @description Only conferences created on or before this UTC date (`YYYY-MM-DD`); written `DateCreated<=2021-01-01` in a URL.
                 * @example 2021-01-01
                 */
                "DateCreated<"?: components["parameters"]["DateCreatedBefore"];
                /**
                 * @description Only conferences created on or after this UTC date (`YYYY-MM-DD`); written `DateCreated>=2021-01-01` in a URL.
                 * @example 2021-01-01
                 */
                "DateCreated>"?: components["parameters"]["DateCreatedAfter"];
                /**
                 * @description Only conferences last updated on this UTC date (`YYYY-MM-DD`).
                 * @example 2021-01-01
                 */
                DateUpdated?: components["parameters"]["DateUpdated"];
                /**
                 * @description Only conferences last updated on or before this UTC date (`YYYY-MM-DD`); written `DateUpdated<=2021-01-01` in a URL.
                 * @example 2021-01-01
                 */
                "DateUpdated<"?: components["parameters"]["DateUpdatedBefore"];
                /**
                 * @description Only conferences last updated on or after this UTC date (`YYYY-MM-DD`); written `DateUpdated>=2021-01-01` in a URL.
                 * @example 2021-01-01
                 */
                "DateUpdated>"?: components["parameters"]["DateUpdatedAfter"];
                /**
                 * @description Only conferences with exactly this friendly name.
                 * @example MyRoom
                 */
                FriendlyName?: components["parameters"]["FriendlyName"];
                /**
                 * @description Only conferences with this status.
                 * @example in-progress
                 */
                Status?: components["parameters"]["Status"];
                /**
                 * @description How many resources to return in each list page. The default is 50, and the maximum is 1000.
                 * @example 50
                 */
                PageSize?: components["parameters"]["PageSize"];
                /**
                 * @description The page index. This value is simply for client state; follow the next-page link of a response
                 *     rather than computing it.
                 *
                 * @example 0
                 */
                Page?: components["parameters"]["Page"];
                /**
                 * @description The page token. This is provided by the API in the next- and previous-page links.
                 * @example PACFcccccccccccccccccccccccccccccccc
                 */
                PageToken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path: {
                /**
                 * @description The SID of the Account that owns the conferences.
                 * @example ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                AccountSid: components["parameters"]["AccountSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of conferences. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConferencePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    FetchConference: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Account that owns the conferences.
                 * @example ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                AccountSid: components["parameters"]["AccountSid"];
                /**
                 * @description The SID of the conference (`CF…`).
                 * @example CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                Sid: components["parameters"]["ConferenceSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conference. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conference"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    UpdateConference: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Account that owns the conferences.
                 * @example ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                AccountSid: components["parameters"]["AccountSid"];
                /**
                 * @description The SID of the conference (`CF…`).
                 * @example CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                Sid: components["parameters"]["ConferenceSid"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["UpdateConference"];
        responses: {
            /** @description The conference after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conference"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    ListParticipant: {
        parameters: {
            query?: {
                /**
                 * @description Only participants that are muted (`true`) or not (`false`).
                 * @example true
                 */
                Muted?: components["parameters"]["ParticipantMutedFilter"];
                /**
                 * @description Only participants that are on hold (`true`) or not (`false`).
                 * @example true
                 */
                Hold?: components["parameters"]["ParticipantHoldFilter"];
                /**
                 * @description Only participants that are coaching (`true`) or not (`false`).
                 * @example false
                 */
                Coaching?: components["parameters"]["ParticipantCoachingFilter"];
                /**
                 * @description How many resources to return in each list page. The default is 50, and the maximum is 1000.
                 * @example 50
                 */
                PageSize?: components["parameters"]["PageSize"];
                /**
                 * @description The page index. This value is simply for client state; follow the next-page link of a response
                 *     rather than computing it.
                 *
                 * @example 0
                 */
                Page?: components["parameters"]["Page"];
                /**
                 * @description The page token. This is provided by the API in the next- and previous-page links.
                 * @example PACFcccccccccccccccccccccccccccccccc
                 */
                PageToken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path: {
                /**
                 * @description The SID of the Account that owns the conferences.
                 * @example ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                AccountSid: components["parameters"]["AccountSid"];
                /**
                 * @description The SID of the conference (`CF…`).
                 * @example CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConferenceSid: components["parameters"]["ParentConferenceSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of participants. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    CreateParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Account that owns the conferences.
                 * @example ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                AccountSid: components["parameters"]["AccountSid"];
                /**
                 * @description The conference to add the participant to: its SID (`CF…`), which must be a conference that has not
                 *     ended, or a friendly name. With a name, the participant joins the conference of that name that is in
                 *     progress, or a new conference of that name is created. Percent-encode characters that are not URL-safe.
                 *
                 * @example MyRoom
                 */
                ConferenceSid: components["parameters"]["ConferenceSidOrFriendlyName"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreateParticipant"];
        responses: {
            /** @description The participant, queued to be dialled. */
            201: {
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
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    FetchParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Account that owns the conferences.
                 * @example ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                AccountSid: components["parameters"]["AccountSid"];
                /**
                 * @description The SID of the conference (`CF…`).
                 * @example CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConferenceSid: components["parameters"]["ParentConferenceSid"];
                /**
                 * @description The participant: the SID of its call (`CA…`) or the label it was given. Percent-encode characters of
                 *     a label that are not URL-safe (a space is `%20`).
                 *
                 * @example CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                CallSid: components["parameters"]["ParticipantCallSidOrLabel"];
            };
            cookie?: never;
        };
        requestBody?: never;
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
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    UpdateParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Account that owns the conferences.
                 * @example ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                AccountSid: components["parameters"]["AccountSid"];
                /**
                 * @description The SID of the conference (`CF…`).
                 * @example CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConferenceSid: components["parameters"]["ParentConferenceSid"];
                /**
                 * @description The participant: the SID of its call (`CA…`) or the label it was given. Percent-encode characters of
                 *     a label that are not URL-safe (a space is `%20`).
                 *
                 * @example CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                CallSid: components["parameters"]["ParticipantCallSidOrLabel"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["UpdateParticipant"];
        responses: {
            /** @description The participant after the update. */
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
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    DeleteParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Account that owns the conferences.
                 * @example ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                AccountSid: components["parameters"]["AccountSid"];
                /**
                 * @description The SID of the conference (`CF…`).
                 * @example CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConferenceSid: components["parameters"]["ParentConferenceSid"];
                /**
                 * @description The participant: the SID of its call (`CA…`) or the label it was given. Percent-encode characters of
                 *     a label that are not URL-safe (a space is `%20`).
                 *
                 * @example CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                CallSid: components["parameters"]["ParticipantCallSidOrLabel"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The participant was removed; the answer has no body. */
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
    ListConferenceRecording: {
        parameters: {
            query?: {
                /**
                 * @description Only recordings created on this UTC date (`YYYY-MM-DD`).
                 * @example 2021-01-01
                 */
                DateCreated?: components["parameters"]["RecordingDateCreated"];
                /**
                 * @description Only recordings created on or before this UTC date (`YYYY-MM-DD`); written `DateCreated<=2021-01-01` in a URL.
                 * @example 2021-01-01
                 */
                "DateCreated<"?: components["parameters"]["RecordingDateCreatedBefore"];
                /**
                 * @description Only recordings created on or after this UTC date (`YYYY-MM-DD`); written `DateCreated>=2021-01-01` in a URL.
                 * @example 2021-01-01
                 */
                "DateCreated>"?: components["parameters"]["RecordingDateCreatedAfter"];
                /**
                 * @description How many resources to return in each list page. The default is 50, and the maximum is 1000.
                 * @example 50
                 */
                PageSize?: components["parameters"]["PageSize"];
                /**
                 * @description The page index. This value is simply for client state; follow the next-page link of a response
                 *     rather than computing it.
                 *
                 * @example 0
                 */
                Page?: components["parameters"]["Page"];
                /**
                 * @description The page token. This is provided by the API in the next- and previous-page links.
                 * @example PACFcccccccccccccccccccccccccccccccc
                 */
                PageToken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path: {
                /**
                 * @description The SID of the Account that owns the conferences.
                 * @example ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                AccountSid: components["parameters"]["AccountSid"];
                /**
                 * @description The SID of the conference (`CF…`).
                 * @example CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConferenceSid: components["parameters"]["ParentConferenceSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of conference recordings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConferenceRecordingPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    FetchConferenceRecording: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Account that owns the conferences.
                 * @example ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                AccountSid: components["parameters"]["AccountSid"];
                /**
                 * @description The SID of the conference (`CF…`).
                 * @example CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConferenceSid: components["parameters"]["ParentConferenceSid"];
                /**
                 * @description The SID of the conference recording (`RE…`).
                 * @example REaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                Sid: components["parameters"]["ConferenceRecordingSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conference recording. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConferenceRecording"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    UpdateConferenceRecording: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Account that owns the conferences.
                 * @example ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                AccountSid: components["parameters"]["AccountSid"];
                /**
                 * @description The SID of the conference (`CF…`).
                 * @example CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConferenceSid: components["parameters"]["ParentConferenceSid"];
                /**
                 * @description The SID of the conference recording (`RE…`), or `Twilio.CURRENT` for the conference's active recording.
                 * @example Twilio.CURRENT
                 */
                Sid: components["parameters"]["ConferenceRecordingSidOrCurrent"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdateConferenceRecording"];
        responses: {
            /** @description The recording after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConferenceRecording"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    DeleteConferenceRecording: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Account that owns the conferences.
                 * @example ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                AccountSid: components["parameters"]["AccountSid"];
                /**
                 * @description The SID of the conference (`CF…`).
                 * @example CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConferenceSid: components["parameters"]["ParentConferenceSid"];
                /**
                 * @description The SID of the conference recording (`RE…`).
                 * @example REaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                Sid: components["parameters"]["ConferenceRecordingSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recording was deleted; the answer has no body. */
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
    ListCall: {
        parameters: {
            query?: {
                /**
                 * @description Only calls to this party (a phone number in E.164 format, a SIP address or `client:name`).
                 * @example +15558675310
                 */
                To?: components["parameters"]["CallToFilter"];
                /**
                 * @description Only calls from this caller (a phone number in E.164 format, a SIP address or `client:name`).
                 * @example +15017122661
                 */
                From?: components["parameters"]["CallFromFilter"];
                /**
                 * @description Only the calls this call created, e.g. the legs it dialled with `<Dial>`.
                 * @example CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ParentCallSid?: components["parameters"]["ParentCallSidFilter"];
                /**
                 * @description Only calls with this status.
                 * @example in-progress
                 */
                Status?: components["parameters"]["CallStatusFilter"];
                /**
                 * @description Only calls that started on this UTC date (`YYYY-MM-DD`).
                 * @example 2021-01-01
                 */
                StartTime?: components["parameters"]["CallStartTime"];
                /**
                 * @description Only calls that started on or before this UTC date (`YYYY-MM-DD`); written `StartTime<=2021-01-01` in a URL.
                 * @example 2021-01-01
                 */
                "StartTime<"?: components["parameters"]["CallStartTimeBefore"];
                /**
                 * @description Only calls that started on or after this UTC date (`YYYY-MM-DD`); written `StartTime>=2021-01-01` in a URL.
                 * @example 2021-01-01
                 */
                "StartTime>"?: components["parameters"]["CallStartTimeAfter"];
                /**
                 * @description Only calls that ended on this UTC date (`YYYY-MM-DD`).
                 * @example 2021-01-01
                 */
                EndTime?: components["parameters"]["CallEndTime"];
                /**
                 * @description Only calls that ended on or before this UTC date (`YYYY-MM-DD`); written `EndTime<=2021-01-01` in a URL.
                 * @example 2021-01-01
                 */
                "EndTime<"?: components["parameters"]["CallEndTimeBefore"];
                /**
                 * @description Only calls that ended on or after this UTC date (`YYYY-MM-DD`); written `EndTime>=2021-01-01` in a URL.
                 * @example 2021-01-01
                 */
                "EndTime>"?: components["parameters"]["CallEndTimeAfter"];
                /**
                 * @description How many resources to return in each list page. The default is 50, and the maximum is 1000.
                 * @example 50
                 */
                PageSize?: components["parameters"]["PageSize"];
                /**
                 * @description The page index. This value is simply for client state; follow the next-page link of a response
                 *     rather than computing it.
                 *
                 * @example 0
                 */
                Page?: components["parameters"]["Page"];
                /**
                 * @description The page token. This is provided by the API in the next- and previous-page links.
                 * @example PACFcccccccccccccccccccccccccccccccc
                 */
                PageToken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path: {
                /**
                 * @description The SID of the Account that owns the conferences.
                 * @example ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                AccountSid: components["parameters"]["AccountSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of calls. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    CreateCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Account that owns the conferences.
                 * @example ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                AccountSid: components["parameters"]["AccountSid"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreateCall"];
        responses: {
            /** @description The call, queued to be placed. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            400: components["responses"]["CreateCallBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    FetchCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Account that owns the conferences.
                 * @example ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                AccountSid: components["parameters"]["AccountSid"];
                /**
                 * @description The SID of the call (`CA…`).
                 * @example CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                Sid: components["parameters"]["CallSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The call. */
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
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    UpdateCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Account that owns the conferences.
                 * @example ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                AccountSid: components["parameters"]["AccountSid"];
                /**
                 * @description The SID of the call (`CA…`).
                 * @example CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                Sid: components["parameters"]["CallSid"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["UpdateCall"];
        responses: {
            /** @description The call after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            400: components["responses"]["UpdateCallBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    DeleteCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Account that owns the conferences.
                 * @example ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                AccountSid: components["parameters"]["AccountSid"];
                /**
                 * @description The SID of the call (`CA…`).
                 * @example CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                Sid: components["parameters"]["CallSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The call record was deleted; the answer has no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["DeleteCallBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    ListIncomingPhoneNumber: {
        parameters: {
            query?: {
                /**
                 * @description Only numbers that contain this pattern; `*` stands for any one digit (`+1415*******`).
                 * @example +15017122661
                 */
                PhoneNumber?: components["parameters"]["PhoneNumberFilter"];
                /**
                 * @description Only numbers with exactly this friendly name.
                 * @example Support line
                 */
                FriendlyName?: components["parameters"]["PhoneNumberFriendlyNameFilter"];
                /**
                 * @description How many resources to return in each list page. The default is 50, and the maximum is 1000.
                 * @example 50
                 */
                PageSize?: components["parameters"]["PageSize"];
                /**
                 * @description The page index. This value is simply for client state; follow the next-page link of a response
                 *     rather than computing it.
                 *
                 * @example 0
                 */
                Page?: components["parameters"]["Page"];
                /**
                 * @description The page token. This is provided by the API in the next- and previous-page links.
                 * @example PACFcccccccccccccccccccccccccccccccc
                 */
                PageToken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path: {
                /**
                 * @description The SID of the Account that owns the conferences.
                 * @example ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                AccountSid: components["parameters"]["AccountSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of phone numbers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncomingPhoneNumberPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    CreateIncomingPhoneNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Account that owns the conferences.
                 * @example ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                AccountSid: components["parameters"]["AccountSid"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreateIncomingPhoneNumber"];
        responses: {
            /** @description The number, added to the account. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncomingPhoneNumber"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    FetchIncomingPhoneNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Account that owns the conferences.
                 * @example ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                AccountSid: components["parameters"]["AccountSid"];
                /**
                 * @description The SID of the phone number (`PN…`).
                 * @example PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                Sid: components["parameters"]["IncomingPhoneNumberSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The phone number. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncomingPhoneNumber"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    UpdateIncomingPhoneNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Account that owns the conferences.
                 * @example ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                AccountSid: components["parameters"]["AccountSid"];
                /**
                 * @description The SID of the phone number (`PN…`).
                 * @example PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                Sid: components["parameters"]["IncomingPhoneNumberSid"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["UpdateIncomingPhoneNumber"];
        responses: {
            /** @description The phone number after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncomingPhoneNumber"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    DeleteIncomingPhoneNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the Account that owns the conferences.
                 * @example ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                AccountSid: components["parameters"]["AccountSid"];
                /**
                 * @description The SID of the phone number (`PN…`).
                 * @example PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                Sid: components["parameters"]["IncomingPhoneNumberSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The number was released; the answer has no body. */
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
    ConferenceStatusCallback: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Twilio's signature of the request: the Base64 HMAC-SHA1, keyed with your Auth Token, of the full URL
                 *     followed by every form parameter name and value, names sorted. Compute it yourself and compare in
                 *     constant time before trusting the request.
                 *
                 * @example L/OH5YylLD5NRKLltdqwSvS0BnU=
                 */
                "X-Twilio-Signature": components["parameters"]["TwilioSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ConferenceStatusCallback"];
            };
        };
        responses: {
            /** @description Received. Twilio ignores the body of your answer; any 2xx status will do. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ParticipantCallStatusCallback: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Twilio's signature of the request: the Base64 HMAC-SHA1, keyed with your Auth Token, of the full URL
                 *     followed by every form parameter name and value, names sorted. Compute it yourself and compare in
                 *     constant time before trusting the request.
                 *
                 * @example L/OH5YylLD5NRKLltdqwSvS0BnU=
                 */
                "X-Twilio-Signature": components["parameters"]["TwilioSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ParticipantCallStatusCallback"];
            };
        };
        responses: {
            /** @description Received. Twilio ignores the body of your answer; any 2xx status will do. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ConferenceRecordingStatusCallback: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Twilio's signature of the request: the Base64 HMAC-SHA1, keyed with your Auth Token, of the full URL
                 *     followed by every form parameter name and value, names sorted. Compute it yourself and compare in
                 *     constant time before trusting the request.
                 *
                 * @example L/OH5YylLD5NRKLltdqwSvS0BnU=
                 */
                "X-Twilio-Signature": components["parameters"]["TwilioSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ConferenceRecordingStatusCallback"];
            };
        };
        responses: {
            /** @description Received. Twilio ignores the body of your answer; any 2xx status will do. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CallVoiceRequestCallback: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Twilio's signature of the request: the Base64 HMAC-SHA1, keyed with your Auth Token, of the full URL
                 *     followed by every form parameter name and value, names sorted. Compute it yourself and compare in
                 *     constant time before trusting the request.
                 *
                 * @example L/OH5YylLD5NRKLltdqwSvS0BnU=
                 */
                "X-Twilio-Signature": components["parameters"]["TwilioSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["CallVoiceRequestCallback"];
            };
        };
        responses: {
            /** @description The TwiML to run next, as `text/xml` or `application/xml` (at most 64 kB). Any other answer
             *     (a failed request, a status other than 2xx, another content type, a body that is not TwiML)
             *     is an error: Twilio requests the fallback URL if there is one, and otherwise ends the call.
             *      */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["TwimlDocument"];
                    "text/xml": components["schemas"]["TwimlDocument"];
                };
            };
        };
    };
    DialActionCallback: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Twilio's signature of the request: the Base64 HMAC-SHA1, keyed with your Auth Token, of the full URL
                 *     followed by every form parameter name and value, names sorted. Compute it yourself and compare in
                 *     constant time before trusting the request.
                 *
                 * @example L/OH5YylLD5NRKLltdqwSvS0BnU=
                 */
                "X-Twilio-Signature": components["parameters"]["TwilioSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["DialActionCallback"];
            };
        };
        responses: {
            /** @description The TwiML to run next, as `text/xml` or `application/xml` (at most 64 kB). Any other answer
             *     (a failed request, a status other than 2xx, another content type, a body that is not TwiML)
             *     is an error: Twilio requests the fallback URL if there is one, and otherwise ends the call.
             *      */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["TwimlDocument"];
                    "text/xml": components["schemas"]["TwimlDocument"];
                };
            };
        };
    };
    ConferenceWaitUrlCallback: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Twilio's signature of the request: the Base64 HMAC-SHA1, keyed with your Auth Token, of the full URL
                 *     followed by every form parameter name and value, names sorted. Compute it yourself and compare in
                 *     constant time before trusting the request.
                 *
                 * @example L/OH5YylLD5NRKLltdqwSvS0BnU=
                 */
                "X-Twilio-Signature": components["parameters"]["TwilioSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["CallVoiceRequestCallback"];
            };
        };
        responses: {
            /** @description What the waiting caller hears: TwiML as `text/xml` or `application/xml` (at most 64 kB), or an
             *     MP3 or WAV file. If the request fails, the caller does not join the conference: the `<Dial>`
             *     ends and the call continues with its `action` URL or the verb after it.
             *      */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["TwimlDocument"];
                    "text/xml": components["schemas"]["TwimlDocument"];
                };
            };
        };
    };
    GatherActionCallback: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Twilio's signature of the request: the Base64 HMAC-SHA1, keyed with your Auth Token, of the full URL
                 *     followed by every form parameter name and value, names sorted. Compute it yourself and compare in
                 *     constant time before trusting the request.
                 *
                 * @example L/OH5YylLD5NRKLltdqwSvS0BnU=
                 */
                "X-Twilio-Signature": components["parameters"]["TwilioSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["GatherActionCallback"];
            };
        };
        responses: {
            /** @description The TwiML to run next, as `text/xml` or `application/xml` (at most 64 kB). Any other answer
             *     (a failed request, a status other than 2xx, another content type, a body that is not TwiML)
             *     is an error: Twilio requests the fallback URL if there is one, and otherwise ends the call.
             *      */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["TwimlDocument"];
                    "text/xml": components["schemas"]["TwimlDocument"];
                };
            };
        };
    };
}
