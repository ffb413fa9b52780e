package org.normbench.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.servlet.http.HttpServletResponse;

/** A missing page, experiment or run: said plainly, inside the usual frame, with HTTP 404. */
@ParentLayout(MainLayout.class)
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    private final Paragraph reason = new Paragraph();

    public NotFoundView() {
        reason.setId("not-found");
        add(new H2("Not found"), reason, new RouterLink("Back to the experiments", ExperimentsView.class));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        reason.setText(parameter.hasCustomMessage() ? capitalized(parameter.getCustomMessage())
                : "There is no page at /" + event.getLocation().getPath() + ".");
        return HttpServletResponse.SC_NOT_FOUND;
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }
}
