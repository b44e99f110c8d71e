/**
 * The console's frame, with no business logic: the app shell (theme and stylesheets), the
 * {@link com.clipdesk.shell.MainLayout} with the signed-in staff member, a navigation built from
 * the views' {@code @Menu} annotations (filtered by what the role may open), the sign-out, no-access
 * and error pages, and the {@link com.clipdesk.shell.ItemSection} extension point through which
 * modules add sections to each other's item detail pages.
 */
@NullMarked
package com.clipdesk.shell;

import org.jspecify.annotations.NullMarked;
