package app.limber.account;

import java.util.List;

/**
 * What a feature adds to a person's account data ZIP: a Spring bean implementing this, in the
 * feature that keeps the data (so the account feature needs none of them). Only
 * {@link AccountDataService#myData()} calls it, for the signed-in person: parts are asked for
 * {@code me}, never for an id someone chose.
 */
public interface AccountDataPart {

    /** The files of this person's data that the feature keeps (none is fine). */
    List<AccountDataFile> filesOf(SignedInUser me);
}
