package org.normbench.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.function.Predicate;
import org.normbench.experiment.RunUpdates;

/** Refreshes a view through server push on every matching run update, for as long as it is attached. */
final class LiveRefresh {

    private LiveRefresh() {
    }

    static void bind(Component view, RunUpdates updates, Predicate<RunUpdates.RunUpdate> matches, Runnable refresh) {
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            RunUpdates.Subscription subscription = updates.subscribe(update -> {
                if (matches.test(update)) {
                    ui.access(refresh::run);
                }
            });
            view.addDetachListener(detach -> {
                subscription.close();
                detach.unregisterListener();
            });
        });
    }
}
