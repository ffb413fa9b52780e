package org.normbench.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.normbench.account.AccessDeniedException;
import org.normbench.account.NotSignedInException;
import org.normbench.experiment.CommentService;
import org.normbench.experiment.CommentService.CommentView;
import org.normbench.experiment.InvalidQueryException;

/**
 * The comments of an experiment (all of them, each run's marked) or of one run, oldest first, and a box to add
 * one for those who may comment.
 */
public class CommentsPanel extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final CommentService comments;
    private final CurrentCaller caller;
    private final VerticalLayout list = new VerticalLayout();
    private final TextArea text = new TextArea("Comment");
    private final Button post = new Button("Post comment");
    private long experimentId;
    private Long runId;

    public CommentsPanel(CommentService comments, CurrentCaller caller) {
        this.comments = comments;
        this.caller = caller;
        setPadding(false);
        list.setId("comments");
        list.setPadding(false);
        text.setId("new-comment");
        text.setWidth("600px");
        post.setId("post-comment");
        post.addClickListener(e -> post());
        add(new H3("Comments"), list, text, post);
    }

    /** Shows the comments of the experiment, or only those on {@code runId} when it is set. */
    public void show(long experimentId, Long runId, boolean mayComment) {
        this.experimentId = experimentId;
        this.runId = runId;
        text.setVisible(mayComment);
        post.setVisible(mayComment);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<CommentView> shown = comments.comments(caller.get(), experimentId).orElse(List.of()).stream()
                .filter(c -> runId == null || runId.equals(c.runId())).toList();
        for (CommentView c : shown) {
            Paragraph p = new Paragraph(c.author() + " · " + TIME.format(c.createdAt())
                    + (c.runId() == null || runId != null ? "" : " · run #" + c.runId()) + ": " + c.body());
            p.addClassName("comment");
            list.add(p);
        }
        if (shown.isEmpty()) {
            list.add(new Paragraph("No comments yet."));
        }
    }

    private void post() {
        try {
            comments.add(caller.get(), experimentId, runId, text.getValue());
            text.clear();
            text.setInvalid(false);
            refresh();
        } catch (InvalidQueryException e) {
            text.setInvalid(true);
            text.setErrorMessage(e.errors().get(0).message());
        } catch (AccessDeniedException | NotSignedInException e) {
            Notification.show(e.getMessage());
        }
    }
}
