// Generated from docs/openapi.json by `npm run openapi`. Do not edit.
export interface paths {
    "/api/v1/auth/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation: choose a password and sign in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        password: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password; sets the session cookie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: ends the session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change my password; every other session ends */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for a password reset link (same answer whether the account exists or not) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": Record<string, never>;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choose a new password with the link from the mail */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        newPassword: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who I am, my roles and permissions per programme */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change my name or language */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        /** @enum {string} */
                        locale?: "fr" | "en";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Programmes where I hold a role */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Programme"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Programme"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the programme’s settings (admin) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        grades?: string[];
                        languages?: ("fr" | "en")[];
                        name?: string;
                        settings?: {
                            /** @default CT */
                            assetTagPrefix?: string;
                            /** @default 24 */
                            bookingCancelHoursBefore?: number;
                            /** @default 24 */
                            cardValidityMonths?: number;
                            /** @default {} */
                            catalogue?: {
                                /** @default Élève */
                                childFullName?: string;
                                /** @default eleve */
                                childUsername?: string;
                                /** @default amd64 */
                                debianArchitecture?: string;
                                /** @default main */
                                debianComponent?: string;
                                /**
                                 * Format: uri
                                 * @default https://deb.debian.org/debian
                                 */
                                debianMirrorUrl?: string;
                                /** @default bookworm */
                                debianRelease?: string;
                                /** @default 30000 */
                                softwareDiskBudgetMb?: number;
                            };
                            /** @default 240 */
                            checkInClosesMinutesAfterEnd?: number;
                            /** @default 30 */
                            checkInOpensMinutesBefore?: number;
                            /**
                             * @default [
                             *       "boots",
                             *       "screen",
                             *       "keyboard",
                             *       "touchpad_mouse",
                             *       "sound",
                             *       "wifi",
                             *       "battery",
                             *       "usb_ports",
                             *       "clean_case",
                             *       "charger"
                             *     ]
                             */
                            checklist?: string[];
                            /** @default CE2 */
                            cohortGrade?: string;
                            /** @default 6 */
                            creditsPerCard?: number;
                            /** @default {} */
                            grading?: {
                                /** @default 80 */
                                batteryPercentA?: number;
                                /** @default 60 */
                                batteryPercentMin?: number;
                                /** @default 4 */
                                cpuThreadsA?: number;
                                /** @default 120 */
                                hddMinGb?: number;
                                /** @default 8192 */
                                ramMbA?: number;
                                /** @default 4096 */
                                ramMbB?: number;
                                /** @default 4096 */
                                ramMbC?: number;
                                /** @default true */
                                require64Bit?: boolean;
                                /** @default 100 */
                                ssdMinGb?: number;
                            };
                            /** @default 2 */
                            hoursPerCredit?: number;
                            /** @default 6000 */
                            internetGrantMinor?: number;
                            /** @default 2026-1 */
                            loanAgreementVersion?: string;
                            /** @default 6e */
                            loanEndsAtGrade?: string;
                            /**
                             * @default kept
                             * @enum {string}
                             */
                            noShowCredit?: "kept" | "lost";
                            /**
                             * @default [
                             *       "no_computer_at_home",
                             *       "priority_neighbourhood",
                             *       "registered_at"
                             *     ]
                             */
                            priorityRules?: ("no_computer_at_home" | "priority_neighbourhood" | "priority_area_school" | "registered_at")[];
                            /** @default 10:00 */
                            reminderLocalTime?: string;
                            /** @default 12 */
                            retentionMonthsAfterLoanEnd?: number;
                            /** @default 14 */
                            stuckAfterDays?: number;
                            /** @default 2500 */
                            venueHourlyRateMinor?: number;
                        };
                        timeZone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Programme"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/programmes/{programme}/allocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reserve a chosen ready computer for a household of a campaign */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        campaignId: string;
                        /** Format: uuid */
                        deviceId: string;
                        /** Format: uuid */
                        householdId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CampaignAllocation"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/allocations/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a reservation: the computer goes back to ready, the household back to the queue */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CampaignAllocation"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/allocations/{id}/swap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reserve another ready computer instead (the first goes back to ready); reason required */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        deviceId: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CampaignAllocation"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/api-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Access tokens of the programme (without their secret) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                id: string;
                                lastUsedAt: string | null;
                                name: string;
                                purpose: string;
                                revokedAt: string | null;
                                tokenPrefix: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create an access token for machines; the token is shown in this answer only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        purpose: "inventory" | "integration";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            id: string;
                            name: string;
                            purpose: string;
                            token: string;
                            tokenPrefix: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/api-tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an access token */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Book a time slot for a household (one booked appointment per household and campaign) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        campaignId: string;
                        /** Format: uuid */
                        householdId: string;
                        /** Format: uuid */
                        slotId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            campaignId: string;
                            createdAt: string;
                            date: string;
                            endTime: string;
                            endsAt: string;
                            eventId: string;
                            guardianName: string | null;
                            householdId: string;
                            householdReference: string;
                            id: string;
                            placeName: string;
                            schoolId: string;
                            slotId: string;
                            startTime: string;
                            startsAt: string;
                            /** @enum {string} */
                            status: "booked" | "cancelled" | "attended" | "no_show";
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/appointments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Move an appointment to another slot, or record it cancelled, attended or missed */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            /** @description Either {slotId} to move the appointment, or {status} to record what happened. */
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        slotId?: string;
                        /** @enum {string} */
                        status?: "cancelled" | "attended" | "no_show";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            campaignId: string;
                            createdAt: string;
                            date: string;
                            endTime: string;
                            endsAt: string;
                            eventId: string;
                            guardianName: string | null;
                            householdId: string;
                            householdReference: string;
                            id: string;
                            placeName: string;
                            schoolId: string;
                            slotId: string;
                            startTime: string;
                            startsAt: string;
                            /** @enum {string} */
                            status: "booked" | "cancelled" | "attended" | "no_show";
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/programmes/{programme}/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The programme’s audit trail, newest first (admin) */
        get: {
            parameters: {
                query?: {
                    entityType?: string;
                    entityId?: string;
                    before?: number;
                    limit?: number;
                };
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["AuditEvent"][];
                            nextBefore: number | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/audit-events/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recompute the programme’s audit hash chain and report any tampering (admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditVerifyReport"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Distribution campaigns, newest first (a director sees those of her school) */
        get: {
            parameters: {
                query?: {
                    schoolYearId?: string;
                };
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Campaign"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a campaign and list its eligible households */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        cohortGrade?: string;
                        endsOn: string;
                        name: string;
                        priorityRules?: ("no_computer_at_home" | "priority_neighbourhood" | "priority_area_school" | "registered_at")[];
                        schoolIds: string[];
                        /** Format: uuid */
                        schoolYearId: string;
                        startsOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            campaign: components["schemas"]["Campaign"];
                            eligibility: components["schemas"]["EligibilitySummary"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Campaign"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a campaign, or open or close it (a closed campaign refuses every change) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        cohortGrade?: string;
                        endsOn?: string;
                        name?: string;
                        priorityRules?: ("no_computer_at_home" | "priority_neighbourhood" | "priority_area_school" | "registered_at")[];
                        schoolIds?: string[];
                        startsOn?: string;
                        /** @enum {string} */
                        status?: "draft" | "open" | "closed";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Campaign"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/programmes/{programme}/campaigns/{id}/allocation-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rank the households and reserve the free ready computers in rank order (reproducible by seed) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        seed?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AllocationRun"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/campaigns/{id}/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Appointments of a campaign by time (of one event, of one status) */
        get: {
            parameters: {
                query?: {
                    eventId?: string;
                    status?: "booked" | "cancelled" | "attended" | "no_show";
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                campaignId: string;
                                createdAt: string;
                                date: string;
                                endTime: string;
                                endsAt: string;
                                eventId: string;
                                guardianName: string | null;
                                householdId: string;
                                householdReference: string;
                                id: string;
                                placeName: string;
                                schoolId: string;
                                slotId: string;
                                startTime: string;
                                startsAt: string;
                                /** @enum {string} */
                                status: "booked" | "cancelled" | "attended" | "no_show";
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/campaigns/{id}/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List the eligible households again from the pupils (adds, never duplicates) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EligibilitySummary"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/campaigns/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Distribution events of a campaign by date, with seat counts (a director: her school’s) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                addressLine: string | null;
                                booked: number;
                                campaignId: string;
                                capacity: number;
                                communeInsee: string | null;
                                communeName: string | null;
                                createdAt: string;
                                date: string;
                                id: string;
                                notes: string | null;
                                placeName: string;
                                remaining: number;
                                schoolId: string | null;
                                schoolName: string | null;
                                slotCount: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Plan a distribution event (a place and a date of the campaign, usually at a school) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        addressLine?: string | null;
                        communeInsee?: string | null;
                        /** Format: date */
                        date: string;
                        notes?: string | null;
                        placeName: string;
                        schoolId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            addressLine: string | null;
                            booked: number;
                            campaignId: string;
                            capacity: number;
                            communeInsee: string | null;
                            communeName: string | null;
                            createdAt: string;
                            date: string;
                            id: string;
                            notes: string | null;
                            placeName: string;
                            remaining: number;
                            schoolId: string | null;
                            schoolName: string | null;
                            slotCount: number;
                            slots: {
                                booked: number;
                                capacity: number;
                                endTime: string;
                                endsAt: string;
                                eventId: string;
                                id: string;
                                remaining: number;
                                startTime: string;
                                startsAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/campaigns/{id}/households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The campaign’s households in rank order, with reasons, reserved device and appointment */
        get: {
            parameters: {
                query?: {
                    status?: "eligible" | "waiting" | "allocated" | "invited" | "booked" | "handed_over" | "declined" | "removed";
                    schoolId?: string;
                    q?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["CampaignHousehold"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/campaigns/{id}/households/{householdId}/explanation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Why a household has its rank: rank N of M and the reasons in words */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                    householdId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HouseholdExplanation"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/campaigns/{id}/invitations.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invitation letters, one A4 page per household in its language, 500 per document (X-Total-Pages) */
        get: {
            parameters: {
                query?: {
                    schoolId?: string;
                    householdId?: string;
                    page?: number;
                };
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description PDF document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/campaigns/{id}/invitations/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the invitation by email and SMS to the households still to be served (counts per channel) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        channels: ("email" | "sms")[];
                        householdIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alreadyInvited: number;
                            email: number;
                            households: number;
                            letterOnly: number;
                            skipped: number;
                            sms: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cards, newest first; search by number, household reference or guardian last name */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    status?: "active" | "lost" | "replaced" | "expired";
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["CardSummary"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Issue a card to a household that has none in use; the PIN is returned once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        householdId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            card: components["schemas"]["CardSummary"];
                            pin: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/cards/expire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Expire the cards past their last valid day now (the maintenance loop does it too) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bookingsReleased: number;
                            cardsExpired: number;
                            creditsExpired: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/cards/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find a card by its number at the desk (throttled per client address) */
        get: {
            parameters: {
                query: {
                    number: string;
                };
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CardSummary"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/cards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One card with its ledger entries (in order) and its bookings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CardDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/cards/{id}/card.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The card to print again, with its QR code; never the PIN */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description PDF document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/cards/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct a card’s credits with a new ledger entry (± credits, a reason) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        credits: number;
                        reason: string;
                        /** Format: uuid */
                        reversesEntryId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            card: components["schemas"]["CardSummary"];
                            entry: components["schemas"]["LedgerEntry"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/cards/{id}/reissue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace a card: new number and PIN (returned once), credits and bookings moved */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            card: components["schemas"]["CardSummary"];
                            pin: string;
                            replaced: components["schemas"]["CardSummary"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/cards/{id}/report-lost": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report a card lost: refused at the desk from now on; credits and bookings wait for the reissue */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CardSummary"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/catalogue/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per band: this year’s published version, next year’s, and what changes
         * @description One object for the band asked for; an array of every band without `band`.
         */
        get: {
            parameters: {
                query?: {
                    band?: "cycle2" | "cycle3";
                };
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            band: "cycle2" | "cycle3";
                            current: {
                                schoolYear: {
                                    code: string;
                                    id: string;
                                } | null;
                                version: {
                                    approvedAt: string | null;
                                    approvedBy: string | null;
                                    basedOn: {
                                        id: string;
                                        number: number;
                                    } | null;
                                    id: string;
                                    items: {
                                        content: {
                                            bytes: number;
                                            fileName: string;
                                            sha256: string;
                                            url: string;
                                            verifiedAt: string | null;
                                        } | null;
                                        createdAt: string;
                                        description: string;
                                        grades: string[];
                                        id: string;
                                        /** @enum {string} */
                                        kind: "software" | "content" | "web";
                                        languages: string[];
                                        launchCommand: string | null;
                                        licence: string;
                                        minDiskMb: number | null;
                                        minRamMb: number | null;
                                        packages: string[];
                                        proposedBy: string;
                                        status: string;
                                        subjects: string[];
                                        title: string;
                                        updatedAt: string;
                                        webUrl: string | null;
                                    }[];
                                    manifestHash: string | null;
                                    number: number;
                                    profile: {
                                        /** @enum {string} */
                                        band: "cycle2" | "cycle3";
                                        id: string;
                                        schoolYear: {
                                            code: string;
                                            id: string;
                                        };
                                    };
                                    publishedAt: string | null;
                                    publishedBy: string | null;
                                    /** @enum {string} */
                                    status: "draft" | "approved" | "published";
                                } | null;
                            };
                            diff: {
                                added: {
                                    content: {
                                        bytes: number;
                                        fileName: string;
                                        sha256: string;
                                        url: string;
                                        verifiedAt: string | null;
                                    } | null;
                                    createdAt: string;
                                    description: string;
                                    grades: string[];
                                    id: string;
                                    /** @enum {string} */
                                    kind: "software" | "content" | "web";
                                    languages: string[];
                                    launchCommand: string | null;
                                    licence: string;
                                    minDiskMb: number | null;
                                    minRamMb: number | null;
                                    packages: string[];
                                    proposedBy: string;
                                    status: string;
                                    subjects: string[];
                                    title: string;
                                    updatedAt: string;
                                    webUrl: string | null;
                                }[];
                                changed: {
                                    changes: {
                                        after: string | number | null;
                                        before: string | number | null;
                                        field: string;
                                    }[];
                                    resource: {
                                        content: {
                                            bytes: number;
                                            fileName: string;
                                            sha256: string;
                                            url: string;
                                            verifiedAt: string | null;
                                        } | null;
                                        createdAt: string;
                                        description: string;
                                        grades: string[];
                                        id: string;
                                        /** @enum {string} */
                                        kind: "software" | "content" | "web";
                                        languages: string[];
                                        launchCommand: string | null;
                                        licence: string;
                                        minDiskMb: number | null;
                                        minRamMb: number | null;
                                        packages: string[];
                                        proposedBy: string;
                                        status: string;
                                        subjects: string[];
                                        title: string;
                                        updatedAt: string;
                                        webUrl: string | null;
                                    };
                                }[];
                                from: {
                                    id: string;
                                    manifestHash: string | null;
                                    number: number;
                                    publishedAt: string | null;
                                    resourceCount: number;
                                    /** @enum {string} */
                                    status: "draft" | "approved" | "published";
                                } | null;
                                removed: {
                                    content: {
                                        bytes: number;
                                        fileName: string;
                                        sha256: string;
                                        url: string;
                                        verifiedAt: string | null;
                                    } | null;
                                    createdAt: string;
                                    description: string;
                                    grades: string[];
                                    id: string;
                                    /** @enum {string} */
                                    kind: "software" | "content" | "web";
                                    languages: string[];
                                    launchCommand: string | null;
                                    licence: string;
                                    minDiskMb: number | null;
                                    minRamMb: number | null;
                                    packages: string[];
                                    proposedBy: string;
                                    status: string;
                                    subjects: string[];
                                    title: string;
                                    updatedAt: string;
                                    webUrl: string | null;
                                }[];
                                sentences: string[];
                                to: {
                                    id: string;
                                    manifestHash: string | null;
                                    number: number;
                                    publishedAt: string | null;
                                    resourceCount: number;
                                    /** @enum {string} */
                                    status: "draft" | "approved" | "published";
                                };
                            } | null;
                            next: {
                                schoolYear: {
                                    code: string;
                                    id: string;
                                } | null;
                                /** @enum {string} */
                                status: "draft" | "approved" | "published" | "none";
                                version: {
                                    approvedAt: string | null;
                                    approvedBy: string | null;
                                    basedOn: {
                                        id: string;
                                        number: number;
                                    } | null;
                                    id: string;
                                    items: {
                                        content: {
                                            bytes: number;
                                            fileName: string;
                                            sha256: string;
                                            url: string;
                                            verifiedAt: string | null;
                                        } | null;
                                        createdAt: string;
                                        description: string;
                                        grades: string[];
                                        id: string;
                                        /** @enum {string} */
                                        kind: "software" | "content" | "web";
                                        languages: string[];
                                        launchCommand: string | null;
                                        licence: string;
                                        minDiskMb: number | null;
                                        minRamMb: number | null;
                                        packages: string[];
                                        proposedBy: string;
                                        status: string;
                                        subjects: string[];
                                        title: string;
                                        updatedAt: string;
                                        webUrl: string | null;
                                    }[];
                                    manifestHash: string | null;
                                    number: number;
                                    profile: {
                                        /** @enum {string} */
                                        band: "cycle2" | "cycle3";
                                        id: string;
                                        schoolYear: {
                                            code: string;
                                            id: string;
                                        };
                                    };
                                    publishedAt: string | null;
                                    publishedBy: string | null;
                                    /** @enum {string} */
                                    status: "draft" | "approved" | "published";
                                } | null;
                            };
                        } | {
                            /** @enum {string} */
                            band: "cycle2" | "cycle3";
                            current: {
                                schoolYear: {
                                    code: string;
                                    id: string;
                                } | null;
                                version: {
                                    approvedAt: string | null;
                                    approvedBy: string | null;
                                    basedOn: {
                                        id: string;
                                        number: number;
                                    } | null;
                                    id: string;
                                    items: {
                                        content: {
                                            bytes: number;
                                            fileName: string;
                                            sha256: string;
                                            url: string;
                                            verifiedAt: string | null;
                                        } | null;
                                        createdAt: string;
                                        description: string;
                                        grades: string[];
                                        id: string;
                                        /** @enum {string} */
                                        kind: "software" | "content" | "web";
                                        languages: string[];
                                        launchCommand: string | null;
                                        licence: string;
                                        minDiskMb: number | null;
                                        minRamMb: number | null;
                                        packages: string[];
                                        proposedBy: string;
                                        status: string;
                                        subjects: string[];
                                        title: string;
                                        updatedAt: string;
                                        webUrl: string | null;
                                    }[];
                                    manifestHash: string | null;
                                    number: number;
                                    profile: {
                                        /** @enum {string} */
                                        band: "cycle2" | "cycle3";
                                        id: string;
                                        schoolYear: {
                                            code: string;
                                            id: string;
                                        };
                                    };
                                    publishedAt: string | null;
                                    publishedBy: string | null;
                                    /** @enum {string} */
                                    status: "draft" | "approved" | "published";
                                } | null;
                            };
                            diff: {
                                added: {
                                    content: {
                                        bytes: number;
                                        fileName: string;
                                        sha256: string;
                                        url: string;
                                        verifiedAt: string | null;
                                    } | null;
                                    createdAt: string;
                                    description: string;
                                    grades: string[];
                                    id: string;
                                    /** @enum {string} */
                                    kind: "software" | "content" | "web";
                                    languages: string[];
                                    launchCommand: string | null;
                                    licence: string;
                                    minDiskMb: number | null;
                                    minRamMb: number | null;
                                    packages: string[];
                                    proposedBy: string;
                                    status: string;
                                    subjects: string[];
                                    title: string;
                                    updatedAt: string;
                                    webUrl: string | null;
                                }[];
                                changed: {
                                    changes: {
                                        after: string | number | null;
                                        before: string | number | null;
                                        field: string;
                                    }[];
                                    resource: {
                                        content: {
                                            bytes: number;
                                            fileName: string;
                                            sha256: string;
                                            url: string;
                                            verifiedAt: string | null;
                                        } | null;
                                        createdAt: string;
                                        description: string;
                                        grades: string[];
                                        id: string;
                                        /** @enum {string} */
                                        kind: "software" | "content" | "web";
                                        languages: string[];
                                        launchCommand: string | null;
                                        licence: string;
                                        minDiskMb: number | null;
                                        minRamMb: number | null;
                                        packages: string[];
                                        proposedBy: string;
                                        status: string;
                                        subjects: string[];
                                        title: string;
                                        updatedAt: string;
                                        webUrl: string | null;
                                    };
                                }[];
                                from: {
                                    id: string;
                                    manifestHash: string | null;
                                    number: number;
                                    publishedAt: string | null;
                                    resourceCount: number;
                                    /** @enum {string} */
                                    status: "draft" | "approved" | "published";
                                } | null;
                                removed: {
                                    content: {
                                        bytes: number;
                                        fileName: string;
                                        sha256: string;
                                        url: string;
                                        verifiedAt: string | null;
                                    } | null;
                                    createdAt: string;
                                    description: string;
                                    grades: string[];
                                    id: string;
                                    /** @enum {string} */
                                    kind: "software" | "content" | "web";
                                    languages: string[];
                                    launchCommand: string | null;
                                    licence: string;
                                    minDiskMb: number | null;
                                    minRamMb: number | null;
                                    packages: string[];
                                    proposedBy: string;
                                    status: string;
                                    subjects: string[];
                                    title: string;
                                    updatedAt: string;
                                    webUrl: string | null;
                                }[];
                                sentences: string[];
                                to: {
                                    id: string;
                                    manifestHash: string | null;
                                    number: number;
                                    publishedAt: string | null;
                                    resourceCount: number;
                                    /** @enum {string} */
                                    status: "draft" | "approved" | "published";
                                };
                            } | null;
                            next: {
                                schoolYear: {
                                    code: string;
                                    id: string;
                                } | null;
                                /** @enum {string} */
                                status: "draft" | "approved" | "published" | "none";
                                version: {
                                    approvedAt: string | null;
                                    approvedBy: string | null;
                                    basedOn: {
                                        id: string;
                                        number: number;
                                    } | null;
                                    id: string;
                                    items: {
                                        content: {
                                            bytes: number;
                                            fileName: string;
                                            sha256: string;
                                            url: string;
                                            verifiedAt: string | null;
                                        } | null;
                                        createdAt: string;
                                        description: string;
                                        grades: string[];
                                        id: string;
                                        /** @enum {string} */
                                        kind: "software" | "content" | "web";
                                        languages: string[];
                                        launchCommand: string | null;
                                        licence: string;
                                        minDiskMb: number | null;
                                        minRamMb: number | null;
                                        packages: string[];
                                        proposedBy: string;
                                        status: string;
                                        subjects: string[];
                                        title: string;
                                        updatedAt: string;
                                        webUrl: string | null;
                                    }[];
                                    manifestHash: string | null;
                                    number: number;
                                    profile: {
                                        /** @enum {string} */
                                        band: "cycle2" | "cycle3";
                                        id: string;
                                        schoolYear: {
                                            code: string;
                                            id: string;
                                        };
                                    };
                                    publishedAt: string | null;
                                    publishedBy: string | null;
                                    /** @enum {string} */
                                    status: "draft" | "approved" | "published";
                                } | null;
                            };
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/catalogue/debian-indexes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The loaded Debian indexes and the target (release, component, architecture, mirror) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["DebianIndex"][];
                            target: {
                                architecture: string;
                                component: string;
                                mirrorUrl: string;
                                release: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Load the Debian Packages index: an uploaded file, or the programme’s mirror
         * @description Body: the Packages or Packages.gz file (application/octet-stream or application/gzip, ?fileName= names it), or JSON {"source":"mirror"} to fetch <debianMirrorUrl>/dists/<release>/<component>/binary-<arch>/Packages.gz. The index is refused as a whole when a line is unreadable or the file is cut, or when a stanza is for an architecture other than the programme’s target or `all` (422 DEBIAN_INDEX_INVALID, naming the line); a mirror failure is 502 DEBIAN_INDEX_FETCH_FAILED. It replaces the index of the same release and architecture.
         */
        post: {
            parameters: {
                query?: {
                    fileName?: string;
                };
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/gzip": string | {
                        /** @enum {string} */
                        source: "mirror";
                    };
                    "application/json": string | {
                        /** @enum {string} */
                        source: "mirror";
                    };
                    "application/octet-stream": string | {
                        /** @enum {string} */
                        source: "mirror";
                    };
                    "application/x-gzip": string | {
                        /** @enum {string} */
                        source: "mirror";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DebianIndex"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/catalogue/debian-packages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Named packages of the current Debian index (unknown names are left out) */
        get: {
            parameters: {
                query: {
                    /** @description Package names separated by commas (500 at most). */
                    names: string;
                };
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                installedSizeKb: number | null;
                                name: string;
                                section: string | null;
                                summary: string | null;
                                version: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/catalogue/manifests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published image manifests, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                hash: string;
                                label: string;
                                packageCount: number;
                                profile: {
                                    /** @enum {string} */
                                    band: "cycle2" | "cycle3";
                                    schoolYearCode: string;
                                };
                                publishedAt: string;
                                versionId: string;
                                versionNumber: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/catalogue/manifests/{hash}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A published manifest’s content */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    hash: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            content: {
                                [key: string]: unknown;
                            };
                            hash: string;
                            label: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/catalogue/manifests/{hash}/packages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The package names of a manifest, one per line */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    hash: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One Debian package name per line, text/plain. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/catalogue/manifests/{hash}/playbook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Ansible playbook of a manifest */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    hash: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The playbook, application/yaml. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/catalogue/manifests/{hash}/script": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The provisioning shell script (bash) of a manifest */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    hash: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The script, text/x-shellscript. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/catalogue/profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The profiles of a school year (default: the current and the next one) */
        get: {
            parameters: {
                query?: {
                    schoolYearId?: string;
                };
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                band: "cycle2" | "cycle3";
                                id: string;
                                open: {
                                    id: string;
                                    manifestHash: string | null;
                                    number: number;
                                    publishedAt: string | null;
                                    resourceCount: number;
                                    /** @enum {string} */
                                    status: "draft" | "approved" | "published";
                                } | null;
                                published: {
                                    id: string;
                                    manifestHash: string | null;
                                    number: number;
                                    publishedAt: string | null;
                                    resourceCount: number;
                                    /** @enum {string} */
                                    status: "draft" | "approved" | "published";
                                } | null;
                                schoolYear: {
                                    code: string;
                                    id: string;
                                };
                                versions: {
                                    id: string;
                                    manifestHash: string | null;
                                    number: number;
                                    publishedAt: string | null;
                                    resourceCount: number;
                                    /** @enum {string} */
                                    status: "draft" | "approved" | "published";
                                }[];
                            }[];
                            schoolYears: {
                                code: string;
                                current: boolean;
                                id: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create the profile of a band and school year, with its first draft */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        band: "cycle2" | "cycle3";
                        /** Format: uuid */
                        schoolYearId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            band: "cycle2" | "cycle3";
                            id: string;
                            open: {
                                id: string;
                                manifestHash: string | null;
                                number: number;
                                publishedAt: string | null;
                                resourceCount: number;
                                /** @enum {string} */
                                status: "draft" | "approved" | "published";
                            } | null;
                            published: {
                                id: string;
                                manifestHash: string | null;
                                number: number;
                                publishedAt: string | null;
                                resourceCount: number;
                                /** @enum {string} */
                                status: "draft" | "approved" | "published";
                            } | null;
                            schoolYear: {
                                code: string;
                                id: string;
                            };
                            versions: {
                                id: string;
                                manifestHash: string | null;
                                number: number;
                                publishedAt: string | null;
                                resourceCount: number;
                                /** @enum {string} */
                                status: "draft" | "approved" | "published";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/catalogue/profiles/{profileId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The version in preparation, or a new draft from the latest published version */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    profileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            approvedBy: string | null;
                            basedOn: {
                                id: string;
                                number: number;
                            } | null;
                            id: string;
                            items: {
                                content: {
                                    bytes: number;
                                    fileName: string;
                                    sha256: string;
                                    url: string;
                                    verifiedAt: string | null;
                                } | null;
                                createdAt: string;
                                description: string;
                                grades: string[];
                                id: string;
                                /** @enum {string} */
                                kind: "software" | "content" | "web";
                                languages: string[];
                                launchCommand: string | null;
                                licence: string;
                                minDiskMb: number | null;
                                minRamMb: number | null;
                                packages: string[];
                                proposedBy: string;
                                status: string;
                                subjects: string[];
                                title: string;
                                updatedAt: string;
                                webUrl: string | null;
                            }[];
                            manifestHash: string | null;
                            number: number;
                            profile: {
                                /** @enum {string} */
                                band: "cycle2" | "cycle3";
                                id: string;
                                schoolYear: {
                                    code: string;
                                    id: string;
                                };
                            };
                            publishedAt: string | null;
                            publishedBy: string | null;
                            /** @enum {string} */
                            status: "draft" | "approved" | "published";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/catalogue/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Proposals ranked by support minus opposition, then support, then the oldest first */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "accepted" | "rejected" | "withdrawn" | "decided";
                    band?: "cycle2" | "cycle3";
                    schoolYearId?: string;
                };
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["CatalogueProposal"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Propose adding a resource (existing or new) to a grade’s set, or removing one */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        grade: string;
                        /** @enum {string} */
                        kind: "add" | "remove";
                        reason: string;
                        /** @description A resource: software (Debian packages), offline content (one file) or web (an address). */
                        resource?: {
                            content?: {
                                bytes: number;
                                fileName: string;
                                sha256: string;
                                /** @description An http:// or https:// address */
                                url: string;
                            } | null;
                            description: string;
                            grades: ("CP" | "CE1" | "CE2" | "CM1" | "CM2")[];
                            /** @enum {string} */
                            kind: "software" | "content" | "web";
                            languages: string[];
                            launchCommand?: string | null;
                            licence: string;
                            minDiskMb?: number | null;
                            minRamMb?: number | null;
                            packages?: string[];
                            subjects: ("french" | "maths" | "science" | "history_geography" | "foreign_languages" | "arts" | "music" | "coding" | "typing" | "reference")[];
                            title: string;
                            webUrl?: string | null;
                        };
                        /** Format: uuid */
                        resourceId?: string;
                        /** Format: uuid */
                        schoolYearId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CatalogueProposal"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/catalogue/proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One proposal with its votes and comments */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CatalogueProposalDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/catalogue/proposals/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Comment on an open proposal */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CatalogueProposalComment"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/catalogue/proposals/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The committee accepts (the draft of the band and year changes) or rejects, with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "accept" | "reject";
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CatalogueProposal"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/catalogue/proposals/{id}/vote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Support or oppose a proposal (teachers only; a new vote replaces the previous one) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        value: "support" | "oppose";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CatalogueProposal"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** Take one’s vote back (teachers only) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CatalogueProposal"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/catalogue/proposals/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The proposer withdraws an open proposal */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CatalogueProposal"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/catalogue/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Catalogue resources by grade, subject, kind and status (accepted by default), by title */
        get: {
            parameters: {
                query?: {
                    grade?: "CP" | "CE1" | "CE2" | "CM1" | "CM2";
                    subject?: "french" | "maths" | "science" | "history_geography" | "foreign_languages" | "arts" | "music" | "coding" | "typing" | "reference";
                    kind?: "software" | "content" | "web";
                    status?: "proposed" | "accepted" | "rejected" | "retired";
                    q?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["CatalogueResource"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a resource to the catalogue (accepted at once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            /** @description A resource: software (Debian packages), offline content (one file) or web (an address). */
            requestBody: {
                content: {
                    "application/json": {
                        content?: {
                            bytes: number;
                            fileName: string;
                            sha256: string;
                            /** @description An http:// or https:// address */
                            url: string;
                        } | null;
                        description: string;
                        grades: ("CP" | "CE1" | "CE2" | "CM1" | "CM2")[];
                        /** @enum {string} */
                        kind: "software" | "content" | "web";
                        languages: string[];
                        launchCommand?: string | null;
                        licence: string;
                        minDiskMb?: number | null;
                        minRamMb?: number | null;
                        packages?: string[];
                        subjects: ("french" | "maths" | "science" | "history_geography" | "foreign_languages" | "arts" | "music" | "coding" | "typing" | "reference")[];
                        title: string;
                        webUrl?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CatalogueResource"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/catalogue/resources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One resource and the profile versions holding it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            content: {
                                bytes: number;
                                fileName: string;
                                sha256: string;
                                url: string;
                                verifiedAt: string | null;
                            } | null;
                            createdAt: string;
                            description: string;
                            grades: string[];
                            id: string;
                            inVersions: {
                                /** @enum {string} */
                                band: "cycle2" | "cycle3";
                                number: number;
                                profileId: string;
                                schoolYearCode: string;
                                /** @enum {string} */
                                status: "draft" | "approved" | "published";
                                versionId: string;
                            }[];
                            /** @enum {string} */
                            kind: "software" | "content" | "web";
                            languages: string[];
                            launchCommand: string | null;
                            licence: string;
                            minDiskMb: number | null;
                            minRamMb: number | null;
                            packages: string[];
                            proposedBy: string;
                            /** @enum {string} */
                            status: "proposed" | "accepted" | "rejected" | "retired";
                            subjects: string[];
                            title: string;
                            updatedAt: string;
                            webUrl: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a resource (published versions keep their snapshot); a changed file is no longer verified */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        content?: {
                            bytes: number;
                            fileName: string;
                            sha256: string;
                            /** @description An http:// or https:// address */
                            url: string;
                        } | null;
                        description?: string;
                        grades?: ("CP" | "CE1" | "CE2" | "CM1" | "CM2")[];
                        /** @enum {string} */
                        kind?: "software" | "content" | "web";
                        languages?: string[];
                        launchCommand?: string | null;
                        licence?: string;
                        minDiskMb?: number | null;
                        minRamMb?: number | null;
                        packages?: string[];
                        subjects?: ("french" | "maths" | "science" | "history_geography" | "foreign_languages" | "arts" | "music" | "coding" | "typing" | "reference")[];
                        title?: string;
                        webUrl?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CatalogueResource"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/programmes/{programme}/catalogue/resources/{id}/verify-content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Download an offline content’s file and check its size and SHA-256; records the check when they match */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CatalogueResource"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/catalogue/versions/{versionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A version with its resources (as published, for a published version) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    versionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            approvedBy: string | null;
                            basedOn: {
                                id: string;
                                number: number;
                            } | null;
                            id: string;
                            items: {
                                content: {
                                    bytes: number;
                                    fileName: string;
                                    sha256: string;
                                    url: string;
                                    verifiedAt: string | null;
                                } | null;
                                createdAt: string;
                                description: string;
                                grades: string[];
                                id: string;
                                /** @enum {string} */
                                kind: "software" | "content" | "web";
                                languages: string[];
                                launchCommand: string | null;
                                licence: string;
                                minDiskMb: number | null;
                                minRamMb: number | null;
                                packages: string[];
                                proposedBy: string;
                                status: string;
                                subjects: string[];
                                title: string;
                                updatedAt: string;
                                webUrl: string | null;
                            }[];
                            manifestHash: string | null;
                            number: number;
                            profile: {
                                /** @enum {string} */
                                band: "cycle2" | "cycle3";
                                id: string;
                                schoolYear: {
                                    code: string;
                                    id: string;
                                };
                            };
                            publishedAt: string | null;
                            publishedBy: string | null;
                            /** @enum {string} */
                            status: "draft" | "approved" | "published";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/catalogue/versions/{versionId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The committee approves a draft */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    versionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            approvedBy: string | null;
                            basedOn: {
                                id: string;
                                number: number;
                            } | null;
                            id: string;
                            items: {
                                content: {
                                    bytes: number;
                                    fileName: string;
                                    sha256: string;
                                    url: string;
                                    verifiedAt: string | null;
                                } | null;
                                createdAt: string;
                                description: string;
                                grades: string[];
                                id: string;
                                /** @enum {string} */
                                kind: "software" | "content" | "web";
                                languages: string[];
                                launchCommand: string | null;
                                licence: string;
                                minDiskMb: number | null;
                                minRamMb: number | null;
                                packages: string[];
                                proposedBy: string;
                                status: string;
                                subjects: string[];
                                title: string;
                                updatedAt: string;
                                webUrl: string | null;
                            }[];
                            manifestHash: string | null;
                            number: number;
                            profile: {
                                /** @enum {string} */
                                band: "cycle2" | "cycle3";
                                id: string;
                                schoolYear: {
                                    code: string;
                                    id: string;
                                };
                            };
                            publishedAt: string | null;
                            publishedBy: string | null;
                            /** @enum {string} */
                            status: "draft" | "approved" | "published";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/catalogue/versions/{versionId}/debian-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each package against the Debian index (as stored at publication, else live) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    versionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            diskBudgetMb: number;
                            index: components["schemas"]["DebianIndex"];
                            minRamMb: number;
                            overBudget: boolean;
                            packages: {
                                installedSizeKb: number | null;
                                name: string;
                                reason: string | null;
                                resourceId: string;
                                resourceTitle: string;
                                /** @enum {string} */
                                status: "available" | "missing" | "too_heavy";
                                version: string | null;
                            }[];
                            publishable: boolean;
                            resources: {
                                reason: string | null;
                                resourceId: string;
                                /** @enum {string} */
                                status: "ok" | "too_heavy";
                                title: string;
                            }[];
                            totalMb: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/catalogue/versions/{versionId}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changes from another version (default: the one it was based on), in words */
        get: {
            parameters: {
                query?: {
                    against?: string;
                };
                header?: never;
                path: {
                    programme: string;
                    versionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            added: {
                                content: {
                                    bytes: number;
                                    fileName: string;
                                    sha256: string;
                                    url: string;
                                    verifiedAt: string | null;
                                } | null;
                                createdAt: string;
                                description: string;
                                grades: string[];
                                id: string;
                                /** @enum {string} */
                                kind: "software" | "content" | "web";
                                languages: string[];
                                launchCommand: string | null;
                                licence: string;
                                minDiskMb: number | null;
                                minRamMb: number | null;
                                packages: string[];
                                proposedBy: string;
                                status: string;
                                subjects: string[];
                                title: string;
                                updatedAt: string;
                                webUrl: string | null;
                            }[];
                            changed: {
                                changes: {
                                    after: string | number | null;
                                    before: string | number | null;
                                    field: string;
                                }[];
                                resource: {
                                    content: {
                                        bytes: number;
                                        fileName: string;
                                        sha256: string;
                                        url: string;
                                        verifiedAt: string | null;
                                    } | null;
                                    createdAt: string;
                                    description: string;
                                    grades: string[];
                                    id: string;
                                    /** @enum {string} */
                                    kind: "software" | "content" | "web";
                                    languages: string[];
                                    launchCommand: string | null;
                                    licence: string;
                                    minDiskMb: number | null;
                                    minRamMb: number | null;
                                    packages: string[];
                                    proposedBy: string;
                                    status: string;
                                    subjects: string[];
                                    title: string;
                                    updatedAt: string;
                                    webUrl: string | null;
                                };
                            }[];
                            from: {
                                id: string;
                                manifestHash: string | null;
                                number: number;
                                publishedAt: string | null;
                                resourceCount: number;
                                /** @enum {string} */
                                status: "draft" | "approved" | "published";
                            } | null;
                            removed: {
                                content: {
                                    bytes: number;
                                    fileName: string;
                                    sha256: string;
                                    url: string;
                                    verifiedAt: string | null;
                                } | null;
                                createdAt: string;
                                description: string;
                                grades: string[];
                                id: string;
                                /** @enum {string} */
                                kind: "software" | "content" | "web";
                                languages: string[];
                                launchCommand: string | null;
                                licence: string;
                                minDiskMb: number | null;
                                minRamMb: number | null;
                                packages: string[];
                                proposedBy: string;
                                status: string;
                                subjects: string[];
                                title: string;
                                updatedAt: string;
                                webUrl: string | null;
                            }[];
                            sentences: string[];
                            to: {
                                id: string;
                                manifestHash: string | null;
                                number: number;
                                publishedAt: string | null;
                                resourceCount: number;
                                /** @enum {string} */
                                status: "draft" | "approved" | "published";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/catalogue/versions/{versionId}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an accepted resource to a version in preparation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    versionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        resourceId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            approvedBy: string | null;
                            basedOn: {
                                id: string;
                                number: number;
                            } | null;
                            id: string;
                            items: {
                                content: {
                                    bytes: number;
                                    fileName: string;
                                    sha256: string;
                                    url: string;
                                    verifiedAt: string | null;
                                } | null;
                                createdAt: string;
                                description: string;
                                grades: string[];
                                id: string;
                                /** @enum {string} */
                                kind: "software" | "content" | "web";
                                languages: string[];
                                launchCommand: string | null;
                                licence: string;
                                minDiskMb: number | null;
                                minRamMb: number | null;
                                packages: string[];
                                proposedBy: string;
                                status: string;
                                subjects: string[];
                                title: string;
                                updatedAt: string;
                                webUrl: string | null;
                            }[];
                            manifestHash: string | null;
                            number: number;
                            profile: {
                                /** @enum {string} */
                                band: "cycle2" | "cycle3";
                                id: string;
                                schoolYear: {
                                    code: string;
                                    id: string;
                                };
                            };
                            publishedAt: string | null;
                            publishedBy: string | null;
                            /** @enum {string} */
                            status: "draft" | "approved" | "published";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/catalogue/versions/{versionId}/items/{resourceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a resource from a version in preparation */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    versionId: string;
                    resourceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            approvedBy: string | null;
                            basedOn: {
                                id: string;
                                number: number;
                            } | null;
                            id: string;
                            items: {
                                content: {
                                    bytes: number;
                                    fileName: string;
                                    sha256: string;
                                    url: string;
                                    verifiedAt: string | null;
                                } | null;
                                createdAt: string;
                                description: string;
                                grades: string[];
                                id: string;
                                /** @enum {string} */
                                kind: "software" | "content" | "web";
                                languages: string[];
                                launchCommand: string | null;
                                licence: string;
                                minDiskMb: number | null;
                                minRamMb: number | null;
                                packages: string[];
                                proposedBy: string;
                                status: string;
                                subjects: string[];
                                title: string;
                                updatedAt: string;
                                webUrl: string | null;
                            }[];
                            manifestHash: string | null;
                            number: number;
                            profile: {
                                /** @enum {string} */
                                band: "cycle2" | "cycle3";
                                id: string;
                                schoolYear: {
                                    code: string;
                                    id: string;
                                };
                            };
                            publishedAt: string | null;
                            publishedBy: string | null;
                            /** @enum {string} */
                            status: "draft" | "approved" | "published";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/catalogue/versions/{versionId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish an approved version: Debian check, snapshots, image manifest, conformity
         * @description Refused with CATALOGUE_PACKAGES_UNAVAILABLE (one entry of `errors` per missing or too heavy package, field `packages.<name>`) or CATALOGUE_CONTENT_NOT_VERIFIED; nothing changes then.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    versionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            approvedBy: string | null;
                            basedOn: {
                                id: string;
                                number: number;
                            } | null;
                            id: string;
                            items: {
                                content: {
                                    bytes: number;
                                    fileName: string;
                                    sha256: string;
                                    url: string;
                                    verifiedAt: string | null;
                                } | null;
                                createdAt: string;
                                description: string;
                                grades: string[];
                                id: string;
                                /** @enum {string} */
                                kind: "software" | "content" | "web";
                                languages: string[];
                                launchCommand: string | null;
                                licence: string;
                                minDiskMb: number | null;
                                minRamMb: number | null;
                                packages: string[];
                                proposedBy: string;
                                status: string;
                                subjects: string[];
                                title: string;
                                updatedAt: string;
                                webUrl: string | null;
                            }[];
                            manifestHash: string | null;
                            number: number;
                            profile: {
                                /** @enum {string} */
                                band: "cycle2" | "cycle3";
                                id: string;
                                schoolYear: {
                                    code: string;
                                    id: string;
                                };
                            };
                            publishedAt: string | null;
                            publishedBy: string | null;
                            /** @enum {string} */
                            status: "draft" | "approved" | "published";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/communes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Communes of the programme, searched by name, INSEE code or postal code */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Commune"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/conformity/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Judged computers, those needing re-imaging first */
        get: {
            parameters: {
                query?: {
                    place?: "school" | "home";
                    schoolId?: string;
                    status?: "conform" | "needs_reimaging" | "no_profile" | "no_inventory";
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ConformityDevice"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/conformity/recompute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recompute every computer’s conformity now */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConformitySummary"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/conformity/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counts per conformity status by school and for computers at home */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConformitySummary"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The coordinator's figures: devices, pupils, campaign, cards, credits, attendance */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attendanceDays: number;
                            attendanceRate: number | null;
                            campaignHouseholds: {
                                [key: string]: number;
                            };
                            cardsIssued: number;
                            creditsBooked: number;
                            creditsExpired: number;
                            creditsIssued: number;
                            creditsRedeemed: number;
                            devicesByState: {
                                [key: string]: number;
                            };
                            households: number;
                            pupils: number;
                            readyStock: number;
                            schoolYear: {
                                code: string;
                                endsOn: string;
                                startsOn: string;
                            } | null;
                            today: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/desk/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The handover desk: find a household by scanned tag, invitation code or name */
        get: {
            parameters: {
                query?: {
                    /** @description A scanned or typed asset tag, e.g. GB-004217-K. */
                    tag?: string;
                    /** @description The invitation code of the letter, e.g. K7QM-3XR9. */
                    code?: string;
                    /** @description Words of a guardian’s or pupil’s name. */
                    q?: string;
                };
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DeskLookup"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Devices of the programme, filtered, one page at a time (keyset cursor) */
        get: {
            parameters: {
                query?: {
                    state?: "received" | "diagnosed" | "erased" | "repaired" | "imaged" | "checked" | "ready" | "allocated" | "handed_over" | "returned" | "for_parts" | "recycled" | "in_school";
                    grade?: "A" | "B" | "C" | "unfit";
                    kind?: "desktop" | "laptop" | "monitor" | "other";
                    lotId?: string;
                    q?: string;
                    sort?: "assetTag" | "-assetTag" | "stateSince" | "-stateSince" | "createdAt" | "-createdAt";
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Device"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Receive one device: it gets its asset tag and starts in "received" */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "desktop" | "laptop" | "monitor" | "other";
                        lotId?: string | null;
                        make?: string | null;
                        model?: string | null;
                        serial?: string | null;
                        station?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Device"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/devices/by-tag/{tag}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The device with this asset tag, as typed or scanned */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    tag: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Device"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/devices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A device with its history, disks and erasure proofs, latest inventory and checks */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DeviceDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a device’s place (operators) or identity: kind, make, model, serial (supervisors) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind?: "desktop" | "laptop" | "monitor" | "other";
                        location?: string | null;
                        make?: string | null;
                        model?: string | null;
                        serial?: string | null;
                        station?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Device"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/programmes/{programme}/devices/{id}/checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign the final check (four-eyes); passed moves the device to "checked" */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            [key: string]: "ok" | "fail" | "na";
                        };
                        notes?: string | null;
                        /** Format: date-time */
                        startedAt?: string;
                        station?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            check: components["schemas"]["DeviceCheck"];
                            device: components["schemas"]["Device"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/devices/{id}/erasures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Erasure records of a device and the proof status of each disk of its latest inventory */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            disks: components["schemas"]["DiskProof"][];
                            records: components["schemas"]["ListedErasureRecord"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Record an erasure by another tool, a physical destruction, or a correction */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        devicePath?: string | null;
                        diskModel?: string | null;
                        diskSerial?: string | null;
                        endedAt?: string | null;
                        failureReason?: string | null;
                        method: string;
                        /** @enum {string} */
                        nistLevel: "clear" | "purge" | "destroy";
                        passes?: number | null;
                        /** @enum {string} */
                        result: "erased" | "failed" | "aborted" | "destroyed";
                        startedAt?: string | null;
                        supersedesId?: string | null;
                        tool: string;
                        toolVersion?: string | null;
                        /** @enum {string} */
                        verification: "none" | "last" | "all";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErasureRecord"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/devices/{id}/erasures/nwipe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an nwipe log: one erasure record per wiped disk (idempotent)
         * @description Body: the log file as nwipe wrote it (text/plain or application/octet-stream, at most 5 MB). The same log sent again for the same device returns the same records with duplicate: true.
         */
        post: {
            parameters: {
                query?: {
                    fileName?: string;
                };
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            /** @description The nwipe log file, as nwipe wrote it (at most 5 MB). */
            requestBody: {
                content: {
                    "application/octet-stream": string;
                    "text/plain": string;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            duplicate: boolean;
                            evidenceId: string;
                            records: components["schemas"]["ErasureRecord"][];
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            duplicate: boolean;
                            evidenceId: string;
                            records: components["schemas"]["ErasureRecord"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/devices/{id}/inventories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inventories of a device, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["InventorySummary"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Upload an inventory file for a device: lshw -json, a glpi JSON file or an agent XML (--local) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InventorySummary"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InventorySummary"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/devices/{id}/inventories/{inventoryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One inventory with its installed software */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                    inventoryId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InventoryDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/devices/{id}/inventories/{inventoryId}/raw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The payload as the agent or the person sent it (decompressed XML or JSON) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                    inventoryId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The XML or JSON the agent or the person sent */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/devices/{id}/label.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The label of one device (A4 sheet of 3 × 8 with `skip` places used, or 62 mm roll) */
        get: {
            parameters: {
                query?: {
                    format?: "a4" | "roll";
                    skip?: number;
                };
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description PDF document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/devices/{id}/moves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a device to another workshop step (the step’s guards apply) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        image?: {
                            manifestHash: string;
                        };
                        reason?: string | null;
                        /** Format: date-time */
                        startedAt?: string;
                        station?: string | null;
                        /** @enum {string} */
                        to: "received" | "diagnosed" | "erased" | "repaired" | "imaged" | "checked" | "ready" | "allocated" | "handed_over" | "returned" | "for_parts" | "recycled" | "in_school";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            device: components["schemas"]["Device"];
                            event: components["schemas"]["DeviceEvent"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/devices/{id}/undo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Undo one’s own latest move of a device, within a minute */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        eventId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            device: components["schemas"]["Device"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A distribution event with its time slots (capacity, booked, remaining) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            addressLine: string | null;
                            booked: number;
                            campaignId: string;
                            capacity: number;
                            communeInsee: string | null;
                            communeName: string | null;
                            createdAt: string;
                            date: string;
                            id: string;
                            notes: string | null;
                            placeName: string;
                            remaining: number;
                            schoolId: string | null;
                            schoolName: string | null;
                            slotCount: number;
                            slots: {
                                booked: number;
                                capacity: number;
                                endTime: string;
                                endsAt: string;
                                eventId: string;
                                id: string;
                                remaining: number;
                                startTime: string;
                                startsAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/events/{id}/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add one time slot or a series of slots to an event */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            /** @description One slot {startsAt, endsAt, capacity} or a series {from, to, everyMinutes, capacity}: slots of everyMinutes from `from` as long as they end by `to`. Times in the programme’s time zone. */
            requestBody: {
                content: {
                    "application/json": {
                        capacity: number;
                        /** @description Wall-clock time HH:MM in the programme’s time zone */
                        endsAt?: string;
                        everyMinutes?: number;
                        /** @description Wall-clock time HH:MM in the programme’s time zone */
                        from?: string;
                        /** @description Wall-clock time HH:MM in the programme’s time zone */
                        startsAt?: string;
                        /** @description Wall-clock time HH:MM in the programme’s time zone */
                        to?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: {
                                booked: number;
                                capacity: number;
                                endTime: string;
                                endsAt: string;
                                eventId: string;
                                id: string;
                                remaining: number;
                                startTime: string;
                                startsAt: string;
                            }[];
                            event: {
                                addressLine: string | null;
                                booked: number;
                                campaignId: string;
                                capacity: number;
                                communeInsee: string | null;
                                communeName: string | null;
                                createdAt: string;
                                date: string;
                                id: string;
                                notes: string | null;
                                placeName: string;
                                remaining: number;
                                schoolId: string | null;
                                schoolName: string | null;
                                slotCount: number;
                                slots: {
                                    booked: number;
                                    capacity: number;
                                    endTime: string;
                                    endsAt: string;
                                    eventId: string;
                                    id: string;
                                    remaining: number;
                                    startTime: string;
                                    startsAt: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/evidence/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An evidence file (an nwipe log), byte for byte as it was uploaded
         * @description Served with the media type it was stored with (text/plain for nwipe logs), not JSON; errors are application/problem+json.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file, with its media type; X-Content-SHA256 carries its SHA-256. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Not modified: the If-None-Match ETag matches. */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/grant-claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Grant claims, newest first */
        get: {
            parameters: {
                query?: {
                    status?: "awaiting_proof" | "submitted" | "approved" | "rejected" | "paid";
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["GrantClaim"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Open the internet grant claim of a pack (one per handover) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        handoverId: string;
                        providerName?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GrantClaim"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/grant-claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One grant claim */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GrantClaim"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/grant-claims/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a claim whose proof was checked */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GrantClaim"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/grant-claims/{id}/proof": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The current proof of subscription, as a download (staff only)
         * @description Served as an attachment with the type its bytes were checked to be and X-Content-Type-Options: nosniff; never inline.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The proof file (PDF, PNG or JPEG). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Upload the proof of subscription (PDF, PNG or JPEG, at most 5 MB)
         * @description Body: the file itself. Its type is read from its first bytes; the declared Content-Type and the file name never decide. SVG, HTML and any other type are refused (415).
         */
        post: {
            parameters: {
                query?: {
                    fileName?: string;
                };
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            /** @description The proof of subscription: a PDF, a PNG or a JPEG of at most 5 MB. */
            requestBody: {
                content: {
                    "application/octet-stream": string;
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GrantClaim"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/grant-claims/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a claim, with the reason (a new proof puts it back to review) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GrantClaim"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/handovers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand the pack over: signed agreement, device handed over, loan opened, card issued */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        campaignId: string;
                        /**
                         * Format: uuid
                         * @description The scanned device.
                         */
                        deviceId: string;
                        /** Format: uuid */
                        householdId: string;
                        /** Format: uuid */
                        pupilId?: string;
                        signature: {
                            /** @enum {string} */
                            kind: "drawn";
                            /** @description The pad as PNG, base64 or a data:image/png;base64 URL; at most 200 KB decoded. */
                            pngBase64: string;
                        } | {
                            /** @description Must be true: the guardian agrees to sign by typing. */
                            consent?: boolean;
                            /** @enum {string} */
                            kind: "typed";
                        };
                        /** @description The guardian who signs, as they write their name. */
                        signerName: string;
                        /** @description Hands over another device than the reserved one (documented swap). */
                        swapReason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            card: {
                                credits: number;
                                hoursPerCredit: number;
                                id: string;
                                number: string;
                                /** @description Given once: only its hash is kept. Print it with POST …/card.pdf. */
                                pin: string;
                                validUntil: string;
                            };
                            documents: {
                                agreement: string;
                                card: string;
                                receipt: string;
                            };
                            handover: components["schemas"]["Handover"];
                            loan: components["schemas"]["Loan"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/handovers/{id}/agreement.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed loan agreement, byte for byte as made at the handover */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description PDF document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/handovers/{id}/card.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workshop card to print (bank-card size, cut marks); never shows the PIN */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description PDF document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** The workshop card with a PIN slip: the PIN given by the handover, checked, never stored */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The PIN returned by POST /handovers, to print on a slip. */
                        pin: string;
                    };
                };
            };
            responses: {
                /** @description PDF document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/handovers/{id}/receipt.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The pack receipt: computer, card and internet grant */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description PDF document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Households, newest first, by reference, phone, e-mail or name (a director: her school only) */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    schoolId?: string;
                    schoolYearId?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Household"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/households/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A household with its guardians, contacts and pupils */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Household"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change guardians, contacts, address, language or flags */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        addressLine?: string | null;
                        communeInsee?: string | null;
                        contacts?: {
                            /** @enum {string} */
                            kind: "phone" | "email";
                            value: string;
                        }[];
                        guardians?: {
                            firstName?: string | null;
                            lastName: string;
                        }[];
                        noComputerAtHome?: boolean;
                        postalCode?: string | null;
                        preferredLanguage?: ("fr" | "en" | "ar" | "tr" | "pt" | "es" | "it" | "de" | "ro" | "ru" | "uk" | "sq" | "sr" | "ku" | "fa" | "ps" | "wo" | "ff" | "bm" | "so" | "ti" | "zh" | "vi") | null;
                        priorityNeighbourhood?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Household"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/programmes/{programme}/households/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that the family does not want the pack */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Household"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/households/{id}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Erase a household’s personal data now, on request (the devices keep their history) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HouseholdErasure"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/households/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything held about one household, as JSON (access request) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HouseholdExport"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/households/{id}/export.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything held about one household, as a readable PDF (access request) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description PDF document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/households/{id}/undecline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a refusal: the family wants the pack after all */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Household"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Imports of the programme, newest first, a page at a time (limit, cursor), with their counts */
        get: {
            parameters: {
                query?: {
                    schoolId?: string;
                    schoolYearId?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                committedAt: string | null;
                                counts: {
                                    householdsCreated: number;
                                    householdsReused: number;
                                    /** @description Merge proposals recorded by the commit; null for a dry run. */
                                    mergeProposals: number | null;
                                    rejected: number;
                                    rows: number;
                                    toCreate: number;
                                    toUpdate: number;
                                    unchanged: number;
                                } | null;
                                createdAt: string;
                                fileName: string;
                                fileSize: number;
                                id: string;
                                schoolId: string;
                                schoolYearId: string;
                                /** @enum {string} */
                                status: "uploaded" | "mapped" | "checked" | "committed" | "expired";
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Upload a pupil list (the CSV file as the body) for a school and a school year
         * @description Reads the encoding, the delimiter and the headers, proposes a mapping from the header names and applies the mapping saved for this school when every column it names is present. XLSX is refused: save the sheet as CSV.
         */
        post: {
            parameters: {
                query: {
                    schoolId: string;
                    schoolYearId: string;
                    fileName: string;
                };
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            /** @description The CSV file exactly as saved by the spreadsheet (UTF-8, Windows-1252 or UTF-16 with BOM; ; , or tab), at most 20 MB. */
            requestBody: {
                content: {
                    "application/octet-stream": string;
                    "application/vnd.ms-excel": string;
                    "text/csv": string;
                    "text/plain": string;
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PupilImport"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One import: headers, mappings, preview and the last report */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PupilImport"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/imports/{id}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Write the import, all or nothing; the uploaded file is deleted afterwards */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            committedAt: string;
                            householdsCreated: number;
                            householdsReused: number;
                            /** @description Merge proposals recorded by the commit; null for a dry run. */
                            mergeProposals: number | null;
                            rejected: number;
                            /** @description The first 500 rejected rows; GET …/rejected.csv lists them all. */
                            rejectedRows: {
                                firstName: string;
                                lastName: string;
                                line: number;
                                reasons: {
                                    code: string;
                                    /** @enum {string} */
                                    field: "pupil.lastName" | "pupil.firstName" | "pupil.grade" | "pupil.className" | "pupil.birthDate" | "school.uai" | "guardian1.lastName" | "guardian1.firstName" | "guardian2.lastName" | "guardian2.firstName" | "contact.phone1" | "contact.phone2" | "contact.email1" | "contact.email2" | "address.line" | "address.postalCode" | "address.commune" | "household.language" | "household.noComputerAtHome" | "household.priorityNeighbourhood";
                                    message: string;
                                }[];
                            }[];
                            /** @description false once the rejected rows (they name pupils) are deleted, 30 days after the upload. */
                            rejectedRowsKept: boolean;
                            rows: number;
                            toCreate: number;
                            toUpdate: number;
                            unchanged: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/imports/{id}/dry-run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What the commit would do: rows to create, update, unchanged, rejected with reasons */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportReport"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/imports/{id}/mapping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Map the file’s columns to fields; remembered for the school’s next import */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Import field → header name of the file. */
                        mapping: {
                            [key: string]: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PupilImport"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/imports/{id}/rejected.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every rejected row of the last dry run or of the commit, with its line and reason
         * @description UTF-8 with a byte order mark, semicolons; cells that look like formulas are neutralised.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/inventory/agent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Inventory agents: PROLOG/INVENTORY (XML, zlib/gzip/plain) and glpi-agent JSON (CONTACT, inventory) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description XML <REPLY> or glpi JSON, in the encoding of the request */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give a role to a person and mail them (creates the account when new) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName: string;
                        email: string;
                        organisationId?: string | null;
                        /** @enum {string} */
                        role: "admin" | "coordinator" | "workshop_supervisor" | "workshop_operator" | "teacher" | "committee_member" | "school_director" | "venue_staff" | "donor" | "family";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assignmentId: string;
                            organisationId: string | null;
                            /** @enum {string} */
                            role: "admin" | "coordinator" | "workshop_supervisor" | "workshop_operator" | "teacher" | "committee_member" | "school_director" | "venue_staff" | "donor" | "family";
                            user: {
                                displayName: string;
                                email: string;
                                id: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/labels.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Labels of chosen devices, at most 240 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Devices to print, in this order; at most 240 (LABEL_LIMIT_EXCEEDED beyond). */
                        deviceIds: string[];
                        /**
                         * @default a4
                         * @enum {string}
                         */
                        format?: "a4" | "roll";
                        /** @default 0 */
                        skip?: number;
                    };
                };
            };
            responses: {
                /** @description PDF document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/ledger/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check every card’s ledger: numbering, balances never negative, bookings and reissues */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LedgerVerification"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/loans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Loans, newest first */
        get: {
            parameters: {
                query?: {
                    status?: "active" | "returned" | "lost" | "stolen" | "swapped" | "transferred";
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Loan"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/loans/transfer-due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Every active loan whose end date has come passes to the family (idempotent) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            loanIds: string[];
                            transferred: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/loans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A loan with its history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assetTag: string;
                            createdAt: string;
                            deviceId: string;
                            endReason: string | null;
                            endedAt: string | null;
                            endsOn: string;
                            events: {
                                actorLabel: string;
                                details: {
                                    [key: string]: unknown;
                                } | null;
                                id: string;
                                kind: string;
                                occurredAt: string;
                            }[];
                            handoverId: string | null;
                            householdId: string;
                            householdReference: string;
                            id: string;
                            pupilId: string | null;
                            startsOn: string;
                            /** @enum {string} */
                            status: "active" | "returned" | "lost" | "stolen" | "swapped" | "transferred";
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/loans/{id}/lost": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The computer was lost: the loan ends */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /**
                         * Format: date
                         * @description When the family reported it (not in the future).
                         */
                        reportedOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Loan"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/loans/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Early return: the loan ends, the computer goes back to the workshop as returned */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Loan"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/loans/{id}/stolen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The computer was stolen: the loan ends */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /**
                         * Format: date
                         * @description When the family reported it (not in the future).
                         */
                        reportedOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Loan"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/loans/{id}/swap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Swap after a breakdown: the broken computer comes back, a ready one goes out on a new loan */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        deviceId: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            loan: components["schemas"]["Loan"];
                            previous: components["schemas"]["Loan"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/loans/{id}/transfer.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The printable transfer of ownership of a transferred loan */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description PDF document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/lots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Donation lots, newest first (a donor sees its own only) */
        get: {
            parameters: {
                query?: {
                    status?: "declared" | "scheduled" | "collected" | "received" | "closed" | "cancelled";
                    donorId?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Lot"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Declare a donation lot */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contactName?: string | null;
                        contactPhone?: string | null;
                        declaredCount?: number;
                        declaredKinds?: {
                            desktop?: number;
                            laptop?: number;
                            monitor?: number;
                            other?: number;
                        };
                        /** Format: uuid */
                        donorId?: string;
                        notes?: string | null;
                        pickupAddressLine?: string | null;
                        pickupCommuneInsee?: string | null;
                        pickupPostalCode?: string | null;
                        wishedPickupDate?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Lot"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/lots/by-reference/{reference}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A donation lot by its reference (LOT-2026-0012; case and dashes forgiven) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    reference: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Lot"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/lots/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Lot"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a declared lot (the donor itself, or staff) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contactName?: string | null;
                        contactPhone?: string | null;
                        declaredCount?: number;
                        declaredKinds?: {
                            desktop?: number;
                            laptop?: number;
                            monitor?: number;
                            other?: number;
                        };
                        notes?: string | null;
                        pickupAddressLine?: string | null;
                        pickupCommuneInsee?: string | null;
                        pickupPostalCode?: string | null;
                        wishedPickupDate?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Lot"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/programmes/{programme}/lots/{id}/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Certificates issued for a lot, newest first (a donor: its own lots only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Certificate"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Issue the donor certificate of a lot (devices still in progress are shown as such) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Certificate"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/lots/{id}/certificates/{certificateId}.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The certificate PDF, byte for byte as issued */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                    certificateId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description PDF document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/lots/{id}/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Receive up to 200 devices of one kind into a collected or received lot */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        count: number;
                        /** @enum {string} */
                        kind: "desktop" | "laptop" | "monitor" | "other";
                        station?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Device"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/lots/{id}/labels.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Labels of a lot, 240 per document; X-Total-Pages tells how many pages there are */
        get: {
            parameters: {
                query?: {
                    format?: "a4" | "roll";
                    page?: number;
                };
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description PDF document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/lots/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a lot to its next status: scheduled, collected, received, closed or cancelled */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        scheduledPickupDate: string;
                        /** @enum {string} */
                        to: "scheduled";
                    } | {
                        /** @enum {string} */
                        to: "collected";
                    } | {
                        receivedCount: number;
                        /** @enum {string} */
                        to: "received";
                        totalWeightKg: number;
                    } | {
                        /** @enum {string} */
                        to: "closed";
                    } | {
                        reason?: string;
                        /** @enum {string} */
                        to: "cancelled";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Lot"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/merge-proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Proposed household merges (siblings found by a shared contact or address and surname) */
        get: {
            parameters: {
                query?: {
                    status?: "proposed" | "confirmed" | "rejected" | "obsolete";
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["MergeProposal"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/merge-proposals/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge the two households of a proposal; returns the household kept */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        keepHouseholdId?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Household"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/merge-proposals/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a proposal: the two households stay apart and the pair is not proposed again */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisations of the programme, by name, one page at a time */
        get: {
            parameters: {
                query?: {
                    kind?: "donor" | "workshop" | "school" | "venue" | "partner";
                    q?: string;
                    limit?: number;
                    cursor?: string;
                    includeArchived?: "true" | "false";
                };
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Organisation"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a school, workshop, donor, venue or partner */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        addressLine?: string | null;
                        communeInsee?: string | null;
                        donorCategory?: ("company" | "administration") | null;
                        email?: string | null;
                        /** @enum {string} */
                        kind: "donor" | "workshop" | "school" | "venue" | "partner";
                        name: string;
                        phone?: string | null;
                        postalCode?: string | null;
                        priorityArea?: boolean | null;
                        schoolSector?: ("public" | "private") | null;
                        siret?: string | null;
                        uai?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Organisation"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Organisation"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an organisation (a school director: her school’s address, email and phone) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        addressLine?: string | null;
                        communeInsee?: string | null;
                        donorCategory?: ("company" | "administration") | null;
                        email?: string | null;
                        name?: string;
                        phone?: string | null;
                        postalCode?: string | null;
                        priorityArea?: boolean | null;
                        schoolSector?: ("public" | "private") | null;
                        siret?: string | null;
                        uai?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Organisation"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/programmes/{programme}/organisations/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive an organisation (it leaves lists; its history stays) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Organisation"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/payment-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Payment batches, newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["PaymentBatch"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Pay approved claims: a batch with its CSV for the accounting (each claim paid once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        claimIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            claimCount: number;
                            claimIds: string[];
                            createdAt: string;
                            createdBy: string;
                            id: string;
                            reference: string;
                            totalMinor: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/payment-batches/{id}.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The CSV of a batch, byte for byte as it was made
         * @description UTF-8 with a byte order mark, semicolons, amounts with a decimal comma.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The CSV file. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/pupils": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pupils by name (a director: her school only) */
        get: {
            parameters: {
                query?: {
                    schoolId?: string;
                    schoolYearId?: string;
                    grade?: string;
                    q?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Pupil"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/pupils/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a pupil’s class or grade, or attach the pupil to another household */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        className?: string | null;
                        grade?: string;
                        /** Format: uuid */
                        householdId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Pupil"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/programmes/{programme}/role-assignments/{assignmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take a role away from a person */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    assignmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/school-years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** School years of the programme, latest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SchoolYear"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a school year (code 2026-2027, start and end dates) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        /** Format: date */
                        endsOn: string;
                        /** Format: date */
                        startsOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SchoolYear"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/school-years/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a school year’s code or dates */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code?: string;
                        /** Format: date */
                        endsOn?: string;
                        /** Format: date */
                        startsOn?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SchoolYear"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/programmes/{programme}/schools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Schools with sector, priority area and pupil counts for a school year (a director: hers) */
        get: {
            parameters: {
                query?: {
                    schoolYearId?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cohortGrade: string;
                            items: components["schemas"]["School"][];
                            nextCursor: string | null;
                            schoolYear: components["schemas"]["SchoolYear"] | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/schools/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Set a school’s sector (public or private) and priority-area flag */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        priorityArea?: boolean;
                        sector?: ("public" | "private") | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["School"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/programmes/{programme}/schools/{id}/cohort": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A school’s cohort in a campaign: appointment, pack received, declined (a director: her school only) */
        get: {
            parameters: {
                query: {
                    campaignId: string;
                };
                header?: never;
                path: {
                    programme: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SchoolCohort"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/schools/{schoolId}/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A school’s own computers, with their conformity */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    programme: string;
                    schoolId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SchoolDevice"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Register a school computer (state in_school) and get its asset tag */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    schoolId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        band: "cycle2" | "cycle3";
                        /** @enum {string} */
                        kind: "desktop" | "laptop" | "monitor" | "other";
                        make?: string | null;
                        model?: string | null;
                        serial?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SchoolDevice"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/training-bookings/{bookingId}/absent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that the family did not come (the programme’s no-show rule applies) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    bookingId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingBooking"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/training-bookings/{bookingId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a booking (staff: also after the deadline, keeping the credit by default) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    bookingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        keepCredit?: boolean;
                        reason?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingBooking"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/training-figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Workshop figures: credits issued, booked, redeemed, expired; attendance; by venue, theme or month */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                    venueId?: string;
                    groupBy?: "venue" | "theme" | "month";
                };
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingFigures"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/training-series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a weekly series of sessions (at most 52) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description A date (YYYY-MM-DD) in the programme’s time zone
                         */
                        firstDate: string;
                        language: string;
                        /**
                         * Format: date
                         * @description A date (YYYY-MM-DD) in the programme’s time zone
                         */
                        lastDate: string;
                        /** Format: uuid */
                        roomId: string;
                        seats: number;
                        /** @description Wall-clock time HH:MM in the programme’s time zone */
                        startTime: string;
                        /** Format: uuid */
                        themeId: string;
                        trainerName?: string | null;
                        /** Format: uuid */
                        venueId: string;
                        weekday: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingSeriesResult"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/training-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Workshop sessions in start order (venue staff: their venue only) */
        get: {
            parameters: {
                query?: {
                    venueId?: string;
                    themeId?: string;
                    status?: "scheduled" | "cancelled";
                    /** @description A date (YYYY-MM-DD) in the programme’s time zone */
                    from?: string;
                    /** @description A date (YYYY-MM-DD) in the programme’s time zone */
                    to?: string;
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["TrainingSession"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Publish one session (local date and time in the programme’s time zone) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description A date (YYYY-MM-DD) in the programme’s time zone
                         */
                        date: string;
                        language: string;
                        /** Format: uuid */
                        roomId: string;
                        seats: number;
                        /** @description Wall-clock time HH:MM in the programme’s time zone */
                        startTime: string;
                        /** Format: uuid */
                        themeId: string;
                        trainerName?: string | null;
                        /** Format: uuid */
                        venueId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingSession"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/training-sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One session with its bookings and its waiting list in order */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingSessionDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the seats, the trainer or the room of a session */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    sessionId: string;
                };
                cookie?: never;
            };
            /** @description Raising the seats gives the new seats to the waiting list at once. */
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        roomId?: string;
                        seats?: number;
                        trainerName?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingSession"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/programmes/{programme}/training-sessions/{sessionId}/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Book a card on a session (the waiting list when it is full) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        cardNumber: string;
                        /** @enum {string} */
                        channel: "venue" | "phone" | "coordinator";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            booking: components["schemas"]["TrainingBooking"];
                            card: components["schemas"]["CardSummary"];
                            waitlisted: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/training-sessions/{sessionId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a session: every booked credit is released and the families are told */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            released: number;
                            session: components["schemas"]["TrainingSession"];
                            waitingCancelled: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/training-sessions/{sessionId}/checkins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The check-ins of a session, in the order they happened */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CheckinList"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Check a card in at a session (redeems one credit, exactly once)
         * @description Send the same idempotencyKey again to retry: the first answer comes back (201, header Idempotent-Replayed: true) and nothing more is redeemed. The same key with another card is refused (422 IDEMPOTENCY_KEY_REUSED). A card without a booking is booked on the spot if a seat and a credit are free.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        cardNumber: string;
                        idempotencyKey: string;
                        /** @enum {string} */
                        method: "scan" | "typed";
                        stationLabel?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CheckinAnswer"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/training-themes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The catalogue of workshop themes, in order */
        get: {
            parameters: {
                query?: {
                    active?: "true" | "false";
                };
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["TrainingTheme"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a workshop theme (French texts required; others in the programme’s languages) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        active?: boolean;
                        code: string;
                        descriptions: {
                            [key: string]: string;
                        };
                        languages: string[];
                        position?: number;
                        titles: {
                            [key: string]: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingTheme"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/training-themes/{themeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a workshop theme (its code stays) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    themeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        descriptions?: {
                            [key: string]: string;
                        };
                        languages?: string[];
                        position?: number;
                        titles?: {
                            [key: string]: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingTheme"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/programmes/{programme}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People holding a role in the programme */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                disabled: boolean;
                                displayName: string;
                                email: string;
                                id: string;
                                roles: {
                                    assignmentId: string;
                                    organisation: {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "donor" | "workshop" | "school" | "venue" | "partner";
                                        name: string;
                                    } | null;
                                    /** @enum {string} */
                                    role: "admin" | "coordinator" | "workshop_supervisor" | "workshop_operator" | "teacher" | "committee_member" | "school_director" | "venue_staff" | "donor" | "family";
                                }[];
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/venues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Workshop venues with accessibility and rooms (venue staff: their own venue) */
        get: {
            parameters: {
                query?: {
                    includeArchived?: "true" | "false";
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Venue"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a venue: the organisation (kind venue) and its accessibility details */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accessibilityNotes?: string | null;
                        accessibleToilets?: boolean;
                        addressLine?: string | null;
                        communeInsee?: string | null;
                        email?: string | null;
                        hearingLoop?: boolean;
                        name: string;
                        openingHours?: string | null;
                        phone?: string | null;
                        postalCode?: string | null;
                        publicTransport?: string | null;
                        stepFreeAccess?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Venue"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/venues/{venueId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One venue with its rooms */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    venueId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Venue"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a venue (venue staff: opening hours, public transport and accessibility notes of their own) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    venueId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accessibilityNotes?: string | null;
                        accessibleToilets?: boolean;
                        addressLine?: string | null;
                        communeInsee?: string | null;
                        email?: string | null;
                        hearingLoop?: boolean;
                        name?: string;
                        openingHours?: string | null;
                        phone?: string | null;
                        postalCode?: string | null;
                        publicTransport?: string | null;
                        stepFreeAccess?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Venue"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/programmes/{programme}/venues/{venueId}/rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a room to a venue (name unique in the venue, 1 to 200 seats) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    venueId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        active?: boolean;
                        capacity: number;
                        /** @default 0 */
                        computers?: number;
                        name: string;
                        /** @default false */
                        stepFree?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VenueRoom"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/venues/{venueId}/rooms/{roomId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a room; it cannot close or shrink below an upcoming session (ROOM_TOO_SMALL) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    venueId: string;
                    roomId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        capacity?: number;
                        computers?: number;
                        name?: string;
                        stepFree?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VenueRoom"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/programmes/{programme}/venues/{venueId}/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A venue’s statements: issued ones, and drafts of the months still owed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    venueId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["VenueStatementSummary"][];
                            venue: {
                                address: string[];
                                id: string;
                                name: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/venues/{venueId}/statements/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A month’s statement: frozen when issued, else the draft computed now */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    venueId: string;
                    month: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VenueStatement"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Refused: an issued statement is frozen (409 STATEMENT_FROZEN); a draft is computed, not stored */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    venueId: string;
                    month: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Refused: an issued statement is frozen (409 STATEMENT_FROZEN); a draft is computed, not stored */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    venueId: string;
                    month: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/programmes/{programme}/venues/{venueId}/statements/{month}/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue (freeze) a month’s statement once the month is over */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    venueId: string;
                    month: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VenueStatement"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/venues/{venueId}/statements/{month}/statement.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The statement as CSV: the stored bytes once issued, a draft before
         * @description UTF-8 with a byte order mark, semicolons, amounts with a decimal comma.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    venueId: string;
                    month: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The CSV file. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/venues/{venueId}/statements/{month}/statement.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The statement as PDF: the stored bytes once issued, a marked draft before */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programme: string;
                    venueId: string;
                    month: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The PDF file. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/workshop/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Devices handled and minutes spent, per person and station, in a period */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkshopActivity"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{programme}/workshop/stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Workshop stock: counts by state, grade, kind and time since reception; stuck devices */
        get: {
            parameters: {
                query?: {
                    days?: number;
                };
                header?: never;
                path: {
                    programme: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkshopStock"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/certificates/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public check of a certificate code (no login; limited per address) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicCertificate"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The database is reachable and its migrations are current */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            database: "ok" | "unreachable";
                            pendingMigrations: string[];
                            /** @enum {string} */
                            status: "ready" | "not_ready";
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            database: "ok" | "unreachable";
                            pendingMigrations: string[];
                            /** @enum {string} */
                            status: "ready" | "not_ready";
                        };
                    };
                };
            };
        };
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
        AllocationRun: {
            allocated: number;
            campaignId: string;
            candidates: number;
            createdAt: string;
            devicesAvailable: number;
            devicesLeft: number;
            id: string;
            ranked: number;
            rules: ("no_computer_at_home" | "priority_neighbourhood" | "priority_area_school" | "registered_at")[];
            seed: string;
            waiting: number;
        };
        AllocationRunInput: {
            allocated: number;
            campaignId: string;
            candidates: number;
            createdAt: string;
            devicesAvailable: number;
            devicesLeft: number;
            id: string;
            ranked: number;
            rules: ("no_computer_at_home" | "priority_neighbourhood" | "priority_area_school" | "registered_at")[];
            seed: string;
            waiting: number;
        };
        AuditEvent: {
            action: string;
            actorLabel: string;
            actorRole: string | null;
            entityId: string | null;
            entityType: string;
            occurredAt: string;
            seq: number;
            summary: {
                [key: string]: unknown;
            };
        };
        AuditEventInput: {
            action: string;
            actorLabel: string;
            actorRole: string | null;
            entityId: string | null;
            entityType: string;
            occurredAt: string;
            seq: number;
            summary: {
                [key: string]: unknown;
            };
        };
        AuditVerifyReport: {
            chains: number;
            events: number;
            ok: boolean;
            problems: {
                chainId: string;
                /** @enum {string} */
                problem: "hash_mismatch" | "broken_link" | "missing_event" | "head_mismatch";
                seq: number;
            }[];
        };
        AuditVerifyReportInput: {
            chains: number;
            events: number;
            ok: boolean;
            problems: {
                chainId: string;
                /** @enum {string} */
                problem: "hash_mismatch" | "broken_link" | "missing_event" | "head_mismatch";
                seq: number;
            }[];
        };
        Campaign: {
            cohortGrade: string;
            counts: {
                [key: string]: number;
            };
            createdAt: string;
            endsOn: string;
            id: string;
            lastRun: {
                createdAt: string;
                id: string;
                seed: string;
                summary: {
                    [key: string]: unknown;
                };
            } | null;
            name: string;
            priorityRules: ("no_computer_at_home" | "priority_neighbourhood" | "priority_area_school" | "registered_at")[];
            schoolYearCode: string;
            schoolYearId: string;
            schools: {
                id: string;
                name: string;
                priorityArea: boolean;
            }[];
            startsOn: string;
            /** @enum {string} */
            status: "draft" | "open" | "closed";
            updatedAt: string;
        };
        CampaignAllocation: {
            assetTag: string;
            campaignId: string;
            deviceId: string;
            endedAt: string | null;
            householdId: string;
            id: string;
            reason: string | null;
            reservedAt: string;
            runId: string | null;
            /** @enum {string} */
            status: "reserved" | "handed_over" | "released" | "swapped";
        };
        CampaignAllocationInput: {
            assetTag: string;
            campaignId: string;
            deviceId: string;
            endedAt: string | null;
            householdId: string;
            id: string;
            reason: string | null;
            reservedAt: string;
            runId: string | null;
            /** @enum {string} */
            status: "reserved" | "handed_over" | "released" | "swapped";
        };
        CampaignHousehold: {
            allocation: {
                assetTag: string;
                deviceId: string;
                id: string;
            } | null;
            appointment: {
                id: string;
                startsAt: string;
                status: string;
            } | null;
            explanation: string;
            guardians: {
                firstName: string | null;
                lastName: string;
            }[];
            householdId: string;
            invitationCode: string;
            rank: number | null;
            rankTotal: number | null;
            reasons: {
                /** @enum {string} */
                code: "no_computer_at_home" | "priority_neighbourhood" | "priority_area_school" | "registered_at" | "tie_break";
                params: {
                    [key: string]: string;
                };
                text: string;
            }[];
            reference: string;
            school: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            status: "eligible" | "waiting" | "allocated" | "invited" | "booked" | "handed_over" | "declined" | "removed";
            statusText: string;
        };
        CampaignHouseholdInput: {
            allocation: {
                assetTag: string;
                deviceId: string;
                id: string;
            } | null;
            appointment: {
                id: string;
                startsAt: string;
                status: string;
            } | null;
            explanation: string;
            guardians: {
                firstName: string | null;
                lastName: string;
            }[];
            householdId: string;
            invitationCode: string;
            rank: number | null;
            rankTotal: number | null;
            reasons: {
                /** @enum {string} */
                code: "no_computer_at_home" | "priority_neighbourhood" | "priority_area_school" | "registered_at" | "tie_break";
                params: {
                    [key: string]: string;
                };
                text: string;
            }[];
            reference: string;
            school: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            status: "eligible" | "waiting" | "allocated" | "invited" | "booked" | "handed_over" | "declined" | "removed";
            statusText: string;
        };
        CampaignInput: {
            cohortGrade: string;
            counts: {
                [key: string]: number;
            };
            createdAt: string;
            endsOn: string;
            id: string;
            lastRun: {
                createdAt: string;
                id: string;
                seed: string;
                summary: {
                    [key: string]: unknown;
                };
            } | null;
            name: string;
            priorityRules: ("no_computer_at_home" | "priority_neighbourhood" | "priority_area_school" | "registered_at")[];
            schoolYearCode: string;
            schoolYearId: string;
            schools: {
                id: string;
                name: string;
                priorityArea: boolean;
            }[];
            startsOn: string;
            /** @enum {string} */
            status: "draft" | "open" | "closed";
            updatedAt: string;
        };
        CardDetail: {
            bookings: {
                attendedAt: string | null;
                bookedAt: string | null;
                cancelReason: string | null;
                cancelledAt: string | null;
                channel: string;
                endsAt: string;
                id: string;
                sessionId: string;
                sessionStatus: string;
                startsAt: string;
                status: string;
                themeCode: string;
                venueId: string;
                venueName: string;
            }[];
            createdAt: string;
            creditsAvailable: number;
            creditsHeld: number;
            entries: components["schemas"]["LedgerEntry"][];
            holderName: string | null;
            hoursPerCredit: number;
            householdId: string;
            householdReference: string;
            id: string;
            lostAt: string | null;
            lostReason: string | null;
            number: string;
            preferredLanguage: string | null;
            replacedByNumber: string | null;
            replacesNumber: string | null;
            /** @enum {string} */
            status: "active" | "lost" | "replaced" | "expired";
            validUntil: string;
        };
        CardDetailInput: {
            bookings: {
                attendedAt: string | null;
                bookedAt: string | null;
                cancelReason: string | null;
                cancelledAt: string | null;
                channel: string;
                endsAt: string;
                id: string;
                sessionId: string;
                sessionStatus: string;
                startsAt: string;
                status: string;
                themeCode: string;
                venueId: string;
                venueName: string;
            }[];
            createdAt: string;
            creditsAvailable: number;
            creditsHeld: number;
            entries: components["schemas"]["LedgerEntryInput"][];
            holderName: string | null;
            hoursPerCredit: number;
            householdId: string;
            householdReference: string;
            id: string;
            lostAt: string | null;
            lostReason: string | null;
            number: string;
            preferredLanguage: string | null;
            replacedByNumber: string | null;
            replacesNumber: string | null;
            /** @enum {string} */
            status: "active" | "lost" | "replaced" | "expired";
            validUntil: string;
        };
        CardSummary: {
            creditsAvailable: number;
            creditsHeld: number;
            holderName: string | null;
            hoursPerCredit: number;
            householdId: string;
            householdReference: string;
            id: string;
            number: string;
            preferredLanguage: string | null;
            replacedByNumber: string | null;
            /** @enum {string} */
            status: "active" | "lost" | "replaced" | "expired";
            validUntil: string;
        };
        CardSummaryInput: {
            creditsAvailable: number;
            creditsHeld: number;
            holderName: string | null;
            hoursPerCredit: number;
            householdId: string;
            householdReference: string;
            id: string;
            number: string;
            preferredLanguage: string | null;
            replacedByNumber: string | null;
            /** @enum {string} */
            status: "active" | "lost" | "replaced" | "expired";
            validUntil: string;
        };
        CatalogueProposal: {
            /** @enum {string} */
            band: "cycle2" | "cycle3";
            commentCount: number;
            createdAt: string;
            decision: {
                at: string;
                by: string;
                reason: string;
            } | null;
            grade: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "add" | "remove";
            mine: boolean;
            myVote: ("support" | "oppose") | null;
            opposeCount: number;
            proposedBy: string;
            reason: string;
            resource: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "software" | "content" | "web";
                /** @enum {string} */
                status: "proposed" | "accepted" | "rejected" | "retired";
                title: string;
            };
            schoolYear: {
                code: string;
                /** Format: uuid */
                id: string;
            };
            /** @enum {string} */
            status: "open" | "accepted" | "rejected" | "withdrawn";
            supportCount: number;
        };
        CatalogueProposalComment: {
            at: string;
            body: string;
            by: string;
            /** Format: uuid */
            id: string;
        };
        CatalogueProposalCommentInput: {
            at: string;
            body: string;
            by: string;
            /** Format: uuid */
            id: string;
        };
        CatalogueProposalDetail: {
            /** @enum {string} */
            band: "cycle2" | "cycle3";
            commentCount: number;
            comments: components["schemas"]["CatalogueProposalComment"][];
            createdAt: string;
            decision: {
                at: string;
                by: string;
                reason: string;
            } | null;
            grade: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "add" | "remove";
            mine: boolean;
            myVote: ("support" | "oppose") | null;
            opposeCount: number;
            proposedBy: string;
            reason: string;
            resource: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "software" | "content" | "web";
                /** @enum {string} */
                status: "proposed" | "accepted" | "rejected" | "retired";
                title: string;
            };
            schoolYear: {
                code: string;
                /** Format: uuid */
                id: string;
            };
            /** @enum {string} */
            status: "open" | "accepted" | "rejected" | "withdrawn";
            supportCount: number;
            votes: {
                at: string;
                by: string;
                /** @enum {string} */
                value: "support" | "oppose";
            }[];
        };
        CatalogueProposalDetailInput: {
            /** @enum {string} */
            band: "cycle2" | "cycle3";
            commentCount: number;
            comments: components["schemas"]["CatalogueProposalCommentInput"][];
            createdAt: string;
            decision: {
                at: string;
                by: string;
                reason: string;
            } | null;
            grade: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "add" | "remove";
            mine: boolean;
            myVote: ("support" | "oppose") | null;
            opposeCount: number;
            proposedBy: string;
            reason: string;
            resource: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "software" | "content" | "web";
                /** @enum {string} */
                status: "proposed" | "accepted" | "rejected" | "retired";
                title: string;
            };
            schoolYear: {
                code: string;
                /** Format: uuid */
                id: string;
            };
            /** @enum {string} */
            status: "open" | "accepted" | "rejected" | "withdrawn";
            supportCount: number;
            votes: {
                at: string;
                by: string;
                /** @enum {string} */
                value: "support" | "oppose";
            }[];
        };
        CatalogueProposalInput: {
            /** @enum {string} */
            band: "cycle2" | "cycle3";
            commentCount: number;
            createdAt: string;
            decision: {
                at: string;
                by: string;
                reason: string;
            } | null;
            grade: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "add" | "remove";
            mine: boolean;
            myVote: ("support" | "oppose") | null;
            opposeCount: number;
            proposedBy: string;
            reason: string;
            resource: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "software" | "content" | "web";
                /** @enum {string} */
                status: "proposed" | "accepted" | "rejected" | "retired";
                title: string;
            };
            schoolYear: {
                code: string;
                /** Format: uuid */
                id: string;
            };
            /** @enum {string} */
            status: "open" | "accepted" | "rejected" | "withdrawn";
            supportCount: number;
        };
        CatalogueResource: {
            content: {
                bytes: number;
                fileName: string;
                sha256: string;
                url: string;
                verifiedAt: string | null;
            } | null;
            createdAt: string;
            description: string;
            grades: string[];
            id: string;
            /** @enum {string} */
            kind: "software" | "content" | "web";
            languages: string[];
            launchCommand: string | null;
            licence: string;
            minDiskMb: number | null;
            minRamMb: number | null;
            packages: string[];
            proposedBy: string;
            /** @enum {string} */
            status: "proposed" | "accepted" | "rejected" | "retired";
            subjects: string[];
            title: string;
            updatedAt: string;
            webUrl: string | null;
        };
        CatalogueResourceInput: {
            content: {
                bytes: number;
                fileName: string;
                sha256: string;
                url: string;
                verifiedAt: string | null;
            } | null;
            createdAt: string;
            description: string;
            grades: string[];
            id: string;
            /** @enum {string} */
            kind: "software" | "content" | "web";
            languages: string[];
            launchCommand: string | null;
            licence: string;
            minDiskMb: number | null;
            minRamMb: number | null;
            packages: string[];
            proposedBy: string;
            /** @enum {string} */
            status: "proposed" | "accepted" | "rejected" | "retired";
            subjects: string[];
            title: string;
            updatedAt: string;
            webUrl: string | null;
        };
        Certificate: {
            id: string;
            issuedAt: string;
            lotId: string;
            sha256: string;
            summary: components["schemas"]["CertificateSummary"];
            verificationCode: string;
            verifyUrl: string;
        };
        CertificateInput: {
            id: string;
            issuedAt: string;
            lotId: string;
            sha256: string;
            summary: components["schemas"]["CertificateSummaryInput"];
            verificationCode: string;
            verifyUrl: string;
        };
        CertificateSummary: {
            deviceCount: number;
            diskCount: number;
            disksErased: number;
            issuedAt: string;
            lotReference: string;
            outcomes: {
                for_parts: number;
                in_progress: number;
                recycled: number;
                reused: number;
            };
            programmeName: string;
        };
        CertificateSummaryInput: {
            deviceCount: number;
            diskCount: number;
            disksErased: number;
            issuedAt: string;
            lotReference: string;
            outcomes: {
                for_parts: number;
                in_progress: number;
                recycled: number;
                reused: number;
            };
            programmeName: string;
        };
        Checkin: {
            at: string;
            bookingId: string;
            id: string;
            walkIn: boolean;
        };
        CheckinAnswer: {
            card: components["schemas"]["CardSummary"];
            checkin: components["schemas"]["Checkin"];
        };
        CheckinAnswerInput: {
            card: components["schemas"]["CardSummaryInput"];
            checkin: components["schemas"]["CheckinInput"];
        };
        CheckinInput: {
            at: string;
            bookingId: string;
            id: string;
            walkIn: boolean;
        };
        CheckinList: {
            items: {
                at: string;
                bookingId: string;
                cardId: string;
                cardNumber: string;
                checkedInBy: string;
                householdReference: string;
                id: string;
                /** @enum {string} */
                method: "scan" | "typed";
                stationLabel: string | null;
                walkIn: boolean;
            }[];
        };
        CheckinListInput: {
            items: {
                at: string;
                bookingId: string;
                cardId: string;
                cardNumber: string;
                checkedInBy: string;
                householdReference: string;
                id: string;
                /** @enum {string} */
                method: "scan" | "typed";
                stationLabel: string | null;
                walkIn: boolean;
            }[];
        };
        Commune: {
            inseeCode: string;
            name: string;
            population: number | null;
            postalCodes: string[];
        };
        CommuneInput: {
            inseeCode: string;
            name: string;
            population: number | null;
            postalCodes: string[];
        };
        ConformityDevice: {
            band: ("cycle2" | "cycle3") | null;
            computedAt: string;
            device: {
                assetTag: string;
                id: string;
                kind: string;
                make: string | null;
                model: string | null;
                state: string;
            };
            expected: {
                label: string;
                manifestHash: string;
                versionId: string;
            } | null;
            extra: string[];
            imageHash: string | null;
            missing: string[];
            outdated: {
                expected: string;
                installed: string;
                name: string;
            }[];
            /** @enum {string} */
            place: "school" | "home";
            school: {
                id: string;
                name: string;
            } | null;
            /** @enum {string} */
            status: "conform" | "needs_reimaging" | "no_profile" | "no_inventory";
            unknown: string[];
        };
        ConformityDeviceInput: {
            band: ("cycle2" | "cycle3") | null;
            computedAt: string;
            device: {
                assetTag: string;
                id: string;
                kind: string;
                make: string | null;
                model: string | null;
                state: string;
            };
            expected: {
                label: string;
                manifestHash: string;
                versionId: string;
            } | null;
            extra: string[];
            imageHash: string | null;
            missing: string[];
            outdated: {
                expected: string;
                installed: string;
                name: string;
            }[];
            /** @enum {string} */
            place: "school" | "home";
            school: {
                id: string;
                name: string;
            } | null;
            /** @enum {string} */
            status: "conform" | "needs_reimaging" | "no_profile" | "no_inventory";
            unknown: string[];
        };
        ConformitySummary: {
            computedAt: string | null;
            home: {
                counts: {
                    [key: string]: number;
                };
            };
            schoolYear: {
                code: string;
                id: string;
            } | null;
            schools: {
                counts: {
                    [key: string]: number;
                };
                school: {
                    id: string;
                    name: string;
                };
            }[];
            versions: {
                /** @enum {string} */
                band: "cycle2" | "cycle3";
                label: string;
                manifestHash: string;
                publishedAt: string | null;
                versionId: string;
            }[];
        };
        ConformitySummaryInput: {
            computedAt: string | null;
            home: {
                counts: {
                    [key: string]: number;
                };
            };
            schoolYear: {
                code: string;
                id: string;
            } | null;
            schools: {
                counts: {
                    [key: string]: number;
                };
                school: {
                    id: string;
                    name: string;
                };
            }[];
            versions: {
                /** @enum {string} */
                band: "cycle2" | "cycle3";
                label: string;
                manifestHash: string;
                publishedAt: string | null;
                versionId: string;
            }[];
        };
        DebianIndex: {
            architecture: string;
            component: string;
            id: string;
            loadedAt: string;
            loadedBy: string;
            packageCount: number;
            release: string;
            sha256: string;
            /** @enum {string} */
            source: "file" | "mirror";
            sourceLabel: string;
        };
        DebianIndexInput: {
            architecture: string;
            component: string;
            id: string;
            loadedAt: string;
            loadedBy: string;
            packageCount: number;
            release: string;
            sha256: string;
            /** @enum {string} */
            source: "file" | "mirror";
            sourceLabel: string;
        };
        DeskLookup: {
            device: {
                assetTag: string;
                id: string;
                kind: string;
                make: string | null;
                model: string | null;
                serial: string | null;
                state: string;
            } | null;
            matches: {
                allocation: {
                    assetTag: string;
                    deviceId: string;
                    id: string;
                } | null;
                campaign: {
                    cohortGrade: string;
                    id: string;
                    name: string;
                    status: string;
                };
                device: {
                    assetTag: string;
                    id: string;
                    kind: string;
                    make: string | null;
                    model: string | null;
                    serial: string | null;
                    state: string;
                } | null;
                handover: {
                    handedOverAt: string;
                    id: string;
                } | null;
                household: {
                    declined: boolean;
                    guardians: {
                        firstName: string | null;
                        lastName: string;
                    }[];
                    id: string;
                    pupils: {
                        className: string | null;
                        firstName: string;
                        grade: string;
                        id: string;
                        lastName: string;
                        schoolName: string;
                    }[];
                    reference: string;
                };
                status: string;
            }[];
        };
        DeskLookupInput: {
            device: {
                assetTag: string;
                id: string;
                kind: string;
                make: string | null;
                model: string | null;
                serial: string | null;
                state: string;
            } | null;
            matches: {
                allocation: {
                    assetTag: string;
                    deviceId: string;
                    id: string;
                } | null;
                campaign: {
                    cohortGrade: string;
                    id: string;
                    name: string;
                    status: string;
                };
                device: {
                    assetTag: string;
                    id: string;
                    kind: string;
                    make: string | null;
                    model: string | null;
                    serial: string | null;
                    state: string;
                } | null;
                handover: {
                    handedOverAt: string;
                    id: string;
                } | null;
                household: {
                    declined: boolean;
                    guardians: {
                        firstName: string | null;
                        lastName: string;
                    }[];
                    id: string;
                    pupils: {
                        className: string | null;
                        firstName: string;
                        grade: string;
                        id: string;
                        lastName: string;
                        schoolName: string;
                    }[];
                    reference: string;
                };
                status: string;
            }[];
        };
        Device: {
            assetTag: string;
            createdAt: string;
            grade: ("A" | "B" | "C" | "unfit") | null;
            gradeReasons: unknown[];
            hardwareUuid: string | null;
            id: string;
            image: {
                hash: string | null;
                name: string;
                version: string;
            } | null;
            /** @enum {string} */
            kind: "desktop" | "laptop" | "monitor" | "other";
            latestInventoryId: string | null;
            location: string | null;
            lotId: string | null;
            make: string | null;
            model: string | null;
            outcome: ("reused" | "for_parts" | "recycled") | null;
            serial: string | null;
            /** @enum {string} */
            state: "received" | "diagnosed" | "erased" | "repaired" | "imaged" | "checked" | "ready" | "allocated" | "handed_over" | "returned" | "for_parts" | "recycled" | "in_school";
            stateSince: string;
            updatedAt: string;
        };
        DeviceCheck: {
            failedItems: string[];
            id: string;
            items: {
                [key: string]: "ok" | "fail" | "na";
            };
            notes: string | null;
            passed: boolean;
            signedAt: string;
            signedByLabel: string;
        };
        DeviceCheckInput: {
            failedItems: string[];
            id: string;
            items: {
                [key: string]: "ok" | "fail" | "na";
            };
            notes: string | null;
            passed: boolean;
            signedAt: string;
            signedByLabel: string;
        };
        DeviceDetail: {
            allowedMoves: ("received" | "diagnosed" | "erased" | "repaired" | "imaged" | "checked" | "ready" | "allocated" | "handed_over" | "returned" | "for_parts" | "recycled" | "in_school")[];
            checks: components["schemas"]["DeviceCheck"][];
            device: components["schemas"]["Device"];
            disks: {
                disk: {
                    /** @enum {string} */
                    media: "ssd" | "hdd" | "unknown";
                    model: string | null;
                    name: string | null;
                    serial: string | null;
                    sizeMb: number | null;
                };
                latestRecord: {
                    createdAt: string;
                    devicePath: string | null;
                    diskModel: string | null;
                    diskSerial: string | null;
                    endedAt: string | null;
                    evidenceId: string | null;
                    evidenceSha256: string | null;
                    failureReason: string | null;
                    id: string;
                    isProof: boolean;
                    method: string;
                    nistLevel: string;
                    operatorLabel: string;
                    passes: number | null;
                    result: string;
                    startedAt: string | null;
                    tool: string;
                    toolVersion: string | null;
                    verification: string;
                } | null;
                proof: {
                    createdAt: string;
                    devicePath: string | null;
                    diskModel: string | null;
                    diskSerial: string | null;
                    endedAt: string | null;
                    evidenceId: string | null;
                    evidenceSha256: string | null;
                    failureReason: string | null;
                    id: string;
                    isProof: boolean;
                    method: string;
                    nistLevel: string;
                    operatorLabel: string;
                    passes: number | null;
                    result: string;
                    startedAt: string | null;
                    tool: string;
                    toolVersion: string | null;
                    verification: string;
                } | null;
                /** @enum {string} */
                status: "proven" | "failed" | "missing";
            }[];
            history: components["schemas"]["DeviceEvent"][];
            latestInventory: {
                disks: {
                    bus: string | null;
                    /** @enum {string} */
                    media: "ssd" | "hdd" | "unknown";
                    model: string | null;
                    name: string | null;
                    serial: string | null;
                    sizeMb: number | null;
                }[];
                facts: {
                    batteries: {
                        currentMwh: number | null;
                        designMwh: number | null;
                        healthPercent: number | null;
                        manufactureDate: string | null;
                    }[];
                    chassis?: string | null;
                    cpu: {
                        arch64: boolean | null;
                        cores: number | null;
                        model: string | null;
                        speedMhz: number | null;
                        threads: number | null;
                    } | null;
                    hardwareUuid: string | null;
                    make: string | null;
                    model: string | null;
                    os: {
                        arch: string | null;
                        name: string | null;
                        version: string | null;
                    } | null;
                    ramMb: number | null;
                    serial: string | null;
                };
                id: string;
                isPartial: boolean;
                receivedAt: string;
                source: string;
            } | null;
        };
        DeviceDetailInput: {
            allowedMoves: ("received" | "diagnosed" | "erased" | "repaired" | "imaged" | "checked" | "ready" | "allocated" | "handed_over" | "returned" | "for_parts" | "recycled" | "in_school")[];
            checks: components["schemas"]["DeviceCheckInput"][];
            device: components["schemas"]["DeviceInput"];
            disks: {
                disk: {
                    /** @enum {string} */
                    media: "ssd" | "hdd" | "unknown";
                    model: string | null;
                    name: string | null;
                    serial: string | null;
                    sizeMb: number | null;
                };
                latestRecord: {
                    createdAt: string;
                    devicePath: string | null;
                    diskModel: string | null;
                    diskSerial: string | null;
                    endedAt: string | null;
                    evidenceId: string | null;
                    evidenceSha256: string | null;
                    failureReason: string | null;
                    id: string;
                    isProof: boolean;
                    method: string;
                    nistLevel: string;
                    operatorLabel: string;
                    passes: number | null;
                    result: string;
                    startedAt: string | null;
                    tool: string;
                    toolVersion: string | null;
                    verification: string;
                } | null;
                proof: {
                    createdAt: string;
                    devicePath: string | null;
                    diskModel: string | null;
                    diskSerial: string | null;
                    endedAt: string | null;
                    evidenceId: string | null;
                    evidenceSha256: string | null;
                    failureReason: string | null;
                    id: string;
                    isProof: boolean;
                    method: string;
                    nistLevel: string;
                    operatorLabel: string;
                    passes: number | null;
                    result: string;
                    startedAt: string | null;
                    tool: string;
                    toolVersion: string | null;
                    verification: string;
                } | null;
                /** @enum {string} */
                status: "proven" | "failed" | "missing";
            }[];
            history: components["schemas"]["DeviceEventInput"][];
            latestInventory: {
                disks: {
                    bus: string | null;
                    /** @enum {string} */
                    media: "ssd" | "hdd" | "unknown";
                    model: string | null;
                    name: string | null;
                    serial: string | null;
                    sizeMb: number | null;
                }[];
                facts: {
                    batteries: {
                        currentMwh: number | null;
                        designMwh: number | null;
                        healthPercent: number | null;
                        manufactureDate: string | null;
                    }[];
                    chassis?: string | null;
                    cpu: {
                        arch64: boolean | null;
                        cores: number | null;
                        model: string | null;
                        speedMhz: number | null;
                        threads: number | null;
                    } | null;
                    hardwareUuid: string | null;
                    make: string | null;
                    model: string | null;
                    os: {
                        arch: string | null;
                        name: string | null;
                        version: string | null;
                    } | null;
                    ramMb: number | null;
                    serial: string | null;
                };
                id: string;
                isPartial: boolean;
                receivedAt: string;
                source: string;
            } | null;
        };
        DeviceEvent: {
            actorLabel: string;
            canUndo: boolean;
            details: {
                [key: string]: unknown;
            } | null;
            fromState: ("received" | "diagnosed" | "erased" | "repaired" | "imaged" | "checked" | "ready" | "allocated" | "handed_over" | "returned" | "for_parts" | "recycled" | "in_school") | null;
            id: string;
            kind: string;
            occurredAt: string;
            reason: string | null;
            startedAt: string | null;
            station: string | null;
            toState: ("received" | "diagnosed" | "erased" | "repaired" | "imaged" | "checked" | "ready" | "allocated" | "handed_over" | "returned" | "for_parts" | "recycled" | "in_school") | null;
            undoesEventId: string | null;
            undoneAt: string | null;
        };
        DeviceEventInput: {
            actorLabel: string;
            canUndo: boolean;
            details: {
                [key: string]: unknown;
            } | null;
            fromState: ("received" | "diagnosed" | "erased" | "repaired" | "imaged" | "checked" | "ready" | "allocated" | "handed_over" | "returned" | "for_parts" | "recycled" | "in_school") | null;
            id: string;
            kind: string;
            occurredAt: string;
            reason: string | null;
            startedAt: string | null;
            station: string | null;
            toState: ("received" | "diagnosed" | "erased" | "repaired" | "imaged" | "checked" | "ready" | "allocated" | "handed_over" | "returned" | "for_parts" | "recycled" | "in_school") | null;
            undoesEventId: string | null;
            undoneAt: string | null;
        };
        DeviceInput: {
            assetTag: string;
            createdAt: string;
            grade: ("A" | "B" | "C" | "unfit") | null;
            gradeReasons: unknown[];
            hardwareUuid: string | null;
            id: string;
            image: {
                hash: string | null;
                name: string;
                version: string;
            } | null;
            /** @enum {string} */
            kind: "desktop" | "laptop" | "monitor" | "other";
            latestInventoryId: string | null;
            location: string | null;
            lotId: string | null;
            make: string | null;
            model: string | null;
            outcome: ("reused" | "for_parts" | "recycled") | null;
            serial: string | null;
            /** @enum {string} */
            state: "received" | "diagnosed" | "erased" | "repaired" | "imaged" | "checked" | "ready" | "allocated" | "handed_over" | "returned" | "for_parts" | "recycled" | "in_school";
            stateSince: string;
            updatedAt: string;
        };
        DiskProof: {
            disk: {
                /** @enum {string} */
                media: "ssd" | "hdd" | "unknown";
                model: string | null;
                name: string | null;
                serial: string | null;
                sizeMb: number | null;
            };
            latestRecord: components["schemas"]["ErasureRecord"] | null;
            proof: components["schemas"]["ErasureRecord"] | null;
            /** @enum {string} */
            status: "proven" | "failed" | "missing";
        };
        DiskProofInput: {
            disk: {
                /** @enum {string} */
                media: "ssd" | "hdd" | "unknown";
                model: string | null;
                name: string | null;
                serial: string | null;
                sizeMb: number | null;
            };
            latestRecord: components["schemas"]["ErasureRecordInput"] | null;
            proof: components["schemas"]["ErasureRecordInput"] | null;
            /** @enum {string} */
            status: "proven" | "failed" | "missing";
        };
        EligibilitySummary: {
            added: number;
            declined: number;
            households: number;
            needsAttention: number;
            reinstated: number;
            removed: number;
        };
        EligibilitySummaryInput: {
            added: number;
            declined: number;
            households: number;
            needsAttention: number;
            reinstated: number;
            removed: number;
        };
        ErasureRecord: {
            createdAt: string;
            deviceId: string;
            devicePath: string | null;
            diskModel: string | null;
            diskSerial: string | null;
            diskSizeBytes: number | null;
            endedAt: string | null;
            evidenceId: string | null;
            evidenceSha256: string | null;
            failureReason: string | null;
            id: string;
            isProof: boolean;
            method: string;
            /** @enum {string} */
            nistLevel: "clear" | "purge" | "destroy" | "none";
            operatorLabel: string;
            operatorUserId: string | null;
            passes: number | null;
            /** @enum {string} */
            result: "erased" | "failed" | "aborted" | "destroyed" | "verified";
            startedAt: string | null;
            supersedesId: string | null;
            tool: string;
            toolVersion: string | null;
            /** @enum {string} */
            verification: "none" | "last" | "all";
        };
        ErasureRecordInput: {
            createdAt: string;
            deviceId: string;
            devicePath: string | null;
            diskModel: string | null;
            diskSerial: string | null;
            diskSizeBytes: number | null;
            endedAt: string | null;
            evidenceId: string | null;
            evidenceSha256: string | null;
            failureReason: string | null;
            id: string;
            isProof: boolean;
            method: string;
            /** @enum {string} */
            nistLevel: "clear" | "purge" | "destroy" | "none";
            operatorLabel: string;
            operatorUserId: string | null;
            passes: number | null;
            /** @enum {string} */
            result: "erased" | "failed" | "aborted" | "destroyed" | "verified";
            startedAt: string | null;
            supersedesId: string | null;
            tool: string;
            toolVersion: string | null;
            /** @enum {string} */
            verification: "none" | "last" | "all";
        };
        GrantClaim: {
            amountMinor: number;
            createdAt: string;
            currency: string;
            decidedAt: string | null;
            decidedBy: string | null;
            decisionReason: string | null;
            handoverId: string;
            householdId: string;
            householdReference: string;
            id: string;
            paidAt: string | null;
            paymentBatchId: string | null;
            paymentBatchReference: string | null;
            proof: {
                fileName: string;
                mediaType: string;
                size: number;
                uploadedAt: string;
            } | null;
            providerName: string | null;
            /** @enum {string} */
            status: "awaiting_proof" | "submitted" | "approved" | "rejected" | "paid";
            updatedAt: string;
        };
        GrantClaimInput: {
            amountMinor: number;
            createdAt: string;
            currency: string;
            decidedAt: string | null;
            decidedBy: string | null;
            decisionReason: string | null;
            handoverId: string;
            householdId: string;
            householdReference: string;
            id: string;
            paidAt: string | null;
            paymentBatchId: string | null;
            paymentBatchReference: string | null;
            proof: {
                fileName: string;
                mediaType: string;
                size: number;
                uploadedAt: string;
            } | null;
            providerName: string | null;
            /** @enum {string} */
            status: "awaiting_proof" | "submitted" | "approved" | "rejected" | "paid";
            updatedAt: string;
        };
        Handover: {
            agreementSha256: string;
            campaignId: string;
            consentTextVersion: string;
            deviceId: string;
            handedOverAt: string;
            handedOverBy: string;
            householdId: string;
            id: string;
            pupilId: string | null;
            /** @enum {string} */
            signatureKind: "drawn" | "typed";
            signerName: string;
            swapReason: string | null;
        };
        HandoverInput: {
            agreementSha256: string;
            campaignId: string;
            consentTextVersion: string;
            deviceId: string;
            handedOverAt: string;
            handedOverBy: string;
            householdId: string;
            id: string;
            pupilId: string | null;
            /** @enum {string} */
            signatureKind: "drawn" | "typed";
            signerName: string;
            swapReason: string | null;
        };
        Household: {
            addressLine: string | null;
            anonymisedAt: string | null;
            communeInsee: string | null;
            communeName: string | null;
            contacts: {
                /** @enum {string} */
                kind: "phone" | "email";
                value: string;
            }[];
            declineReason: string | null;
            declinedAt: string | null;
            guardians: {
                firstName: string | null;
                lastName: string;
            }[];
            id: string;
            mergedIntoId: string | null;
            noComputerAtHome: boolean;
            postalCode: string | null;
            preferredLanguage: string | null;
            priorityNeighbourhood: boolean;
            pupils: {
                className: string | null;
                firstName: string;
                grade: string;
                id: string;
                lastName: string;
                schoolId: string;
                schoolName: string;
                schoolYearId: string;
            }[];
            reference: string;
            registeredAt: string;
        };
        HouseholdErasure: {
            alreadyAnonymised: boolean;
            anonymisedAt: string;
            counts: {
                agreements: number;
                attachments: number;
                contacts: number;
                grantClaims: number;
                guardians: number;
                households: number;
                mails: number;
                pupils: number;
            };
            householdId: string;
            reference: string;
        };
        HouseholdErasureInput: {
            alreadyAnonymised: boolean;
            anonymisedAt: string;
            counts: {
                agreements: number;
                attachments: number;
                contacts: number;
                grantClaims: number;
                guardians: number;
                households: number;
                mails: number;
                pupils: number;
            };
            householdId: string;
            reference: string;
        };
        HouseholdExplanation: {
            allocation: {
                assetTag: string;
                deviceId: string;
                id: string;
            } | null;
            appointment: {
                id: string;
                startsAt: string;
                status: string;
            } | null;
            campaignId: string;
            explanation: string;
            guardians: {
                firstName: string | null;
                lastName: string;
            }[];
            householdId: string;
            invitationCode: string;
            rank: number | null;
            rankTotal: number | null;
            reasons: {
                /** @enum {string} */
                code: "no_computer_at_home" | "priority_neighbourhood" | "priority_area_school" | "registered_at" | "tie_break";
                params: {
                    [key: string]: string;
                };
                text: string;
            }[];
            reference: string;
            rules: ("no_computer_at_home" | "priority_neighbourhood" | "priority_area_school" | "registered_at")[];
            school: {
                id: string;
                name: string;
            };
            seed: string | null;
            /** @enum {string} */
            status: "eligible" | "waiting" | "allocated" | "invited" | "booked" | "handed_over" | "declined" | "removed";
            statusText: string;
        };
        HouseholdExplanationInput: {
            allocation: {
                assetTag: string;
                deviceId: string;
                id: string;
            } | null;
            appointment: {
                id: string;
                startsAt: string;
                status: string;
            } | null;
            campaignId: string;
            explanation: string;
            guardians: {
                firstName: string | null;
                lastName: string;
            }[];
            householdId: string;
            invitationCode: string;
            rank: number | null;
            rankTotal: number | null;
            reasons: {
                /** @enum {string} */
                code: "no_computer_at_home" | "priority_neighbourhood" | "priority_area_school" | "registered_at" | "tie_break";
                params: {
                    [key: string]: string;
                };
                text: string;
            }[];
            reference: string;
            rules: ("no_computer_at_home" | "priority_neighbourhood" | "priority_area_school" | "registered_at")[];
            school: {
                id: string;
                name: string;
            };
            seed: string | null;
            /** @enum {string} */
            status: "eligible" | "waiting" | "allocated" | "invited" | "booked" | "handed_over" | "declined" | "removed";
            statusText: string;
        };
        HouseholdExport: {
            allocations: {
                assetTag: string;
                campaignId: string;
                endedAt: string | null;
                id: string;
                reason: string | null;
                reservedAt: string;
                status: string;
            }[];
            appointments: {
                campaignId: string;
                createdAt: string;
                endsAt: string;
                id: string;
                placeName: string;
                startsAt: string;
                status: string;
            }[];
            campaigns: {
                campaignId: string;
                campaignName: string;
                createdAt: string;
                invitationCode: string;
                rank: number | null;
                rankReasons: string | null;
                schoolName: string | null;
                status: string;
                updatedAt: string;
            }[];
            cards: {
                createdAt: string;
                hoursPerCredit: number;
                id: string;
                ledger: {
                    createdAt: string;
                    credits: number;
                    kind: string;
                    note: string | null;
                }[];
                number: string;
                status: string;
                validUntil: string;
            }[];
            contacts: {
                kind: string;
                value: string;
            }[];
            exportedAt: string;
            grantClaims: {
                amountMinor: number;
                createdAt: string;
                currency: string;
                decidedAt: string | null;
                decisionReason: string | null;
                id: string;
                paidAt: string | null;
                proof: {
                    fileName: string;
                    mediaType: string;
                    sha256: string;
                    size: number;
                } | null;
                providerName: string | null;
                status: string;
            }[];
            guardians: {
                firstName: string | null;
                lastName: string;
                position: number;
            }[];
            handovers: {
                agreementKept: boolean;
                agreementSha256: string;
                assetTag: string;
                campaignId: string;
                consentTextVersion: string;
                handedOverAt: string;
                id: string;
                pupilId: string | null;
                signatureKind: string;
                signerName: string;
                swapReason: string | null;
            }[];
            household: {
                addressLine: string | null;
                anonymisedAt: string | null;
                communeInsee: string | null;
                communeName: string | null;
                createdAt: string;
                declineReason: string | null;
                declinedAt: string | null;
                id: string;
                mergedIntoId: string | null;
                noComputerAtHome: boolean;
                postalCode: string | null;
                preferredLanguage: string | null;
                priorityNeighbourhood: boolean;
                reference: string;
                registeredAt: string;
                updatedAt: string;
            };
            invitations: {
                campaignId: string;
                channel: string;
                language: string;
                recipient: string | null;
                sentAt: string;
            }[];
            loans: {
                assetTag: string;
                endReason: string | null;
                endedAt: string | null;
                endsOn: string;
                events: {
                    details: string | null;
                    kind: string;
                    occurredAt: string;
                }[];
                id: string;
                pupilId: string | null;
                startsOn: string;
                status: string;
            }[];
            programme: {
                name: string;
                slug: string;
            };
            pupils: {
                anonymisedAt: string | null;
                birthDate: string | null;
                className: string | null;
                firstName: string;
                grade: string;
                id: string;
                lastName: string;
                schoolId: string;
                schoolName: string | null;
                schoolYear: string;
            }[];
            workshops: {
                bookedAt: string;
                channel: string;
                date: string;
                startsAt: string;
                status: string;
                theme: string;
                venue: string;
            }[];
        };
        HouseholdExportInput: {
            allocations: {
                assetTag: string;
                campaignId: string;
                endedAt: string | null;
                id: string;
                reason: string | null;
                reservedAt: string;
                status: string;
            }[];
            appointments: {
                campaignId: string;
                createdAt: string;
                endsAt: string;
                id: string;
                placeName: string;
                startsAt: string;
                status: string;
            }[];
            campaigns: {
                campaignId: string;
                campaignName: string;
                createdAt: string;
                invitationCode: string;
                rank: number | null;
                rankReasons: string | null;
                schoolName: string | null;
                status: string;
                updatedAt: string;
            }[];
            cards: {
                createdAt: string;
                hoursPerCredit: number;
                id: string;
                ledger: {
                    createdAt: string;
                    credits: number;
                    kind: string;
                    note: string | null;
                }[];
                number: string;
                status: string;
                validUntil: string;
            }[];
            contacts: {
                kind: string;
                value: string;
            }[];
            exportedAt: string;
            grantClaims: {
                amountMinor: number;
                createdAt: string;
                currency: string;
                decidedAt: string | null;
                decisionReason: string | null;
                id: string;
                paidAt: string | null;
                proof: {
                    fileName: string;
                    mediaType: string;
                    sha256: string;
                    size: number;
                } | null;
                providerName: string | null;
                status: string;
            }[];
            guardians: {
                firstName: string | null;
                lastName: string;
                position: number;
            }[];
            handovers: {
                agreementKept: boolean;
                agreementSha256: string;
                assetTag: string;
                campaignId: string;
                consentTextVersion: string;
                handedOverAt: string;
                id: string;
                pupilId: string | null;
                signatureKind: string;
                signerName: string;
                swapReason: string | null;
            }[];
            household: {
                addressLine: string | null;
                anonymisedAt: string | null;
                communeInsee: string | null;
                communeName: string | null;
                createdAt: string;
                declineReason: string | null;
                declinedAt: string | null;
                id: string;
                mergedIntoId: string | null;
                noComputerAtHome: boolean;
                postalCode: string | null;
                preferredLanguage: string | null;
                priorityNeighbourhood: boolean;
                reference: string;
                registeredAt: string;
                updatedAt: string;
            };
            invitations: {
                campaignId: string;
                channel: string;
                language: string;
                recipient: string | null;
                sentAt: string;
            }[];
            loans: {
                assetTag: string;
                endReason: string | null;
                endedAt: string | null;
                endsOn: string;
                events: {
                    details: string | null;
                    kind: string;
                    occurredAt: string;
                }[];
                id: string;
                pupilId: string | null;
                startsOn: string;
                status: string;
            }[];
            programme: {
                name: string;
                slug: string;
            };
            pupils: {
                anonymisedAt: string | null;
                birthDate: string | null;
                className: string | null;
                firstName: string;
                grade: string;
                id: string;
                lastName: string;
                schoolId: string;
                schoolName: string | null;
                schoolYear: string;
            }[];
            workshops: {
                bookedAt: string;
                channel: string;
                date: string;
                startsAt: string;
                status: string;
                theme: string;
                venue: string;
            }[];
        };
        HouseholdInput: {
            addressLine: string | null;
            anonymisedAt: string | null;
            communeInsee: string | null;
            communeName: string | null;
            contacts: {
                /** @enum {string} */
                kind: "phone" | "email";
                value: string;
            }[];
            declineReason: string | null;
            declinedAt: string | null;
            guardians: {
                firstName: string | null;
                lastName: string;
            }[];
            id: string;
            mergedIntoId: string | null;
            noComputerAtHome: boolean;
            postalCode: string | null;
            preferredLanguage: string | null;
            priorityNeighbourhood: boolean;
            pupils: {
                className: string | null;
                firstName: string;
                grade: string;
                id: string;
                lastName: string;
                schoolId: string;
                schoolName: string;
                schoolYearId: string;
            }[];
            reference: string;
            registeredAt: string;
        };
        ImportReport: {
            householdsCreated: number;
            householdsReused: number;
            /** @description Merge proposals recorded by the commit; null for a dry run. */
            mergeProposals: number | null;
            rejected: number;
            /** @description The first 500 rejected rows; GET …/rejected.csv lists them all. */
            rejectedRows: {
                firstName: string;
                lastName: string;
                line: number;
                reasons: {
                    code: string;
                    /** @enum {string} */
                    field: "pupil.lastName" | "pupil.firstName" | "pupil.grade" | "pupil.className" | "pupil.birthDate" | "school.uai" | "guardian1.lastName" | "guardian1.firstName" | "guardian2.lastName" | "guardian2.firstName" | "contact.phone1" | "contact.phone2" | "contact.email1" | "contact.email2" | "address.line" | "address.postalCode" | "address.commune" | "household.language" | "household.noComputerAtHome" | "household.priorityNeighbourhood";
                    message: string;
                }[];
            }[];
            /** @description false once the rejected rows (they name pupils) are deleted, 30 days after the upload. */
            rejectedRowsKept: boolean;
            rows: number;
            toCreate: number;
            toUpdate: number;
            unchanged: number;
        };
        ImportReportInput: {
            householdsCreated: number;
            householdsReused: number;
            /** @description Merge proposals recorded by the commit; null for a dry run. */
            mergeProposals: number | null;
            rejected: number;
            /** @description The first 500 rejected rows; GET …/rejected.csv lists them all. */
            rejectedRows: {
                firstName: string;
                lastName: string;
                line: number;
                reasons: {
                    code: string;
                    /** @enum {string} */
                    field: "pupil.lastName" | "pupil.firstName" | "pupil.grade" | "pupil.className" | "pupil.birthDate" | "school.uai" | "guardian1.lastName" | "guardian1.firstName" | "guardian2.lastName" | "guardian2.firstName" | "contact.phone1" | "contact.phone2" | "contact.email1" | "contact.email2" | "address.line" | "address.postalCode" | "address.commune" | "household.language" | "household.noComputerAtHome" | "household.priorityNeighbourhood";
                    message: string;
                }[];
            }[];
            /** @description false once the rejected rows (they name pupils) are deleted, 30 days after the upload. */
            rejectedRowsKept: boolean;
            rows: number;
            toCreate: number;
            toUpdate: number;
            unchanged: number;
        };
        InventoryDetail: {
            agentDeviceId: string | null;
            agentVersion: string | null;
            disks: components["schemas"]["InventoryDisk"][];
            facts: components["schemas"]["InventoryFacts"];
            id: string;
            isPartial: boolean;
            payloadSha256: string;
            payloadSize: number;
            receivedAt: string;
            software: components["schemas"]["InventorySoftware"][];
            /** @enum {string} */
            source: "fusioninventory-xml" | "glpi-xml" | "glpi-json" | "glpi-json-file" | "lshw-json";
            submittedBy: string;
            tag: string | null;
        };
        InventoryDetailInput: {
            agentDeviceId: string | null;
            agentVersion: string | null;
            disks: components["schemas"]["InventoryDiskInput"][];
            facts: components["schemas"]["InventoryFactsInput"];
            id: string;
            isPartial: boolean;
            payloadSha256: string;
            payloadSize: number;
            receivedAt: string;
            software: components["schemas"]["InventorySoftwareInput"][];
            /** @enum {string} */
            source: "fusioninventory-xml" | "glpi-xml" | "glpi-json" | "glpi-json-file" | "lshw-json";
            submittedBy: string;
            tag: string | null;
        };
        InventoryDisk: {
            bus: string | null;
            /** @enum {string} */
            media: "ssd" | "hdd" | "unknown";
            model: string | null;
            name: string | null;
            serial: string | null;
            /** @description Decimal megabytes (1 GB = 1000 MB), as disk makers count */
            sizeMb: number | null;
        };
        InventoryDiskInput: {
            bus: string | null;
            /** @enum {string} */
            media: "ssd" | "hdd" | "unknown";
            model: string | null;
            name: string | null;
            serial: string | null;
            /** @description Decimal megabytes (1 GB = 1000 MB), as disk makers count */
            sizeMb: number | null;
        };
        InventoryFacts: {
            batteries: {
                currentMwh: number | null;
                designMwh: number | null;
                healthPercent: number | null;
                manufactureDate: string | null;
            }[];
            chassis?: string | null;
            cpu: {
                arch64: boolean | null;
                cores: number | null;
                model: string | null;
                speedMhz: number | null;
                threads: number | null;
            } | null;
            disks: components["schemas"]["InventoryDisk"][];
            hardwareUuid: string | null;
            make: string | null;
            model: string | null;
            os: {
                arch: string | null;
                name: string | null;
                version: string | null;
            } | null;
            /** @description Installed RAM in MiB */
            ramMb: number | null;
            serial: string | null;
            /** @description Empty here: see the inventory detail */
            software: components["schemas"]["InventorySoftware"][];
        };
        InventoryFactsInput: {
            batteries: {
                currentMwh: number | null;
                designMwh: number | null;
                healthPercent: number | null;
                manufactureDate: string | null;
            }[];
            chassis?: string | null;
            cpu: {
                arch64: boolean | null;
                cores: number | null;
                model: string | null;
                speedMhz: number | null;
                threads: number | null;
            } | null;
            disks: components["schemas"]["InventoryDiskInput"][];
            hardwareUuid: string | null;
            make: string | null;
            model: string | null;
            os: {
                arch: string | null;
                name: string | null;
                version: string | null;
            } | null;
            /** @description Installed RAM in MiB */
            ramMb: number | null;
            serial: string | null;
            /** @description Empty here: see the inventory detail */
            software: components["schemas"]["InventorySoftwareInput"][];
        };
        InventorySoftware: {
            arch: string | null;
            name: string;
            publisher: string | null;
            version: string | null;
        };
        InventorySoftwareInput: {
            arch: string | null;
            name: string;
            publisher: string | null;
            version: string | null;
        };
        InventorySummary: {
            disks: components["schemas"]["InventoryDisk"][];
            facts: components["schemas"]["InventoryFacts"];
            id: string;
            isPartial: boolean;
            receivedAt: string;
            /** @enum {string} */
            source: "fusioninventory-xml" | "glpi-xml" | "glpi-json" | "glpi-json-file" | "lshw-json";
        };
        InventorySummaryInput: {
            disks: components["schemas"]["InventoryDiskInput"][];
            facts: components["schemas"]["InventoryFactsInput"];
            id: string;
            isPartial: boolean;
            receivedAt: string;
            /** @enum {string} */
            source: "fusioninventory-xml" | "glpi-xml" | "glpi-json" | "glpi-json-file" | "lshw-json";
        };
        LedgerEntry: {
            actorLabel: string;
            at: string;
            credits: number;
            id: string;
            kind: string;
            note: string | null;
            referenceId: string | null;
            sequence: number;
        };
        LedgerEntryInput: {
            actorLabel: string;
            at: string;
            credits: number;
            id: string;
            kind: string;
            note: string | null;
            referenceId: string | null;
            sequence: number;
        };
        LedgerVerification: {
            cardsChecked: number;
            entriesChecked: number;
            problems: {
                cardId: string;
                code: string;
                detail: string;
                number: string;
            }[];
        };
        LedgerVerificationInput: {
            cardsChecked: number;
            entriesChecked: number;
            problems: {
                cardId: string;
                code: string;
                detail: string;
                number: string;
            }[];
        };
        ListedErasureRecord: {
            createdAt: string;
            deviceId: string;
            devicePath: string | null;
            diskModel: string | null;
            diskSerial: string | null;
            diskSizeBytes: number | null;
            endedAt: string | null;
            evidenceId: string | null;
            evidenceSha256: string | null;
            failureReason: string | null;
            id: string;
            isProof: boolean;
            method: string;
            /** @enum {string} */
            nistLevel: "clear" | "purge" | "destroy" | "none";
            operatorLabel: string;
            operatorUserId: string | null;
            passes: number | null;
            /** @enum {string} */
            result: "erased" | "failed" | "aborted" | "destroyed" | "verified";
            startedAt: string | null;
            supersededById: string | null;
            supersedesId: string | null;
            tool: string;
            toolVersion: string | null;
            /** @enum {string} */
            verification: "none" | "last" | "all";
        };
        ListedErasureRecordInput: {
            createdAt: string;
            deviceId: string;
            devicePath: string | null;
            diskModel: string | null;
            diskSerial: string | null;
            diskSizeBytes: number | null;
            endedAt: string | null;
            evidenceId: string | null;
            evidenceSha256: string | null;
            failureReason: string | null;
            id: string;
            isProof: boolean;
            method: string;
            /** @enum {string} */
            nistLevel: "clear" | "purge" | "destroy" | "none";
            operatorLabel: string;
            operatorUserId: string | null;
            passes: number | null;
            /** @enum {string} */
            result: "erased" | "failed" | "aborted" | "destroyed" | "verified";
            startedAt: string | null;
            supersededById: string | null;
            supersedesId: string | null;
            tool: string;
            toolVersion: string | null;
            /** @enum {string} */
            verification: "none" | "last" | "all";
        };
        Loan: {
            assetTag: string;
            createdAt: string;
            deviceId: string;
            endReason: string | null;
            endedAt: string | null;
            endsOn: string;
            handoverId: string | null;
            householdId: string;
            householdReference: string;
            id: string;
            pupilId: string | null;
            startsOn: string;
            /** @enum {string} */
            status: "active" | "returned" | "lost" | "stolen" | "swapped" | "transferred";
            updatedAt: string;
        };
        LoanInput: {
            assetTag: string;
            createdAt: string;
            deviceId: string;
            endReason: string | null;
            endedAt: string | null;
            endsOn: string;
            handoverId: string | null;
            householdId: string;
            householdReference: string;
            id: string;
            pupilId: string | null;
            startsOn: string;
            /** @enum {string} */
            status: "active" | "returned" | "lost" | "stolen" | "swapped" | "transferred";
            updatedAt: string;
        };
        Lot: {
            allowedNextStatuses: ("declared" | "scheduled" | "collected" | "received" | "closed" | "cancelled")[];
            closedAt: string | null;
            collectedAt: string | null;
            contactName: string | null;
            contactPhone: string | null;
            createdAt: string;
            declaredCount: number;
            declaredKinds: {
                desktop?: number;
                laptop?: number;
                monitor?: number;
                other?: number;
            };
            deviceCount: number;
            donorId: string;
            donorName: string;
            id: string;
            notes: string | null;
            pickupAddressLine: string | null;
            pickupCommuneInsee: string | null;
            pickupCommuneName: string | null;
            pickupPostalCode: string | null;
            receivedAt: string | null;
            receivedCount: number | null;
            reference: string;
            scheduledPickupDate: string | null;
            /** @enum {string} */
            status: "declared" | "scheduled" | "collected" | "received" | "closed" | "cancelled";
            totalWeightKg: number | null;
            updatedAt: string;
            wishedPickupDate: string | null;
        };
        LotInput: {
            allowedNextStatuses: ("declared" | "scheduled" | "collected" | "received" | "closed" | "cancelled")[];
            closedAt: string | null;
            collectedAt: string | null;
            contactName: string | null;
            contactPhone: string | null;
            createdAt: string;
            declaredCount: number;
            declaredKinds: {
                desktop?: number;
                laptop?: number;
                monitor?: number;
                other?: number;
            };
            deviceCount: number;
            donorId: string;
            donorName: string;
            id: string;
            notes: string | null;
            pickupAddressLine: string | null;
            pickupCommuneInsee: string | null;
            pickupCommuneName: string | null;
            pickupPostalCode: string | null;
            receivedAt: string | null;
            receivedCount: number | null;
            reference: string;
            scheduledPickupDate: string | null;
            /** @enum {string} */
            status: "declared" | "scheduled" | "collected" | "received" | "closed" | "cancelled";
            totalWeightKg: number | null;
            updatedAt: string;
            wishedPickupDate: string | null;
        };
        Me: {
            programmes: {
                country: string;
                id: string;
                languages: string[];
                locale: string;
                name: string;
                permissions: string[];
                roles: {
                    organisation: {
                        id: string;
                        /** @enum {string} */
                        kind: "donor" | "workshop" | "school" | "venue" | "partner";
                        name: string;
                    } | null;
                    /** @enum {string} */
                    role: "admin" | "coordinator" | "workshop_supervisor" | "workshop_operator" | "teacher" | "committee_member" | "school_director" | "venue_staff" | "donor" | "family";
                }[];
                slug: string;
            }[];
            user: {
                displayName: string;
                email: string;
                id: string;
                locale: string | null;
            };
        };
        MeInput: {
            programmes: {
                country: string;
                id: string;
                languages: string[];
                locale: string;
                name: string;
                permissions: string[];
                roles: {
                    organisation: {
                        id: string;
                        /** @enum {string} */
                        kind: "donor" | "workshop" | "school" | "venue" | "partner";
                        name: string;
                    } | null;
                    /** @enum {string} */
                    role: "admin" | "coordinator" | "workshop_supervisor" | "workshop_operator" | "teacher" | "committee_member" | "school_director" | "venue_staff" | "donor" | "family";
                }[];
                slug: string;
            }[];
            user: {
                displayName: string;
                email: string;
                id: string;
                locale: string | null;
            };
        };
        MergeProposal: {
            createdAt: string;
            decidedAt: string | null;
            household: components["schemas"]["Household"];
            id: string;
            otherHousehold: components["schemas"]["Household"];
            /** @enum {string} */
            reason: "same_contact" | "same_address_and_surname";
            /** @enum {string} */
            status: "proposed" | "confirmed" | "rejected" | "obsolete";
        };
        MergeProposalInput: {
            createdAt: string;
            decidedAt: string | null;
            household: components["schemas"]["HouseholdInput"];
            id: string;
            otherHousehold: components["schemas"]["HouseholdInput"];
            /** @enum {string} */
            reason: "same_contact" | "same_address_and_surname";
            /** @enum {string} */
            status: "proposed" | "confirmed" | "rejected" | "obsolete";
        };
        Organisation: {
            addressLine: string | null;
            archivedAt: string | null;
            communeInsee: string | null;
            communeName: string | null;
            createdAt: string;
            donorCategory: ("company" | "administration") | null;
            email: string | null;
            id: string;
            /** @enum {string} */
            kind: "donor" | "workshop" | "school" | "venue" | "partner";
            name: string;
            phone: string | null;
            postalCode: string | null;
            priorityArea: boolean | null;
            schoolSector: ("public" | "private") | null;
            siret: string | null;
            uai: string | null;
            updatedAt: string;
        };
        OrganisationInput: {
            addressLine: string | null;
            archivedAt: string | null;
            communeInsee: string | null;
            communeName: string | null;
            createdAt: string;
            donorCategory: ("company" | "administration") | null;
            email: string | null;
            id: string;
            /** @enum {string} */
            kind: "donor" | "workshop" | "school" | "venue" | "partner";
            name: string;
            phone: string | null;
            postalCode: string | null;
            priorityArea: boolean | null;
            schoolSector: ("public" | "private") | null;
            siret: string | null;
            uai: string | null;
            updatedAt: string;
        };
        PaymentBatch: {
            claimCount: number;
            createdAt: string;
            createdBy: string;
            id: string;
            reference: string;
            totalMinor: number;
        };
        PaymentBatchInput: {
            claimCount: number;
            createdAt: string;
            createdBy: string;
            id: string;
            reference: string;
            totalMinor: number;
        };
        Problem: {
            code: string;
            detail?: string;
            errors?: {
                code: string;
                field: string;
                message: string;
            }[];
            instance?: string;
            requestId?: string;
            status: number;
            title: string;
            type: string;
        };
        ProblemInput: {
            code: string;
            detail?: string;
            errors?: {
                code: string;
                field: string;
                message: string;
            }[];
            instance?: string;
            requestId?: string;
            status: number;
            title: string;
            type: string;
        };
        Programme: {
            country: string;
            createdAt: string;
            currency: string;
            grades: string[];
            id: string;
            languages: string[];
            locale: string;
            name: string;
            settings: {
                /** @default CT */
                assetTagPrefix: string;
                /** @default 24 */
                bookingCancelHoursBefore: number;
                /** @default 24 */
                cardValidityMonths: number;
                catalogue: {
                    /** @default Élève */
                    childFullName: string;
                    /** @default eleve */
                    childUsername: string;
                    /** @default amd64 */
                    debianArchitecture: string;
                    /** @default main */
                    debianComponent: string;
                    /**
                     * Format: uri
                     * @default https://deb.debian.org/debian
                     */
                    debianMirrorUrl: string;
                    /** @default bookworm */
                    debianRelease: string;
                    /** @default 30000 */
                    softwareDiskBudgetMb: number;
                };
                /** @default 240 */
                checkInClosesMinutesAfterEnd: number;
                /** @default 30 */
                checkInOpensMinutesBefore: number;
                /**
                 * @default [
                 *       "boots",
                 *       "screen",
                 *       "keyboard",
                 *       "touchpad_mouse",
                 *       "sound",
                 *       "wifi",
                 *       "battery",
                 *       "usb_ports",
                 *       "clean_case",
                 *       "charger"
                 *     ]
                 */
                checklist: string[];
                /** @default CE2 */
                cohortGrade: string;
                /** @default 6 */
                creditsPerCard: number;
                grading: {
                    /** @default 80 */
                    batteryPercentA: number;
                    /** @default 60 */
                    batteryPercentMin: number;
                    /** @default 4 */
                    cpuThreadsA: number;
                    /** @default 120 */
                    hddMinGb: number;
                    /** @default 8192 */
                    ramMbA: number;
                    /** @default 4096 */
                    ramMbB: number;
                    /** @default 4096 */
                    ramMbC: number;
                    /** @default true */
                    require64Bit: boolean;
                    /** @default 100 */
                    ssdMinGb: number;
                };
                /** @default 2 */
                hoursPerCredit: number;
                /** @default 6000 */
                internetGrantMinor: number;
                /** @default 2026-1 */
                loanAgreementVersion: string;
                /** @default 6e */
                loanEndsAtGrade: string;
                /**
                 * @default kept
                 * @enum {string}
                 */
                noShowCredit: "kept" | "lost";
                /**
                 * @default [
                 *       "no_computer_at_home",
                 *       "priority_neighbourhood",
                 *       "registered_at"
                 *     ]
                 */
                priorityRules: ("no_computer_at_home" | "priority_neighbourhood" | "priority_area_school" | "registered_at")[];
                /** @default 10:00 */
                reminderLocalTime: string;
                /** @default 12 */
                retentionMonthsAfterLoanEnd: number;
                /** @default 14 */
                stuckAfterDays: number;
                /** @default 2500 */
                venueHourlyRateMinor: number;
            };
            slug: string;
            timeZone: string;
            updatedAt: string;
        };
        ProgrammeInput: {
            country: string;
            createdAt: string;
            currency: string;
            grades: string[];
            id: string;
            languages: string[];
            locale: string;
            name: string;
            settings: {
                /** @default CT */
                assetTagPrefix: string;
                /** @default 24 */
                bookingCancelHoursBefore: number;
                /** @default 24 */
                cardValidityMonths: number;
                /** @default {} */
                catalogue: {
                    /** @default Élève */
                    childFullName: string;
                    /** @default eleve */
                    childUsername: string;
                    /** @default amd64 */
                    debianArchitecture: string;
                    /** @default main */
                    debianComponent: string;
                    /**
                     * Format: uri
                     * @default https://deb.debian.org/debian
                     */
                    debianMirrorUrl: string;
                    /** @default bookworm */
                    debianRelease: string;
                    /** @default 30000 */
                    softwareDiskBudgetMb: number;
                };
                /** @default 240 */
                checkInClosesMinutesAfterEnd: number;
                /** @default 30 */
                checkInOpensMinutesBefore: number;
                /**
                 * @default [
                 *       "boots",
                 *       "screen",
                 *       "keyboard",
                 *       "touchpad_mouse",
                 *       "sound",
                 *       "wifi",
                 *       "battery",
                 *       "usb_ports",
                 *       "clean_case",
                 *       "charger"
                 *     ]
                 */
                checklist: string[];
                /** @default CE2 */
                cohortGrade: string;
                /** @default 6 */
                creditsPerCard: number;
                /** @default {} */
                grading: {
                    /** @default 80 */
                    batteryPercentA: number;
                    /** @default 60 */
                    batteryPercentMin: number;
                    /** @default 4 */
                    cpuThreadsA: number;
                    /** @default 120 */
                    hddMinGb: number;
                    /** @default 8192 */
                    ramMbA: number;
                    /** @default 4096 */
                    ramMbB: number;
                    /** @default 4096 */
                    ramMbC: number;
                    /** @default true */
                    require64Bit: boolean;
                    /** @default 100 */
                    ssdMinGb: number;
                };
                /** @default 2 */
                hoursPerCredit: number;
                /** @default 6000 */
                internetGrantMinor: number;
                /** @default 2026-1 */
                loanAgreementVersion: string;
                /** @default 6e */
                loanEndsAtGrade: string;
                /**
                 * @default kept
                 * @enum {string}
                 */
                noShowCredit: "kept" | "lost";
                /**
                 * @default [
                 *       "no_computer_at_home",
                 *       "priority_neighbourhood",
                 *       "registered_at"
                 *     ]
                 */
                priorityRules: ("no_computer_at_home" | "priority_neighbourhood" | "priority_area_school" | "registered_at")[];
                /** @default 10:00 */
                reminderLocalTime: string;
                /** @default 12 */
                retentionMonthsAfterLoanEnd: number;
                /** @default 14 */
                stuckAfterDays: number;
                /** @default 2500 */
                venueHourlyRateMinor: number;
            };
            slug: string;
            timeZone: string;
            updatedAt: string;
        };
        PublicCertificate: {
            deviceCount: number;
            diskCount: number;
            disksErased: number;
            issuedAt: string;
            lotReference: string;
            outcomes: {
                for_parts: number;
                in_progress: number;
                recycled: number;
                reused: number;
            };
            programmeName: string;
            /** @constant */
            valid: true;
        };
        PublicCertificateInput: {
            deviceCount: number;
            diskCount: number;
            disksErased: number;
            issuedAt: string;
            lotReference: string;
            outcomes: {
                for_parts: number;
                in_progress: number;
                recycled: number;
                reused: number;
            };
            programmeName: string;
            /** @constant */
            valid: true;
        };
        Pupil: {
            birthDate: string | null;
            className: string | null;
            firstName: string;
            grade: string;
            householdId: string | null;
            householdReference: string | null;
            id: string;
            lastName: string;
            schoolId: string;
            schoolName: string;
            schoolYearCode: string;
            schoolYearId: string;
        };
        PupilImport: {
            committedAt: string | null;
            createdAt: string;
            delimiter: (";" | "," | "\t") | null;
            encoding: ("utf-8" | "windows-1252" | "utf-16le") | null;
            fileName: string;
            fileSize: number;
            headers: string[];
            id: string;
            mapping: {
                [key: string]: string;
            } | null;
            /** @description First 10 rows, cells in header order; empty once the file is deleted. */
            preview: string[][];
            report: components["schemas"]["ImportReport"] | null;
            savedMapping: {
                [key: string]: string;
            } | null;
            schoolId: string;
            schoolYearId: string;
            /** @enum {string} */
            status: "uploaded" | "mapped" | "checked" | "committed" | "expired";
            /** @description Import field → header name of the file. */
            suggestedMapping: {
                [key: string]: string;
            };
        };
        PupilImportInput: {
            committedAt: string | null;
            createdAt: string;
            delimiter: (";" | "," | "\t") | null;
            encoding: ("utf-8" | "windows-1252" | "utf-16le") | null;
            fileName: string;
            fileSize: number;
            headers: string[];
            id: string;
            mapping: {
                [key: string]: string;
            } | null;
            /** @description First 10 rows, cells in header order; empty once the file is deleted. */
            preview: string[][];
            report: components["schemas"]["ImportReportInput"] | null;
            savedMapping: {
                [key: string]: string;
            } | null;
            schoolId: string;
            schoolYearId: string;
            /** @enum {string} */
            status: "uploaded" | "mapped" | "checked" | "committed" | "expired";
            /** @description Import field → header name of the file. */
            suggestedMapping: {
                [key: string]: string;
            };
        };
        PupilInput: {
            birthDate: string | null;
            className: string | null;
            firstName: string;
            grade: string;
            householdId: string | null;
            householdReference: string | null;
            id: string;
            lastName: string;
            schoolId: string;
            schoolName: string;
            schoolYearCode: string;
            schoolYearId: string;
        };
        School: {
            cohortPupilCount: number;
            communeInsee: string | null;
            communeName: string | null;
            id: string;
            name: string;
            priorityArea: boolean;
            pupilCount: number;
            sector: ("public" | "private") | null;
            uai: string | null;
        };
        SchoolCohort: {
            campaign: {
                cohortGrade: string;
                id: string;
                name: string;
                schoolYearId: string;
            };
            counts: {
                booked: number;
                declined: number;
                eligible: number;
                handedOver: number;
                pupils: number;
            };
            pupils: {
                appointment: {
                    endsAt: string;
                    placeName: string;
                    startsAt: string;
                    status: string;
                } | null;
                campaignStatus: string | null;
                className: string | null;
                declinedAt: string | null;
                firstName: string;
                handedOverAt: string | null;
                householdReference: string | null;
                id: string;
                lastName: string;
            }[];
            school: {
                id: string;
                name: string;
                uai: string | null;
            };
            schoolInCampaign: boolean;
        };
        SchoolCohortInput: {
            campaign: {
                cohortGrade: string;
                id: string;
                name: string;
                schoolYearId: string;
            };
            counts: {
                booked: number;
                declined: number;
                eligible: number;
                handedOver: number;
                pupils: number;
            };
            pupils: {
                appointment: {
                    endsAt: string;
                    placeName: string;
                    startsAt: string;
                    status: string;
                } | null;
                campaignStatus: string | null;
                className: string | null;
                declinedAt: string | null;
                firstName: string;
                handedOverAt: string | null;
                householdReference: string | null;
                id: string;
                lastName: string;
            }[];
            school: {
                id: string;
                name: string;
                uai: string | null;
            };
            schoolInCampaign: boolean;
        };
        SchoolDevice: {
            assetTag: string;
            band: ("cycle2" | "cycle3") | null;
            conformity: components["schemas"]["ConformityDevice"] | null;
            id: string;
            /** @enum {string} */
            kind: "desktop" | "laptop" | "monitor" | "other";
            make: string | null;
            model: string | null;
            serial: string | null;
            /** @enum {string} */
            state: "received" | "diagnosed" | "erased" | "repaired" | "imaged" | "checked" | "ready" | "allocated" | "handed_over" | "returned" | "for_parts" | "recycled" | "in_school";
        };
        SchoolDeviceInput: {
            assetTag: string;
            band: ("cycle2" | "cycle3") | null;
            conformity: components["schemas"]["ConformityDeviceInput"] | null;
            id: string;
            /** @enum {string} */
            kind: "desktop" | "laptop" | "monitor" | "other";
            make: string | null;
            model: string | null;
            serial: string | null;
            /** @enum {string} */
            state: "received" | "diagnosed" | "erased" | "repaired" | "imaged" | "checked" | "ready" | "allocated" | "handed_over" | "returned" | "for_parts" | "recycled" | "in_school";
        };
        SchoolInput: {
            cohortPupilCount: number;
            communeInsee: string | null;
            communeName: string | null;
            id: string;
            name: string;
            priorityArea: boolean;
            pupilCount: number;
            sector: ("public" | "private") | null;
            uai: string | null;
        };
        SchoolYear: {
            code: string;
            createdAt: string;
            endsOn: string;
            id: string;
            startsOn: string;
        };
        SchoolYearInput: {
            code: string;
            createdAt: string;
            endsOn: string;
            id: string;
            startsOn: string;
        };
        TrainingBooking: {
            absentMarkedAt: string | null;
            attendedAt: string | null;
            bookedAt: string | null;
            cancelReason: string | null;
            cancelledAt: string | null;
            cardId: string;
            cardNumber: string;
            /** @enum {string} */
            channel: "venue" | "phone" | "coordinator" | "portal" | "walk_in";
            createdAt: string;
            createdBy: string;
            householdId: string;
            id: string;
            sessionId: string;
            /** @enum {string} */
            status: "booked" | "waiting" | "attended" | "no_show" | "cancelled" | "released";
            updatedAt: string;
            waitlistedAt: string | null;
        };
        TrainingBookingInput: {
            absentMarkedAt: string | null;
            attendedAt: string | null;
            bookedAt: string | null;
            cancelReason: string | null;
            cancelledAt: string | null;
            cardId: string;
            cardNumber: string;
            /** @enum {string} */
            channel: "venue" | "phone" | "coordinator" | "portal" | "walk_in";
            createdAt: string;
            createdBy: string;
            householdId: string;
            id: string;
            sessionId: string;
            /** @enum {string} */
            status: "booked" | "waiting" | "attended" | "no_show" | "cancelled" | "released";
            updatedAt: string;
            waitlistedAt: string | null;
        };
        TrainingFigures: {
            from: string;
            /** @enum {string} */
            groupBy: "venue" | "theme" | "month";
            ledgerTotalsIncluded: boolean;
            rows: {
                attendanceRate: number | null;
                attended: number;
                booked: number;
                cardsIssued: number | null;
                creditsExpired: number | null;
                creditsIssued: number | null;
                forfeited: number;
                key: string;
                label: string;
                noShows: number;
                redeemed: number;
                released: number;
                sessions: number;
            }[];
            to: string;
            totals: {
                attendanceRate: number | null;
                attended: number;
                booked: number;
                cardsIssued: number | null;
                creditsExpired: number | null;
                creditsIssued: number | null;
                forfeited: number;
                noShows: number;
                redeemed: number;
                released: number;
                sessions: number;
            };
            venueId: string | null;
        };
        TrainingFiguresInput: {
            from: string;
            /** @enum {string} */
            groupBy: "venue" | "theme" | "month";
            ledgerTotalsIncluded: boolean;
            rows: {
                attendanceRate: number | null;
                attended: number;
                booked: number;
                cardsIssued: number | null;
                creditsExpired: number | null;
                creditsIssued: number | null;
                forfeited: number;
                key: string;
                label: string;
                noShows: number;
                redeemed: number;
                released: number;
                sessions: number;
            }[];
            to: string;
            totals: {
                attendanceRate: number | null;
                attended: number;
                booked: number;
                cardsIssued: number | null;
                creditsExpired: number | null;
                creditsIssued: number | null;
                forfeited: number;
                noShows: number;
                redeemed: number;
                released: number;
                sessions: number;
            };
            venueId: string | null;
        };
        TrainingSeriesResult: {
            seriesId: string;
            sessions: components["schemas"]["TrainingSession"][];
            skipped: {
                date: string;
                /** @enum {string} */
                reason: "time_does_not_exist" | "in_past";
            }[];
        };
        TrainingSeriesResultInput: {
            seriesId: string;
            sessions: components["schemas"]["TrainingSessionInput"][];
            skipped: {
                date: string;
                /** @enum {string} */
                reason: "time_does_not_exist" | "in_past";
            }[];
        };
        TrainingSession: {
            bookedCount: number;
            cancelReason: string | null;
            cancelledAt: string | null;
            createdAt: string;
            date: string;
            endTime: string;
            endsAt: string;
            id: string;
            language: string;
            remaining: number;
            roomId: string;
            roomName: string;
            seats: number;
            seriesId: string | null;
            startTime: string;
            startsAt: string;
            /** @enum {string} */
            status: "scheduled" | "cancelled";
            themeCode: string;
            themeId: string;
            themeTitle: string;
            trainerName: string | null;
            updatedAt: string;
            venueId: string;
            venueName: string;
            waitingCount: number;
        };
        TrainingSessionBooking: {
            absentMarkedAt: string | null;
            attendedAt: string | null;
            bookedAt: string | null;
            cancelReason: string | null;
            cancelledAt: string | null;
            cardId: string;
            cardNumber: string;
            /** @enum {string} */
            channel: "venue" | "phone" | "coordinator" | "portal" | "walk_in";
            createdAt: string;
            createdBy: string;
            holderName: string | null;
            householdId: string;
            id: string;
            sessionId: string;
            /** @enum {string} */
            status: "booked" | "waiting" | "attended" | "no_show" | "cancelled" | "released";
            updatedAt: string;
            waitingPosition: number | null;
            waitlistedAt: string | null;
        };
        TrainingSessionBookingInput: {
            absentMarkedAt: string | null;
            attendedAt: string | null;
            bookedAt: string | null;
            cancelReason: string | null;
            cancelledAt: string | null;
            cardId: string;
            cardNumber: string;
            /** @enum {string} */
            channel: "venue" | "phone" | "coordinator" | "portal" | "walk_in";
            createdAt: string;
            createdBy: string;
            holderName: string | null;
            householdId: string;
            id: string;
            sessionId: string;
            /** @enum {string} */
            status: "booked" | "waiting" | "attended" | "no_show" | "cancelled" | "released";
            updatedAt: string;
            waitingPosition: number | null;
            waitlistedAt: string | null;
        };
        TrainingSessionDetail: {
            bookedCount: number;
            bookings: components["schemas"]["TrainingSessionBooking"][];
            cancelReason: string | null;
            cancelledAt: string | null;
            createdAt: string;
            date: string;
            endTime: string;
            endsAt: string;
            id: string;
            language: string;
            remaining: number;
            roomId: string;
            roomName: string;
            seats: number;
            seriesId: string | null;
            startTime: string;
            startsAt: string;
            /** @enum {string} */
            status: "scheduled" | "cancelled";
            themeCode: string;
            themeId: string;
            themeTitle: string;
            trainerName: string | null;
            updatedAt: string;
            venueId: string;
            venueName: string;
            waitingCount: number;
            waitingList: components["schemas"]["TrainingSessionBooking"][];
        };
        TrainingSessionDetailInput: {
            bookedCount: number;
            bookings: components["schemas"]["TrainingSessionBookingInput"][];
            cancelReason: string | null;
            cancelledAt: string | null;
            createdAt: string;
            date: string;
            endTime: string;
            endsAt: string;
            id: string;
            language: string;
            remaining: number;
            roomId: string;
            roomName: string;
            seats: number;
            seriesId: string | null;
            startTime: string;
            startsAt: string;
            /** @enum {string} */
            status: "scheduled" | "cancelled";
            themeCode: string;
            themeId: string;
            themeTitle: string;
            trainerName: string | null;
            updatedAt: string;
            venueId: string;
            venueName: string;
            waitingCount: number;
            waitingList: components["schemas"]["TrainingSessionBookingInput"][];
        };
        TrainingSessionInput: {
            bookedCount: number;
            cancelReason: string | null;
            cancelledAt: string | null;
            createdAt: string;
            date: string;
            endTime: string;
            endsAt: string;
            id: string;
            language: string;
            remaining: number;
            roomId: string;
            roomName: string;
            seats: number;
            seriesId: string | null;
            startTime: string;
            startsAt: string;
            /** @enum {string} */
            status: "scheduled" | "cancelled";
            themeCode: string;
            themeId: string;
            themeTitle: string;
            trainerName: string | null;
            updatedAt: string;
            venueId: string;
            venueName: string;
            waitingCount: number;
        };
        TrainingTheme: {
            active: boolean;
            code: string;
            createdAt: string;
            descriptions: {
                [key: string]: string;
            };
            id: string;
            languages: string[];
            position: number;
            titles: {
                [key: string]: string;
            };
            updatedAt: string;
        };
        TrainingThemeInput: {
            active: boolean;
            code: string;
            createdAt: string;
            descriptions: {
                [key: string]: string;
            };
            id: string;
            languages: string[];
            position: number;
            titles: {
                [key: string]: string;
            };
            updatedAt: string;
        };
        Venue: {
            accessibilityNotes: string | null;
            accessibleToilets: boolean;
            addressLine: string | null;
            archivedAt: string | null;
            communeInsee: string | null;
            communeName: string | null;
            createdAt: string;
            email: string | null;
            hearingLoop: boolean;
            id: string;
            name: string;
            openingHours: string | null;
            phone: string | null;
            postalCode: string | null;
            publicTransport: string | null;
            rooms: components["schemas"]["VenueRoom"][];
            stepFreeAccess: boolean;
            updatedAt: string;
        };
        VenueInput: {
            accessibilityNotes: string | null;
            accessibleToilets: boolean;
            addressLine: string | null;
            archivedAt: string | null;
            communeInsee: string | null;
            communeName: string | null;
            createdAt: string;
            email: string | null;
            hearingLoop: boolean;
            id: string;
            name: string;
            openingHours: string | null;
            phone: string | null;
            postalCode: string | null;
            publicTransport: string | null;
            rooms: components["schemas"]["VenueRoomInput"][];
            stepFreeAccess: boolean;
            updatedAt: string;
        };
        VenueRoom: {
            active: boolean;
            capacity: number;
            computers: number;
            createdAt: string;
            id: string;
            name: string;
            stepFree: boolean;
            updatedAt: string;
            venueId: string;
        };
        VenueRoomInput: {
            active: boolean;
            capacity: number;
            computers: number;
            createdAt: string;
            id: string;
            name: string;
            stepFree: boolean;
            updatedAt: string;
            venueId: string;
        };
        VenueStatement: {
            currency: string;
            issuedAt: string | null;
            issuedBy: string | null;
            lineCount: number;
            lines: {
                amountMinor: number;
                bookingId: string;
                cardNumber: string;
                hourlyRateMinor: number;
                hours: number;
                /** @enum {string} */
                kind: "redemption" | "reversal";
                ledgerEntryId: string;
                position: number;
                reversesEntryId: string | null;
                sessionDate: string;
                sessionId: string;
                themeCode: string;
                themeTitle: string;
            }[];
            month: string;
            monthOver: boolean;
            pdfSha256: string | null;
            reference: string | null;
            /** @enum {string} */
            status: "draft" | "issued";
            totalMinor: number;
            venue: {
                address: string[];
                id: string;
                name: string;
            };
        };
        VenueStatementInput: {
            currency: string;
            issuedAt: string | null;
            issuedBy: string | null;
            lineCount: number;
            lines: {
                amountMinor: number;
                bookingId: string;
                cardNumber: string;
                hourlyRateMinor: number;
                hours: number;
                /** @enum {string} */
                kind: "redemption" | "reversal";
                ledgerEntryId: string;
                position: number;
                reversesEntryId: string | null;
                sessionDate: string;
                sessionId: string;
                themeCode: string;
                themeTitle: string;
            }[];
            month: string;
            monthOver: boolean;
            pdfSha256: string | null;
            reference: string | null;
            /** @enum {string} */
            status: "draft" | "issued";
            totalMinor: number;
            venue: {
                address: string[];
                id: string;
                name: string;
            };
        };
        VenueStatementSummary: {
            currency: string;
            issuedAt: string | null;
            lineCount: number;
            month: string;
            monthOver: boolean;
            reference: string | null;
            /** @enum {string} */
            status: "draft" | "issued";
            totalMinor: number;
        };
        VenueStatementSummaryInput: {
            currency: string;
            issuedAt: string | null;
            lineCount: number;
            month: string;
            monthOver: boolean;
            reference: string | null;
            /** @enum {string} */
            status: "draft" | "issued";
            totalMinor: number;
        };
        WorkshopActivity: {
            from: string;
            rows: {
                devices: number;
                label: string;
                minutes: number;
                station: string | null;
                userId: string;
            }[];
            to: string;
        };
        WorkshopActivityInput: {
            from: string;
            rows: {
                devices: number;
                label: string;
                minutes: number;
                station: string | null;
                userId: string;
            }[];
            to: string;
        };
        WorkshopStock: {
            byAge: {
                [key: string]: number;
            };
            byGrade: {
                [key: string]: number;
            };
            byKind: {
                [key: string]: number;
            };
            byState: {
                [key: string]: number;
            };
            stuck: components["schemas"]["Device"][];
            stuckAfterDays: number;
        };
        WorkshopStockInput: {
            byAge: {
                [key: string]: number;
            };
            byGrade: {
                [key: string]: number;
            };
            byKind: {
                [key: string]: number;
            };
            byState: {
                [key: string]: number;
            };
            stuck: components["schemas"]["DeviceInput"][];
            stuckAfterDays: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
