package app.limber.library;

/** A valid stretch of a coach's own, for tests of other features. */
public final class LibraryServiceTestDrafts {

    private LibraryServiceTestDrafts() {
    }

    public static StretchDraft draft(String name) {
        return LibraryServiceTest.draft(name);
    }
}
