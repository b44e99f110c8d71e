package com.clipdesk.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** The console's one app shell: Lumo plus Clipdesk's own stylesheet (frontend/styles/clipdesk.css). */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/clipdesk.css")
@StyleSheet("styles/views.css")
@Meta(name = "color-scheme", content = "light dark")
public class ClipdeskAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Clipdesk");
        // Apply a saved dark-mode choice before the first paint, so the page does not flash.
        settings.addInlineWithContents(
                "try{if(localStorage.getItem('clipdesk-theme')==='dark'){document.documentElement.setAttribute('theme','dark');}}catch(e){}",
                com.vaadin.flow.component.page.Inline.Wrapping.JAVASCRIPT);
    }
}
