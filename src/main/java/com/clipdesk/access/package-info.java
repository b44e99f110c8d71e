/**
 * Staff access for admins: the staff directory page (who has signed in, with which roles and markets
 * as their identity provider last described them, how many console sessions they have open) and
 * ending a member's sessions everywhere. A module of its own because the staff module secures the
 * console and the shell depends on it; this page depends on both.
 */
@NullMarked
package com.clipdesk.access;

import org.jspecify.annotations.NullMarked;
