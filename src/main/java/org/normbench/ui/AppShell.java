package org.normbench.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;

/** Server push lets run states and curves update in the browser without a reload. */
@Push
public class AppShell implements AppShellConfigurator {
}
