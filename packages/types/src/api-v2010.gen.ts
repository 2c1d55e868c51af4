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
}
export type webhooks = Record<string, never>;
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
         * @description The HTTP method Twilio uses to request a URL you give it.
         * @enum {string}
         */
        HttpMethod: "GET" | "POST";
        /** @description What an update can change. Sent form-encoded with the PascalCase names Twilio uses on the wire; every
         *     field is optional, and an update that sets none changes nothing.
         *      */
        UpdateConferenceRequest: {
            Status?: components["schemas"]["ConferenceUpdateStatus"];
            /**
             * Format: uri
             * @description The URL Twilio requests to announce something into the conference. It may return an MP3 or WAV file,
             *     or TwiML with `<Play>`, `<Say>`, `<Pause>` or `<Redirect>`.
             *
             */
            AnnounceUrl?: string;
            /** @description The HTTP method Twilio uses to request `AnnounceUrl`. Defaults to `POST`. */
            AnnounceMethod?: components["schemas"]["HttpMethod"];
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
        PageToken: string;
        /**
         * @description The SID of the conference (`CF…`).
         * @example CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
         */
        ConferenceSid: components["schemas"]["ConferenceSid"];
    };
    requestBodies: {
        /** @description The changes to make, form-encoded as Twilio expects for every write. */
        UpdateConference: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["UpdateConferenceRequest"];
            };
        };
    };
    headers: never;
    pathItems: never;
}
export type SchemaAccountSid = components['schemas']['AccountSid'];
export type SchemaConferenceStatus = components['schemas']['ConferenceStatus'];
export type SchemaTwilioError = components['schemas']['TwilioError'];
export type SchemaCallSid = components['schemas']['CallSid'];
export type SchemaRfc2822DateTime = components['schemas']['Rfc2822DateTime'];
export type SchemaConferenceEndReason = components['schemas']['ConferenceEndReason'];
export type SchemaRegion = components['schemas']['Region'];
export type SchemaConferenceSid = components['schemas']['ConferenceSid'];
export type SchemaConference = components['schemas']['Conference'];
export type SchemaConferencePage = components['schemas']['ConferencePage'];
export type SchemaConferenceUpdateStatus = components['schemas']['ConferenceUpdateStatus'];
export type SchemaHttpMethod = components['schemas']['HttpMethod'];
export type SchemaUpdateConferenceRequest = components['schemas']['UpdateConferenceRequest'];
export type ResponseUnexpectedError = components['responses']['UnexpectedError'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
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
export type RequestBodyUpdateConference = components['requestBodies']['UpdateConference'];
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
}
