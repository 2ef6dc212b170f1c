package app.limber.sharing;

/** Whether a share link opens its routine. */
public enum ShareLinkState {
    ACTIVE("Active"),
    EXPIRED("Expired"),
    REVOKED("Revoked");

    private final String label;

    ShareLinkState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
