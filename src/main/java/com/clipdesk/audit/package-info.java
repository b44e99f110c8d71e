/**
 * The audit trail: every state change of every capability records who did what to which subject,
 * in the same transaction as the change; auditors and admins read it.
 */
@NullMarked
package com.clipdesk.audit;

import org.jspecify.annotations.NullMarked;
