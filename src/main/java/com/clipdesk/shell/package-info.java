/**
 * The console's frame, with no business logic: the app shell (theme and stylesheets), the
 * {@link com.clipdesk.shell.MainLayout} with the signed-in staff member, a navigation built from
 * the views' {@code @Menu} annotations (filtered by what the role may open), the sign-out, no-access
 * and error pages, and two extension points: {@link com.clipdesk.shell.ItemSection}, through which
 * modules add sections to each other's item detail pages, and {@link com.clipdesk.shell.TopBarItem},
 * through which they add to the top bar (the search box) without the shell depending on them.
 */
@NullMarked
package com.clipdesk.shell;

import org.jspecify.annotations.NullMarked;
