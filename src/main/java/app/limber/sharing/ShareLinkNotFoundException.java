package app.limber.sharing;

/** No share link with this id among the signed-in coach's links. */
public class ShareLinkNotFoundException extends RuntimeException {

    public ShareLinkNotFoundException() {
        super("No such share link");
    }
}
