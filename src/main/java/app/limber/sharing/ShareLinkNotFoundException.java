package app.limber.sharing;

import app.limber.base.Refusal;
import app.limber.base.Words;

/** No share link with this id among the signed-in coach's links. */
public class ShareLinkNotFoundException extends RuntimeException implements Refusal {

    public static final Words WORDS = Words.of("share-link.not-found");

    public ShareLinkNotFoundException() {
        super(WORDS.english());
    }

    @Override
    public Words words() {
        return WORDS;
    }
}
