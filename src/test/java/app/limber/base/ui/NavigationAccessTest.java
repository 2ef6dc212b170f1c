package app.limber.base.ui;

import app.limber.account.ui.LoginView;
import app.limber.account.ui.SignUpView;
import app.limber.coaching.ui.AthletesView;
import app.limber.coaching.ui.MyRoutinesView;
import app.limber.library.ui.LibraryView;
import app.limber.library.ui.StretchEditorView;
import app.limber.library.ui.StretchView;
import app.limber.routine.ui.RoutinesView;
import app.limber.support.UiTest;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who may open which screen, and what the navigation offers them. */
class NavigationAccessTest extends UiTest {

    private static final List<Class<? extends Component>> COACH_VIEWS = List.of(app.limber.coaching.ui.CoachHomeView.class, LibraryView.class, RoutinesView.class, AthletesView.class);
    private static final List<Class<? extends Component>> ATHLETE_VIEWS = List.of(MyRoutinesView.class, app.limber.player.ui.MyHistoryView.class);

    @Test
    void anAnonymousVisitorIsSentToLoginFromEveryProtectedView() {
        List<Class<? extends Component>> protectedViews = new Routes().autoDiscoverViews("app.limber").getRoutes().stream()
                .filter(view -> !view.isAnnotationPresent(AnonymousAllowed.class))
                .filter(view -> !view.isAnnotationPresent(com.vaadin.flow.router.Layout.class))
                .toList();
        assertThat(protectedViews).contains(HomeView.class, LibraryView.class, StretchView.class, StretchEditorView.class,
                app.limber.coaching.ui.AcceptInviteView.class,
                RoutinesView.class, AthletesView.class, MyRoutinesView.class);

        for (Class<? extends Component> view : protectedViews) {
            String template = RouteConfiguration.forApplicationScope().getTemplate(view).orElseThrow();
            // a page of one thing: any value will do, it must not matter to an anonymous visitor
            Map<String, String> parameters = new HashMap<>();
            Matcher required = Pattern.compile(":(\\w+)(\\([^)]*\\))?(\\?)?").matcher(template);
            while (required.find()) {
                if (required.group(3) == null) {
                    parameters.put(required.group(1), "1");
                }
            }
            UI.getCurrent().navigate(view, new RouteParameters(parameters));
            expectView(LoginView.class);
        }
    }

    @Test
    void anAnonymousVisitorCanOpenLoginAndSignUp() {
        UI.getCurrent().navigate(SignUpView.class);
        expectView(SignUpView.class);
        UI.getCurrent().navigate(LoginView.class);
        expectView(LoginView.class);
    }

    @Test
    void aCoachStartsOnTheirHomeAndSeesTheCoachSectionsOnly() {
        signInAsCoach();
        UI.getCurrent().navigate("");

        expectView(app.limber.coaching.ui.CoachHomeView.class);
        assertThat(navigationLabels()).containsExactly("Home", "Library", "Routines", "Athletes", "Settings");
        for (Class<? extends Component> view : COACH_VIEWS) {
            UI.getCurrent().navigate(view);
            expectView(view);
        }
    }

    @Test
    void aCoachCannotOpenAthleteViews() {
        signInAsCoach();

        for (Class<? extends Component> view : ATHLETE_VIEWS) {
            assertThatThrownBy(() -> UI.getCurrent().navigate(view)).isInstanceOf(MockAccessDeniedException.class);
        }
    }

    @Test
    void anAthleteStartsInMyRoutinesAndSeesOnlyTheirOwnPages() {
        signInAsAthlete();
        UI.getCurrent().navigate("");

        expectView(MyRoutinesView.class);
        assertThat(navigationLabels()).containsExactly("My routines", "My history", "Settings");
    }

    @Test
    void anAthleteCannotOpenCoachViews() {
        signInAsAthlete();

        for (Class<? extends Component> view : COACH_VIEWS) {
            assertThatThrownBy(() -> UI.getCurrent().navigate(view)).isInstanceOf(MockAccessDeniedException.class);
        }
    }

    private static List<String> navigationLabels() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
