package app.limber.routine;

import app.limber.account.AccountDataFile;
import app.limber.account.AccountDataPart;
import app.limber.account.AccountDeleted;
import app.limber.account.SignedInUser;
import app.limber.base.web.DownloadName;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;

/**
 * The routine feature's part of a coach's account data (every routine of theirs, archived ones
 * too, as a file of the open routine format, as in "all routines as ZIP") and of deleting a
 * coach's account (the routines and their steps go).
 */
@Component
class RoutineAccountData implements AccountDataPart {

    private final RoutineFileService files;
    private final JdbcClient jdbc;

    RoutineAccountData(RoutineFileService files, DataSource dataSource) {
        this.files = files;
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public List<AccountDataFile> filesOf(SignedInUser me) {
        if (!me.isCoach()) {
            return List.of();
        }
        List<RoutineFile> all = files.exportAll();
        List<AccountDataFile> result = new ArrayList<>();
        for (int index = 0; index < all.size(); index++) {
            result.add(new AccountDataFile("routines/%03d-%s.limber.json".formatted(index + 1,
                    DownloadName.of(all.get(index).title(), "routine")), RoutineFileJson.write(all.get(index))));
        }
        return result;
    }

    @EventListener
    @Order(40)
    void delete(AccountDeleted deleted) {
        if (deleted.isCoach()) {
            jdbc.sql("delete from routine where owner_id = :id").param("id", deleted.accountId()).update(); // steps cascade
        }
    }
}
