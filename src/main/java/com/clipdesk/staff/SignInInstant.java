package com.clipdesk.staff;

import java.time.Instant;

/**
 * When a staff member authenticated, for authentications that carry no ID token: set as the
 * authentication's details ({@code AbstractAuthenticationToken#setDetails}). The console's own
 * sign-ins read the ID token instead (see {@link RecentSignIn}); this is how code that runs as a
 * staff member without an OIDC sign-in (tests, tools) says when that staff member signed in.
 */
public record SignInInstant(Instant at) {}
