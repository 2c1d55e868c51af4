// Generated — do not edit.
// openapi-typescript from specs/insights-v1/openapi.yaml (bundled to specs/dist/insights-v1.json).
// Change the spec, then run `pnpm generate` at the repository root.

export interface paths {
    "/v1/Conferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List conference summaries
         * @description Reads conference summaries, filtered by date, name, region and other dimensions. Without
         *     `CreatedAfter` or `CreatedBefore` it covers conferences of the last 24 hours.
         *
         */
        get: operations["ListConferenceSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Conferences/{ConferenceSid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the conference.
                 * @example CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConferenceSid: components["parameters"]["ConferenceSidPath"];
            };
            cookie?: never;
        };
        /**
         * Fetch a conference summary
         * @description Reads the summary of one conference: its timing, regions, participants counts and the issues Twilio
         *     detected. A completed conference's summary may take up to 30 minutes to appear; until then
         *     `processing_state` is `in_progress`.
         *
         */
        get: operations["FetchConferenceSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Conferences/{ConferenceSid}/Participants": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the conference.
                 * @example CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConferenceSid: components["parameters"]["ConferenceSidPath"];
            };
            cookie?: never;
        };
        /**
         * List conference participant summaries
         * @description Reads the summaries of a conference's participants, one page at a time.
         */
        get: operations["ListConferenceParticipantSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Conferences/{ConferenceSid}/Participants/{ParticipantSid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the conference.
                 * @example CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConferenceSid: components["parameters"]["ConferenceSidPath"];
                /**
                 * @description The SID of the participant.
                 * @example CPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ParticipantSid: components["parameters"]["ParticipantSidPath"];
            };
            cookie?: never;
        };
        /**
         * Fetch a conference participant summary
         * @description Reads the summary of one participant. Ask for its conference events with `Events` and for its call
         *     quality metrics with `Metrics`.
         *
         */
        get: operations["FetchConferenceParticipantSummary"];
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
        /**
         * @description A Conference SID — `CF` followed by 32 hexadecimal digits.
         * @example CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        ConferenceSid: string;
        /**
         * @description The status of a summarised conference. A conference whose ending event has not arrived 24 hours after
         *     it was created becomes `summary_timeout`, and stays so even if it ends later.
         *
         * @enum {string}
         */
        ConferenceSummaryStatus: "in_progress" | "not_started" | "completed" | "summary_timeout";
        /**
         * @description A Twilio region that mixes conference media.
         * @enum {string}
         */
        MixerRegion: "us1" | "us2" | "au1" | "br1" | "ie1" | "jp1" | "sg1" | "de1" | "in1";
        /**
         * @description Text of up to 1,000 characters.
         * @example sales call
         */
        FreeText: string;
        /**
         * @description A Twilio Account SID — `AC` followed by 32 hexadecimal digits.
         * @example ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        AccountSid: string;
        /**
         * @description Why a conference ended, in Insights' spelling (underscores where the 2010-04-01 API uses hyphens).
         * @enum {string}
         */
        ConferenceSummaryEndReason: "last_participant_left" | "conference_ended_via_api" | "participant_with_end_conference_on_exit_left" | "last_participant_kicked" | "participant_with_end_conference_on_exit_kicked";
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
         * @description How far Twilio has got with a summary: `in_progress` while data is aggregated, `complete` once done,
         *     `timeout` if it could not finish: the conference had not ended 24 hours after it was created (the
         *     participant's summary too, unless it left before then).
         *
         * @enum {string}
         */
        ProcessingState: "complete" | "in_progress" | "timeout";
        /**
         * @description A tag Twilio applies for a detected conference condition or participant behaviour.
         * @enum {string}
         */
        ConferenceTag: "invalid_requested_region" | "duplicate_identity" | "start_failure" | "region_configuration_issues" | "quality_warnings" | "participant_behavior_issues" | "high_packet_loss" | "high_jitter" | "high_latency" | "low_mos" | "detected_silence" | "no_concurrent_participants";
        /** @description Metadata and quality metrics for one conference. A completed conference's summary may take up to 30 minutes to appear.
         *
         *     Every property may be `null`: Twilio fills a summary in as it processes the conference, and a summary that is still `in_progress` lacks most measurements.
         *      */
        ConferenceSummary: {
            /** @description The SID of the Account. */
            account_sid: components["schemas"]["AccountSid"] | null;
            /** @description The SID of the conference. */
            conference_sid: components["schemas"]["ConferenceSid"] | null;
            /** @description Seconds between the conference's start event and its end event. */
            connect_duration_seconds: number | null;
            /**
             * Format: date-time
             * @description When the conference was created (ISO 8601).
             */
            create_time: string | null;
            /** @description Potential configuration, behaviour or performance issues Twilio detected during the conference: how
             *     many of each category, `call_quality`, `participant_behavior` and `region_configuration`, all three
             *     always present. A count is of issue instances: one per participant per participant rule it breaks
             *     (see `tags`), one per conference rule, and one per shared identity for `duplicate_identity`.
             *     `null` until processing is complete.
             *      */
            detected_issues: ({
                call_quality?: number;
                participant_behavior?: number;
                region_configuration?: number;
            } & {
                [key: string]: unknown;
            }) | null;
            /** @description The conference's duration in seconds. */
            duration_seconds: number | null;
            /** @description Why the conference ended; `null` until it has. */
            end_reason: components["schemas"]["ConferenceSummaryEndReason"] | null;
            /**
             * Format: date-time
             * @description When the conference ended (ISO 8601).
             */
            end_time: string | null;
            /** @description The SID of the call whose participant's action ended the conference. */
            ended_by: components["schemas"]["CallSid"] | null;
            /** @description The custom label of the conference, up to 64 characters. */
            friendly_name: string | null;
            /** @description URLs of the resources nested under this summary. */
            links: {
                [key: string]: string;
            } | null;
            /** @description The largest number of participants that were in the conference at once. */
            max_concurrent_participants: number | null;
            /** @description The maximum number of concurrent participants the configuration allowed. */
            max_participants: number | null;
            /** @description The region where the conference media was mixed. */
            mixer_region: components["schemas"]["MixerRegion"] | null;
            /** @description The region the configuration asked to mix the conference in. */
            mixer_region_requested: components["schemas"]["MixerRegion"] | null;
            /** @description How far Twilio has got with this summary. */
            processing_state: components["schemas"]["ProcessingState"] | null;
            /** @description Whether recording was enabled at the conference mixer. */
            recording_enabled: boolean | null;
            /**
             * Format: date-time
             * @description When the conference started (ISO 8601). A conference starts when at least two participants are in it and one of them has `startConferenceOnEnter=true`.
             */
            start_time: string | null;
            /** @description The status of the conference. */
            status: components["schemas"]["ConferenceSummaryStatus"] | null;
            /** @description Details about some of `tags`: `duplicate_identity` is a list of `{ participant_identity,
             *     participant_sids }`, one per identity shared; `start_failure` is `{ reason }`, either
             *     `no_concurrent_participants` or `no_participant_started_conference`. `null` when no tag has details
             *     (Twilio describes a severity too, which no example shows). `null` until processing is complete.
             *      */
            tag_info: {
                [key: string]: unknown;
            } | null;
            /** @description Tags for detected conference conditions and participant behaviours, `null` until processing is
             *     complete (and for a summary that timed out). Each appears exactly when its rule holds; the metrics
             *     rules look at each participant that joined, in either direction of its `metrics`:
             *
             *     | tag | category | rule |
             *     | --- | --- | --- |
             *     | `high_latency` | call quality | a participant's average latency is 150 ms or more |
             *     | `high_jitter` | call quality | a participant's jitter averages 5 ms or more and peaks at 20 ms or more, in one direction |
             *     | `high_packet_loss` | call quality | a participant lost 5 % of its packets or more |
             *     | `low_mos` | call quality | a participant's MOS is 3.5 or less |
             *     | `detected_silence` | participant behaviour | a participant had no audio from join to leave (`metrics.*.tags: ["silent"]`) |
             *     | `duplicate_identity` | participant behaviour | two or more participants joined with one identity: the far end, `to` of an outbound call and `from` of an inbound one |
             *     | `start_failure` | participant behaviour | the conference ended without starting |
             *     | `no_concurrent_participants` | participant behaviour | at most one participant was ever present at once |
             *     | `invalid_requested_region` | region configuration | the requested region is not a mixer region (it mixed in `us1`) |
             *     | `region_configuration_issues` | region configuration | a participant's media entered Twilio in a region other than the mixer's; also the umbrella of its category |
             *     | `quality_warnings` | — | there is at least one call quality issue |
             *     | `participant_behavior_issues` | — | there is at least one participant behaviour issue |
             *
             *     Twilio documents the thresholds (latency, jitter, loss, MOS, silence); the other rules are this
             *     project's reading of the tag names and of Twilio's examples.
             *      */
            tags: components["schemas"]["ConferenceTag"][] | null;
            /** @description The number of distinct participants, by caller ID. */
            unique_participants: number | null;
            /**
             * Format: uri
             * @description The URL of this resource.
             */
            url: string | null;
        };
        /** @description The paging envelope of every Insights list. Its links are absolute URLs: follow `next_page_url`
         *     until it is `null`.
         *      */
        PageMeta: {
            /**
             * Format: uri
             * @description The URL of the first page.
             */
            first_page_url: string;
            /** @description The name of the property that holds this page's items, e.g. `conferences`. */
            key: string;
            /**
             * Format: uri
             * @description The URL of the next page; `null` on the last page.
             */
            next_page_url: string | null;
            /** @description The zero-based index of this page. */
            page: number;
            /** @description The number of items requested per page. */
            page_size: number;
            /**
             * Format: uri
             * @description The URL of the previous page; `null` on the first page.
             */
            previous_page_url: string | null;
            /**
             * Format: uri
             * @description The URL of this page.
             */
            url: string;
        };
        /** @description One page of conference summaries. */
        ConferenceSummaryPage: {
            conferences: components["schemas"]["ConferenceSummary"][];
            meta: components["schemas"]["PageMeta"];
        };
        /**
         * @description A conference Participant SID — `CP` followed by 32 hexadecimal digits.
         * @example CPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        ParticipantSid: string;
        /**
         * @description The direction of a participant's call.
         * @enum {string}
         */
        CallDirection: "inbound" | "outbound";
        /**
         * @description The status of the call that made a participant.
         * @enum {string}
         */
        CallStatus: "answered" | "completed" | "busy" | "fail" | "noanswer" | "ringing" | "canceled";
        /**
         * @description How a participant's call reached Twilio.
         * @enum {string}
         */
        CallType: "carrier" | "client" | "sip";
        /**
         * @description A Twilio region where participant media originates or a conference is hosted.
         * @enum {string}
         */
        ParticipantRegion: "us1" | "us2" | "au1" | "br1" | "ie1" | "jp1" | "sg1" | "de1" | "in1";
        /**
         * @description The jitter buffer size configured for a participant.
         * @enum {string}
         */
        JitterBufferSize: "large" | "small" | "medium" | "off";
        /** @description The average and the highest value over the participant's time in the conference, in milliseconds. */
        MetricStats: {
            avg: number;
            max: number;
        } & {
            [key: string]: unknown;
        };
        /** @description The quality of one direction of a participant's audio, over its time in the conference (join to leave).
         *     Packets are counted at 50 a second (20 ms G.711 frames) for the whole time it was connected, muted and
         *     held included: a mute is applied at the mixer and a hold plays music, so the media keeps flowing.
         *     `mos` is the E-model (ITU-T G.107) for G.711 with packet-loss concealment (G.113's Bpl 25.1), with the
         *     jitter counted as delay (a jitter buffer of twice the jitter), averaged over the time: 4.4 on a clean
         *     line, 3.5 or less is poor.
         *      */
        ParticipantStreamMetrics: {
            total_packets_received?: number;
            total_packets_lost?: number;
            /** @description Lost packets as a share of all packets, in percent, to two decimals. */
            packet_loss_percentage?: number;
            jitter?: components["schemas"]["MetricStats"];
            /** @description Time for the media to travel between Twilio's media edge and the mixer. */
            latency?: components["schemas"]["MetricStats"];
            mos?: number;
            /** @description `["silent"]` when there was no audio in this direction from join to leave; left out otherwise. */
            tags?: "silent"[];
        } & {
            [key: string]: unknown;
        };
        /** @description A participant's call quality, by direction: `inbound` is what the conference mixer received from the
         *     participant, `outbound` what the mixer sent to it. A participant that never spoke has
         *     `inbound.tags: ["silent"]`. `null` for a participant that never joined.
         *      */
        ParticipantMetrics: {
            inbound?: components["schemas"]["ParticipantStreamMetrics"];
            outbound?: components["schemas"]["ParticipantStreamMetrics"];
        } & {
            [key: string]: unknown;
        };
        /** @description Metadata and quality metrics for one participant of a conference.
         *
         *     Every property may be `null`: Twilio fills a summary in as it processes the conference, and a summary that is still `in_progress` lacks most measurements.
         *      */
        ParticipantSummary: {
            /** @description The SID of the Account. */
            account_sid: components["schemas"]["AccountSid"] | null;
            /** @description The direction of the participant's call. */
            call_direction: components["schemas"]["CallDirection"] | null;
            /** @description The SID of the participant's call. */
            call_sid: components["schemas"]["CallSid"] | null;
            /** @description The status of the call that made this participant. */
            call_status: components["schemas"]["CallStatus"] | null;
            /** @description How the participant's call reached Twilio. */
            call_type: components["schemas"]["CallType"] | null;
            /** @description The call SIDs this participant coached. */
            coached_participants: components["schemas"]["CallSid"][] | null;
            /** @description The region of the conference. */
            conference_region: components["schemas"]["ParticipantRegion"] | null;
            /** @description The SID of the conference. */
            conference_sid: components["schemas"]["ConferenceSid"] | null;
            /** @description The participant's country, as an ISO 3166-1 alpha-2 code. */
            country_code: string | null;
            /** @description How long the participant was in the conference, in seconds. */
            duration_seconds: number | null;
            /** @description What was done to the participant during the conference: the epoch-millisecond instants of each event,
             *     oldest first, keyed by event; only the keys named by `Events` when it is given. `null` when there are none.
             *     An event is recorded when an update of the participant changes something (an update that sets
             *     what already holds records nothing): `Muted` gives `mute` or `unmute`; `Hold` gives `hold` or `unhold`;
             *     `BeepOnExit` gives `modify_beep`; `EndConferenceOnExit` gives `modify_exit`; coaching that starts
             *     (`Coaching=true`, or a `CallSidToCoach` for a participant not coaching) gives `coaching`, and
             *     `Coaching=false` gives `coaching_stopped`; another `CallSidToCoach` for a participant that coaches before
             *     and after the update gives `modify_coached_participant`. How it joined (muted, coaching) is in
             *     `properties` and `is_coach`, not in `events`. The latest 1,000 instants of each key are kept.
             *      */
            events: {
                [key: string]: unknown;
            } | null;
            /** @description The caller ID of the calling party. */
            from: string | null;
            /** @description Whether the participant was a coach. */
            is_coach: boolean | null;
            /** @description Whether the participant had `startConferenceOnEnter=true` or `endConferenceOnExit=true`. */
            is_moderator: boolean | null;
            /** @description The participant's jitter buffer size. */
            jitter_buffer_size: components["schemas"]["JitterBufferSize"] | null;
            /**
             * Format: date-time
             * @description When the participant joined (ISO 8601).
             */
            join_time: string | null;
            /** @description The label you gave the participant. */
            label: string | null;
            /**
             * Format: date-time
             * @description When the participant left (ISO 8601).
             */
            leave_time: string | null;
            /** @description The participant's call quality metrics, measured over its time in the conference; only the directions named by `Metrics` when it is given. `null` for a participant that never joined. */
            metrics: components["schemas"]["ParticipantMetrics"] | null;
            /** @description The estimated time in queue when the outbound call was created. */
            outbound_queue_length: number | null;
            /** @description The actual time the outbound call spent in queue, in seconds. */
            outbound_time_in_queue: number | null;
            /** @description The region where the participant's media originated. */
            participant_region: components["schemas"]["ParticipantRegion"] | null;
            /** @description The SID of the participant. */
            participant_sid: components["schemas"]["ParticipantSid"] | null;
            /** @description How far Twilio has got with this summary. */
            processing_state: components["schemas"]["ProcessingState"] | null;
            /** @description The participant's properties and metadata, such as the flags it joined with. */
            properties: {
                [key: string]: unknown;
            } | null;
            /** @description The called party. */
            to: string | null;
            /**
             * Format: uri
             * @description The URL of this resource.
             */
            url: string | null;
        };
        /** @description One page of participant summaries. */
        ParticipantSummaryPage: {
            participants: components["schemas"]["ParticipantSummary"][];
            meta: components["schemas"]["PageMeta"];
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
    };
    parameters: {
        /**
         * @description Only the summary of this conference.
         * @example CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        ConferenceSid: components["schemas"]["ConferenceSid"];
        /**
         * @description Only conferences with this custom label (up to 64 characters).
         * @example MyRoom
         */
        FriendlyName: string;
        /**
         * @description Only conferences with this status.
         * @example completed
         */
        Status: components["schemas"]["ConferenceSummaryStatus"];
        /**
         * @description Only conferences created after this time (ISO 8601). Without `CreatedAfter` or `CreatedBefore` the list covers the last 24 hours.
         * @example 2021-02-01T00:00:00Z
         */
        CreatedAfter: string;
        /**
         * @description Only conferences created before this time (ISO 8601).
         * @example 2021-02-28T23:59:59Z
         */
        CreatedBefore: string;
        /**
         * @description Only conferences mixed in this region.
         * @example ie1
         */
        MixerRegion: components["schemas"]["MixerRegion"];
        /**
         * @description Only conferences with all of these tags (comma-separated), e.g. `high_jitter`. Tags exist once the
         *     summary's processing is complete; see `tags` on the Conference Summary for the rule behind each.
         *
         * @example high_jitter
         */
        Tags: components["schemas"]["FreeText"];
        /**
         * @description Read the conferences of this subaccount instead of the authenticated account's, with the main account's
         *     credentials; each summary's `account_sid` is the subaccount's. Without it, only the authenticated
         *     account's own conferences are listed. A SID that is neither the authenticated account nor one of its
         *     subaccounts is a 404.
         *
         * @example ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
         */
        Subaccount: components["schemas"]["AccountSid"];
        /**
         * @description Only conferences with at least one issue in each of these categories (comma-separated): `call_quality`,
         *     `participant_behavior`, `region_configuration`.
         *
         * @example call_quality
         */
        DetectedIssues: components["schemas"]["FreeText"];
        /**
         * @description Only conferences that ended for this reason.
         * @example last_participant_left
         */
        EndReason: components["schemas"]["ConferenceSummaryEndReason"];
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
         * @description The SID of the conference.
         * @example CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        ConferenceSidPath: components["schemas"]["ConferenceSid"];
        /**
         * @description Only the summary of this participant.
         * @example CPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        ParticipantSid: components["schemas"]["ParticipantSid"];
        /**
         * @description Only participants with this label (a label has at most 128 characters).
         * @example customer
         */
        Label: string;
        /**
         * @description Only participants with at least one of these conference events (one or more of `mute`, `unmute`,
         *     `hold`, `unhold`, `modify_beep`, `modify_exit`, `coaching`, `coaching_stopped`,
         *     `modify_coached_participant`, separated by commas), and in `events` only those keys. Any other value is a
         *     400 that names it.
         *
         * @example mute
         */
        EventsFilter: components["schemas"]["FreeText"];
        /**
         * @description The SID of the participant.
         * @example CPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        ParticipantSidPath: components["schemas"]["ParticipantSid"];
        /**
         * @description Which of the participant's conference events to return in `events`: one or more of `mute`, `unmute`,
         *     `hold`, `unhold`, `modify_beep`, `modify_exit`, `coaching`, `coaching_stopped` and
         *     `modify_coached_participant`, separated by commas or given as repeated parameters. Left out, every key
         *     the participant has. Any other value is a 400 that names it.
         *
         * @example mute
         */
        Events: components["schemas"]["FreeText"];
        /**
         * @description Which directions of the participant's call quality to return in `metrics`: `inbound` (what the mixer
         *     received from the participant), `outbound` (what it sent to the participant), or both separated by a
         *     comma. Left out, both. Any other value is a 400 that names it.
         *
         * @example inbound
         */
        Metrics: components["schemas"]["FreeText"];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type SchemaConferenceSid = components['schemas']['ConferenceSid'];
export type SchemaConferenceSummaryStatus = components['schemas']['ConferenceSummaryStatus'];
export type SchemaMixerRegion = components['schemas']['MixerRegion'];
export type SchemaFreeText = components['schemas']['FreeText'];
export type SchemaAccountSid = components['schemas']['AccountSid'];
export type SchemaConferenceSummaryEndReason = components['schemas']['ConferenceSummaryEndReason'];
export type SchemaTwilioError = components['schemas']['TwilioError'];
export type SchemaCallSid = components['schemas']['CallSid'];
export type SchemaProcessingState = components['schemas']['ProcessingState'];
export type SchemaConferenceTag = components['schemas']['ConferenceTag'];
export type SchemaConferenceSummary = components['schemas']['ConferenceSummary'];
export type SchemaPageMeta = components['schemas']['PageMeta'];
export type SchemaConferenceSummaryPage = components['schemas']['ConferenceSummaryPage'];
export type SchemaParticipantSid = components['schemas']['ParticipantSid'];
export type SchemaCallDirection = components['schemas']['CallDirection'];
export type SchemaCallStatus = components['schemas']['CallStatus'];
export type SchemaCallType = components['schemas']['CallType'];
export type SchemaParticipantRegion = components['schemas']['ParticipantRegion'];
export type SchemaJitterBufferSize = components['schemas']['JitterBufferSize'];
export type SchemaMetricStats = components['schemas']['MetricStats'];
export type SchemaParticipantStreamMetrics = components['schemas']['ParticipantStreamMetrics'];
export type SchemaParticipantMetrics = components['schemas']['ParticipantMetrics'];
export type SchemaParticipantSummary = components['schemas']['ParticipantSummary'];
export type SchemaParticipantSummaryPage = components['schemas']['ParticipantSummaryPage'];
export type ResponseUnexpectedError = components['responses']['UnexpectedError'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ParameterConferenceSid = components['parameters']['ConferenceSid'];
export type ParameterFriendlyName = components['parameters']['FriendlyName'];
export type ParameterStatus = components['parameters']['Status'];
export type ParameterCreatedAfter = components['parameters']['CreatedAfter'];
export type ParameterCreatedBefore = components['parameters']['CreatedBefore'];
export type ParameterMixerRegion = components['parameters']['MixerRegion'];
export type ParameterTags = components['parameters']['Tags'];
export type ParameterSubaccount = components['parameters']['Subaccount'];
export type ParameterDetectedIssues = components['parameters']['DetectedIssues'];
export type ParameterEndReason = components['parameters']['EndReason'];
export type ParameterPageSize = components['parameters']['PageSize'];
export type ParameterPage = components['parameters']['Page'];
export type ParameterPageToken = components['parameters']['PageToken'];
export type ParameterConferenceSidPath = components['parameters']['ConferenceSidPath'];
export type ParameterParticipantSid = components['parameters']['ParticipantSid'];
export type ParameterLabel = components['parameters']['Label'];
export type ParameterEventsFilter = components['parameters']['EventsFilter'];
export type ParameterParticipantSidPath = components['parameters']['ParticipantSidPath'];
export type ParameterEvents = components['parameters']['Events'];
export type ParameterMetrics = components['parameters']['Metrics'];
export type $defs = Record<string, never>;
export interface operations {
    ListConferenceSummary: {
        parameters: {
            query?: {
                /**
                 * @description Only the summary of this conference.
                 * @example CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConferenceSid?: components["parameters"]["ConferenceSid"];
                /**
                 * @description Only conferences with this custom label (up to 64 characters).
                 * @example MyRoom
                 */
                FriendlyName?: components["parameters"]["FriendlyName"];
                /**
                 * @description Only conferences with this status.
                 * @example completed
                 */
                Status?: components["parameters"]["Status"];
                /**
                 * @description Only conferences created after this time (ISO 8601). Without `CreatedAfter` or `CreatedBefore` the list covers the last 24 hours.
                 * @example 2021-02-01T00:00:00Z
                 */
                CreatedAfter?: components["parameters"]["CreatedAfter"];
                /**
                 * @description Only conferences created before this time (ISO 8601).
                 * @example 2021-02-28T23:59:59Z
                 */
                CreatedBefore?: components["parameters"]["CreatedBefore"];
                /**
                 * @description Only conferences mixed in this region.
                 * @example ie1
                 */
                MixerRegion?: components["parameters"]["MixerRegion"];
                /**
                 * @description Only conferences with all of these tags (comma-separated), e.g. `high_jitter`. Tags exist once the
                 *     summary's processing is complete; see `tags` on the Conference Summary for the rule behind each.
                 *
                 * @example high_jitter
                 */
                Tags?: components["parameters"]["Tags"];
                /**
                 * @description Read the conferences of this subaccount instead of the authenticated account's, with the main account's
                 *     credentials; each summary's `account_sid` is the subaccount's. Without it, only the authenticated
                 *     account's own conferences are listed. A SID that is neither the authenticated account nor one of its
                 *     subaccounts is a 404.
                 *
                 * @example ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
                 */
                Subaccount?: components["parameters"]["Subaccount"];
                /**
                 * @description Only conferences with at least one issue in each of these categories (comma-separated): `call_quality`,
                 *     `participant_behavior`, `region_configuration`.
                 *
                 * @example call_quality
                 */
                DetectedIssues?: components["parameters"]["DetectedIssues"];
                /**
                 * @description Only conferences that ended for this reason.
                 * @example last_participant_left
                 */
                EndReason?: components["parameters"]["EndReason"];
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
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of conference summaries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConferenceSummaryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    FetchConferenceSummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SID of the conference.
                 * @example CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConferenceSid: components["parameters"]["ConferenceSidPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conference summary. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConferenceSummary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    ListConferenceParticipantSummary: {
        parameters: {
            query?: {
                /**
                 * @description Only the summary of this participant.
                 * @example CPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ParticipantSid?: components["parameters"]["ParticipantSid"];
                /**
                 * @description Only participants with this label (a label has at most 128 characters).
                 * @example customer
                 */
                Label?: components["parameters"]["Label"];
                /**
                 * @description Only participants with at least one of these conference events (one or more of `mute`, `unmute`,
                 *     `hold`, `unhold`, `modify_beep`, `modify_exit`, `coaching`, `coaching_stopped`,
                 *     `modify_coached_participant`, separated by commas), and in `events` only those keys. Any other value is a
                 *     400 that names it.
                 *
                 * @example mute
                 */
                Events?: components["parameters"]["EventsFilter"];
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
                 * @description The SID of the conference.
                 * @example CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConferenceSid: components["parameters"]["ConferenceSidPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of participant summaries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantSummaryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    FetchConferenceParticipantSummary: {
        parameters: {
            query?: {
                /**
                 * @description Which of the participant's conference events to return in `events`: one or more of `mute`, `unmute`,
                 *     `hold`, `unhold`, `modify_beep`, `modify_exit`, `coaching`, `coaching_stopped` and
                 *     `modify_coached_participant`, separated by commas or given as repeated parameters. Left out, every key
                 *     the participant has. Any other value is a 400 that names it.
                 *
                 * @example mute
                 */
                Events?: components["parameters"]["Events"];
                /**
                 * @description Which directions of the participant's call quality to return in `metrics`: `inbound` (what the mixer
                 *     received from the participant), `outbound` (what it sent to the participant), or both separated by a
                 *     comma. Left out, both. Any other value is a 400 that names it.
                 *
                 * @example inbound
                 */
                Metrics?: components["parameters"]["Metrics"];
            };
            header?: never;
            path: {
                /**
                 * @description The SID of the conference.
                 * @example CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ConferenceSid: components["parameters"]["ConferenceSidPath"];
                /**
                 * @description The SID of the participant.
                 * @example CPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                 */
                ParticipantSid: components["parameters"]["ParticipantSidPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The participant summary. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantSummary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
}
