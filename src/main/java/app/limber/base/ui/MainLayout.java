package app.limber.base.ui;

import app.limber.account.AccountService;
import app.limber.account.ColorScheme;
import app.limber.account.LanguageMenu;
import app.limber.account.LanguageSettings;
import app.limber.account.SignedInUser;
import app.limber.base.Initials;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.page.ColorScheme.Value;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every signed-in screen: brand, the sections this person may open
 * (from each view's {@code @Menu}, filtered by its access annotation), their name,
 * light/dark, and log out. On a phone the navigation folds into a drawer.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final AccountService accountService;
    private final AuthenticationContext authenticationContext;
    private final Button colorSchemeToggle = new Button();
    private final Button skipLink = new Button(getTranslation("layout.skip-to-content"));
    private Component skipTo;
    private ColorScheme colorScheme = ColorScheme.LIGHT;
    private final boolean timeZoneKnown;

    public MainLayout(AccountService accountService, AuthenticationContext authenticationContext, LanguageSettings languages) {
        this.accountService = accountService;
        this.authenticationContext = authenticationContext;
        setPrimarySection(Section.DRAWER);

        SignedInUser user = accountService.currentUser()
                .orElseThrow(() -> new IllegalStateException("The main layout is only for signed-in people"));
        if (user.colorScheme() != null) {
            colorScheme = user.colorScheme();
        }
        timeZoneKnown = user.timeZone() != null;

        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));

        var brand = new Span("Limber");
        brand.addClassName("limber-brand");

        colorSchemeToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        colorSchemeToggle.addClickListener(click -> switchColorScheme());
        showColorSchemeToggle();

        var avatar = new Avatar(user.displayName());
        avatar.getElement().setAttribute("tabindex", "-1"); // a picture of the name beside it, not a stop
        // whole characters (an emoji, a letter with its accents), never half of a surrogate pair
        avatar.setAbbreviation(Initials.of(user.displayName()));
        avatar.getElement().setAttribute("aria-hidden", "true");
        var name = new Span(user.displayName());
        name.addClassName("limber-user-name");
        var logout = new Button(getTranslation("layout.log-out"), new Icon(VaadinIcon.SIGN_OUT), click -> authenticationContext.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClassName("limber-logout");

        // the first stop on every page: past the navigation, to the view or the part it names
        skipLink.addClassName("limber-skip-link");
        skipLink.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        skipLink.addClickListener(click -> {
            if (skipTo != null) {
                skipTo.getElement().callJsFunction("focus");
            }
        });

        var header = new HorizontalLayout(skipLink, toggle, brand, spacer(), colorSchemeToggle, avatar, name, logout);
        header.addClassName("limber-header");
        header.getElement().setAttribute("role", "banner");
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        addToNavbar(header);

        var drawerTitle = new Span(getTranslation(user.isCoach() ? "layout.coach" : "layout.athlete"));
        drawerTitle.addClassName("limber-drawer-title");
        var drawer = new Div(drawerTitle, navigation());
        drawer.getElement().setAttribute("role", "navigation");
        drawer.getElement().setAttribute("aria-label", getTranslation("layout.sections"));
        if (languages.offered().size() > 1) {
            // inside the navigation landmark: every part of a page belongs to one (axe's region rule)
            var language = new LanguageMenu(accountService, languages);
            language.addClassName("limber-drawer-language");
            drawer.add(language);
        }
        addToDrawer(drawer);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content instanceof SkipTarget target) {
            skipLink.setText(target.skipLinkText());
            skipTo = target.skipTarget();
        } else {
            skipLink.setText(getTranslation("layout.skip-to-content"));
            skipTo = content instanceof Component view ? view : null;
        }
        if (skipTo != null) {
            skipTo.getElement().setAttribute("tabindex", "-1");
        }
        // the view is the page's one main landmark
        content.getElement().setAttribute("role", "main");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        applyColorScheme(attachEvent.getUI());
        if (!timeZoneKnown) {
            // the first sign-in: their days and weeks are counted in the zone of their browser
            // (Vaadin's extended client details) until they choose another in their settings
            accountService.adoptBrowserTimeZone(attachEvent.getUI().getPage().getExtendedClientDetails().getTimeZoneId());
        }
    }

    private SideNav navigation() {
        var nav = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            // a view's @Menu title is its English name; its words come from "menu.<title>": menu.my-routines
            var item = new SideNavItem(getTranslation(menuKey(entry.title())), entry.path());
            item.setMatchNested(true);
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private void switchColorScheme() {
        colorScheme = colorScheme == ColorScheme.DARK ? ColorScheme.LIGHT : ColorScheme.DARK;
        accountService.rememberColorScheme(colorScheme);
        getUI().ifPresent(this::applyColorScheme);
        showColorSchemeToggle();
    }

    private void applyColorScheme(UI ui) {
        ui.getPage().setColorScheme(colorScheme == ColorScheme.DARK ? Value.DARK : Value.LIGHT);
    }

    private void showColorSchemeToggle() {
        boolean dark = colorScheme == ColorScheme.DARK;
        colorSchemeToggle.setIcon(new Icon(dark ? VaadinIcon.SUN_O : VaadinIcon.MOON_O));
        String label = getTranslation(dark ? "layout.switch-to-light" : "layout.switch-to-dark");
        colorSchemeToggle.setAriaLabel(label);
        colorSchemeToggle.setTooltipText(label);
    }

    /** The key of a menu entry's words: "My routines" is {@code menu.my-routines}. */
    static String menuKey(String title) {
        return "menu." + title.strip().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }

    private static Div spacer() {
        var spacer = new Div();
        spacer.addClassName("limber-spacer");
        return spacer;
    }

    /** The person's current look, as the layout shows it. */
    ColorScheme colorScheme() {
        return colorScheme;
    }
}
