package org.normbench.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.normbench.account.AccessDeniedException;
import org.normbench.account.AccountService;
import org.normbench.account.TeamRole;
import org.normbench.account.TeamService;
import org.normbench.account.TeamService.TeamDetails;
import org.normbench.account.TokenService;
import org.normbench.account.TokenService.TokenInfo;
import org.normbench.experiment.InvalidQueryException;

/** The signed-in person's account: password, personal API tokens, and teams (members managed by owners). */
@SignInRequired
@Route(value = "account", layout = MainLayout.class)
@PageTitle("Account · NormBench")
public class AccountView extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final CurrentCaller caller;
    private final TokenService tokens;
    private final TeamService teams;
    private final Grid<TokenInfo> tokenGrid = new Grid<>();
    private final Grid<TeamDetails> teamGrid = new Grid<>();
    private final TextField newToken = new TextField();
    private final ComboBox<TeamDetails> team = new ComboBox<>("Team");

    public AccountView(CurrentCaller caller, AccountService accounts, TokenService tokens, TeamService teams) {
        this.caller = caller;
        this.tokens = tokens;
        this.teams = teams;
        add(new H2("Account: " + caller.get().username()));

        PasswordField current = new PasswordField("Current password");
        PasswordField replacement = new PasswordField("New password");
        current.setId("current-password");
        replacement.setId("new-password");
        Button change = new Button("Change password", e -> act(() -> {
            accounts.changePassword(caller.get(), current.getValue(), replacement.getValue());
            current.clear();
            replacement.clear();
            Notification.show("Password changed");
        }));
        change.setId("change-password");
        add(new H3("Password"), row(current, replacement, change));

        TextField tokenName = new TextField("Token name");
        tokenName.setId("token-name");
        tokenName.setPlaceholder("laptop CLI");
        newToken.setId("new-token");
        newToken.setReadOnly(true);
        newToken.setWidth("32em");
        newToken.setVisible(false);
        Button create = new Button("Create token", e -> act(() -> {
            TokenService.CreatedToken created = tokens.create(caller.get(), tokenName.getValue());
            newToken.setLabel("Your new token '" + created.name() + "' — copy it now, it is not shown again");
            newToken.setValue(created.token());
            newToken.setVisible(true);
            tokenName.clear();
            showTokens();
        }));
        create.setId("create-token");
        tokenGrid.setId("tokens");
        tokenGrid.addColumn(TokenInfo::name).setHeader("Token");
        tokenGrid.addColumn(t -> TIME.format(t.createdAt())).setHeader("Created");
        tokenGrid.addColumn(t -> t.revokedAt() == null ? "active" : "revoked " + TIME.format(t.revokedAt()))
                .setHeader("State");
        tokenGrid.addComponentColumn(t -> {
            Button revoke = new Button("Revoke", e -> act(() -> {
                tokens.revoke(caller.get(), t.id());
                showTokens();
            }));
            revoke.setEnabled(t.revokedAt() == null);
            return revoke;
        });
        tokenGrid.setAllRowsVisible(true);
        add(new H3("API tokens"), new Paragraph("For the REST API and the command line: send"
                + " 'Authorization: Bearer <token>'."), row(tokenName, create), newToken, tokenGrid);

        TextField teamName = new TextField("New team");
        teamName.setId("team-name");
        Button createTeam = new Button("Create team", e -> act(() -> {
            teams.create(caller.get(), teamName.getValue());
            teamName.clear();
            showTeams();
        }));
        createTeam.setId("create-team");
        team.setItemLabelGenerator(TeamDetails::name);
        team.setId("member-team");
        TextField member = new TextField("Member name");
        member.setId("member-name");
        ComboBox<TeamRole> role = new ComboBox<>("Role", TeamRole.values());
        role.setId("member-role");
        role.setValue(TeamRole.MEMBER);
        Button setMember = new Button("Add or change member", e -> act(() -> {
            teams.setMember(caller.get(), team.getValue() == null ? null : team.getValue().name(),
                    member.getValue(), role.getValue());
            member.clear();
            showTeams();
        }));
        setMember.setId("set-member");
        Button removeMember = new Button("Remove member", e -> act(() -> {
            teams.removeMember(caller.get(), team.getValue() == null ? null : team.getValue().name(),
                    member.getValue());
            member.clear();
            showTeams();
        }));
        teamGrid.setId("teams");
        teamGrid.addColumn(TeamDetails::name).setHeader("Team").setAutoWidth(true);
        teamGrid.addColumn(t -> t.yourRole() == null ? "—" : t.yourRole().name()).setHeader("Your role")
                .setAutoWidth(true);
        teamGrid.addColumn(t -> t.members().stream().map(m -> m.username() + " (" + m.role() + ")")
                .collect(Collectors.joining(", "))).setHeader("Members").setFlexGrow(3);
        teamGrid.setAllRowsVisible(true);
        add(new H3("Teams"), row(teamName, createTeam), teamGrid, row(team, member, role, setMember, removeMember));
        showTokens();
        showTeams();
    }

    private void showTokens() {
        tokenGrid.setItems(tokens.list(caller.get()));
    }

    private void showTeams() {
        var mine = teams.teams(caller.get());
        teamGrid.setItems(mine);
        team.setItems(mine);
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    /** Runs an account action; refusals and bad input are told in a notification. */
    private static void act(Runnable action) {
        try {
            action.run();
        } catch (InvalidQueryException e) {
            Notification.show(e.errors().stream().map(f -> f.field() + ": " + f.message())
                    .collect(Collectors.joining("; ")));
        } catch (AccessDeniedException e) {
            Notification.show(e.getMessage());
        }
    }
}
