package com.clipdesk.shell;

import com.vaadin.flow.component.applayout.AppLayout;

/** TEMPORARY stub, replaced by the security branch's MainLayout on merge. */
public class MainLayout extends AppLayout {}
