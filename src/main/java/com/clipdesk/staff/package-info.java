/**
 * Staff accounts and sign-in: who the staff member is, which roles and market scopes their
 * identity provider grants them, and how the console is secured. Staff sign in only through OIDC
 * (authorization code + PKCE); the ID token's role and market claims become {@code ROLE_*} and
 * {@code MARKET_*} authorities ({@link com.clipdesk.staff.StaffAuthoritiesMapper}). Each sign-in
 * updates the {@link com.clipdesk.staff.StaffMember} directory and publishes
 * {@link com.clipdesk.staff.StaffSignedIn}. For zero-setup local runs the module can host a
 * development OIDC provider with demo accounts ({@code clipdesk.dev-idp.enabled}, local profile only).
 */
@NullMarked
package com.clipdesk.staff;

import org.jspecify.annotations.NullMarked;
